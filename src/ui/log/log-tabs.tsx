import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../wording/i18n';

/**
 * The log's two tabs: the events (first, what the page is for) and export / verify / your data.
 * The tab lives in the URL's #hash (`log.html#data`), so a link or a reload opens the data tab
 * and Back returns to the events; the filters stay in the query. ARIA tabs pattern: arrow keys,
 * Home and End move between the tabs.
 */
export const LOG_TABS = ['events', 'data'] as const;
export type LogTab = (typeof LOG_TABS)[number];

const LABEL: Record<LogTab, MessageKey> = { events: 'logTabEvents', data: 'logTabData' };

const tabOfHash = (hash: string): LogTab => (hash === '#data' ? 'data' : 'events');

export function useLogTab(): [LogTab, (tab: LogTab) => void] {
  const [tab, setTab] = useState<LogTab>(() => tabOfHash(location.hash));
  useEffect(() => {
    const follow = () => setTab(tabOfHash(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const choose = (next: LogTab) => {
    // pushState keeps the query (the filters) and fires no scroll to an element.
    history.pushState(
      history.state,
      '',
      next === 'data' ? '#data' : location.pathname + location.search,
    );
    setTab(next);
  };
  return [tab, choose];
}

export function LogTabList({ tab, onChoose }: { tab: LogTab; onChoose: (tab: LogTab) => void }) {
  const move = (event: KeyboardEvent) => {
    const at = LOG_TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? LOG_TABS[(at + 1) % LOG_TABS.length]
        : event.key === 'ArrowLeft'
          ? LOG_TABS[(at + LOG_TABS.length - 1) % LOG_TABS.length]
          : event.key === 'Home'
            ? LOG_TABS[0]
            : event.key === 'End'
              ? LOG_TABS[LOG_TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    onChoose(next);
    document.getElementById(`log-tab-${next}`)?.focus();
  };
  return (
    <div role="tablist" class="log-tabs" aria-label={t('logTabsLabel')} onKeyDown={move}>
      {LOG_TABS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`log-tab-${id}`}
          aria-selected={tab === id}
          aria-controls={`log-panel-${id}`}
          tabIndex={tab === id ? 0 : -1}
          onClick={() => onChoose(id)}
        >
          {t(LABEL[id])}
        </button>
      ))}
    </div>
  );
}

export function LogTabPanel(props: { id: LogTab; tab: LogTab; children: ComponentChildren }) {
  return (
    <div
      role="tabpanel"
      id={`log-panel-${props.id}`}
      aria-labelledby={`log-tab-${props.id}`}
      hidden={props.tab !== props.id}
    >
      {props.children}
    </div>
  );
}
