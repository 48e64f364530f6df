import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { SentinelDb } from '../../storage/db';
import type { EventFilter } from '../../storage/event-filter';
import { eventsVersion, readFindings } from '../../storage/event-query';
import { coerceSettings, effectiveRuleSettings, type Settings } from '../../storage/settings';
import { markLogOpened } from '../../storage/ui-state';
import { StorageStatusNotice } from '../components/storage-status';
import { DatabaseLossNotice } from '../components/database-loss';
import { checkOnPage } from '../components/database-check';
import { RecoveryGaps } from '../components/recovery-gaps';
import { useLiveQuery } from '../components/use-live-query';
import { plural, t } from '../../wording/i18n';
import { browserZone } from '../../model/time';
import { ActivityChart } from './activity-chart';
import { EventTable } from './event-table';
import { FilterBar } from './filter-bar';
import { indexFindings } from './findings-index';
import { LimitsPanel } from './limits-panel';
import { WeekPanel } from './week-panel';
import { LogTabList, LogTabPanel, useLogTab } from './log-tabs';
import { viewToFilter } from '../../views/log-view';
import { useEventList } from './use-event-list';
import { useViewUrl } from './use-view-url';

export interface LogAppProps {
  db: SentinelDb;
  settings: Settings | undefined;
  /** The data tab's export, with the current filter (src/ui/evidence/export-panel.tsx). */
  exportPanel?: (filter: EventFilter) => ComponentChildren;
  /** The data tab's "your data" (src/ui/evidence/data-panel.tsx). */
  dataPanel?: ComponentChildren;
}

/**
 * A token that changes when events are recorded or deleted after `opened`, the events version
 * the page's first rows were read at (a saved first page carries the version it was read at):
 * empty until then. Not the live query's first answer: a write between reading the first rows
 * and that answer would count as the starting state, and stay off the list.
 */
function useEventsVersion(db: SentinelDb, opened: string | undefined): string {
  const state = useLiveQuery(() => eventsVersion(db), [db]);
  if (state.status !== 'ready' || opened === undefined) return '';
  return state.value === opened ? '' : state.value;
}

/**
 * Marks for the benchmark and for anyone profiling: first rows, and rows after each change.
 * Called right after the rows are committed; the mark lands after the frame that paints them.
 */
function markPainted(generation: number): void {
  requestAnimationFrame(() =>
    setTimeout(() =>
      performance.mark(generation === 1 ? 'log:first-rows' : 'log:rows', { detail: generation }),
    ),
  );
}

/**
 * The activity log: filters (kept in the URL), then two tabs. Events first: the virtualised list
 * of every event, the chart and the limits. The second tab holds export, verify and the
 * person's data (issue 15: above the list they pushed the first event 420 px down). `filter` is
 * the one `EventFilter` the list, chart and exports share.
 */
export function LogApp({ db, settings, exportPanel, dataPanel }: LogAppProps) {
  const current = settings ?? coerceSettings(undefined);
  const rules = useMemo(() => effectiveRuleSettings(current, browserZone()), [settings]);
  const timeZone = rules.timeZone;
  const [view, setView] = useViewUrl();
  const viewKey = JSON.stringify(view);
  const filter = useMemo(() => viewToFilter(view, Date.now(), timeZone), [viewKey, timeZone]);

  const findingsState = useLiveQuery(() => readFindings(db), [db]);
  const findings = findingsState.status === 'ready' ? findingsState.value : [];
  const index = useMemo(() => indexFindings(findings), [findings]);
  // The events version the first rows of the page's first filter were read at.
  const [opened, setOpened] = useState<string | undefined>(undefined);
  const version = useEventsVersion(db, opened);
  const refreshToken = filter.openFindingsOnly ? `${version}|${index.openKey}` : version;
  const findingsRead = findingsState.status !== 'loading';
  const list = useEventList(
    db,
    filter,
    index.openEventIds,
    refreshToken,
    findingsRead || !filter.openFindingsOnly,
  );
  // The generation whose first rows are on screen: the chart waits for it, never the rows.
  const [painted, setPainted] = useState(0);

  useEffect(() => {
    void markLogOpened(browser.storage.local, Date.now()).catch(() => undefined);
  }, []);
  useEffect(() => {
    // After the paint, which must not wait for this. Without a version (the first rows failed
    // to load) any answer counts as a change: the list tries again.
    if (!list.loading && list.generation === 1) setOpened((was) => was ?? list.version ?? '');
  }, [list.generation, list.loading]);
  useLayoutEffect(() => {
    if (list.loading) return;
    markPainted(list.generation);
    requestAnimationFrame(() => setPainted(list.generation));
  }, [list.generation, list.loading]);
  const rowsShown = !list.loading && painted === list.generation;
  const [tab, setTab] = useLogTab();
  // Mounted on first use and kept: a running export or a half-done import survives a tab switch.
  const [dataOpened, setDataOpened] = useState(tab === 'data');
  useEffect(() => {
    if (tab === 'data') setDataOpened(true);
  }, [tab]);

  const filtered = viewKey !== JSON.stringify({ wallets: [], kinds: [], q: '', open: false });
  return (
    <>
      <header class="top">
        <h1>{t('logTitle')}</h1>
        <p class="count" role="status">
          {list.loading
            ? t('logCounting')
            : list.complete
              ? plural('logCount', list.ids.length)
              : plural('logCountSoFar', list.ids.length)}
        </p>
        <LogTabList tab={tab} onChoose={setTab} />
      </header>
      <StorageStatusNotice />
      <DatabaseLossNotice check={() => checkOnPage(db)} importHref="#data" />
      <RecoveryGaps db={db} />
      <FilterBar
        view={view}
        onChange={setView}
        customWallets={current.customSites.map((s) => `custom:${s.origin}`)}
      />
      <LogTabPanel id="events" tab={tab}>
        <section class="events" aria-labelledby="log-events-heading">
          <h2 id="log-events-heading" class="visually-hidden">
            {t('logEventsTitle')}
          </h2>
          {list.complete && list.ids.length === 0 ? (
            <p class="empty">{filtered ? t('logEmptyFiltered') : t('logEmpty')}</p>
          ) : (
            <EventTable list={list} findings={index} timeZone={timeZone} />
          )}
        </section>
        <div class="overview">
          <ActivityChart
            db={db}
            filter={filter}
            findings={findings}
            openEventIds={index.openEventIds}
            timeZone={timeZone}
            ready={rowsShown && findingsRead}
            refreshToken={refreshToken}
          />
          <LimitsPanel db={db} rules={rules} ready={painted > 0} refreshToken={version} />
          <WeekPanel db={db} ready={painted > 0} refreshToken={version} />
        </div>
      </LogTabPanel>
      <LogTabPanel id="data" tab={tab}>
        {/* The panels bring their own sections and headings (src/ui/evidence/). The data
            panel counts every wallet's events: never before the first rows are shown. */}
        {dataOpened && (
          <div class="data-tab">
            {exportPanel?.(filter)}
            {painted > 0 && dataPanel}
          </div>
        )}
      </LogTabPanel>
    </>
  );
}
