import { useEffect, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { t } from '../../wording/i18n';
import { COLUMNS, EventRow, MoreRow } from './event-row';
import type { FindingIndex } from './findings-index';
import type { EventList } from './use-event-list';

/**
 * Fixed row heights (px): a row's position is its index times this. Kept in step with log.css.
 * Below `COMPACT_QUERY` (a laptop window at 200% zoom is ~640 px) a row is three lines of three
 * cells instead of one line of eight, so nothing scrolls sideways and the findings stay in view.
 */
const ROW_HEIGHT = 40;
const COMPACT_ROW_HEIGHT = 72;
const HEAD_HEIGHT = 36;
export const COMPACT_QUERY = '(max-width: 1259px)';

function useCompact(): boolean {
  const [compact, setCompact] = useState(() => matchMedia(COMPACT_QUERY).matches);
  useEffect(() => {
    const query = matchMedia(COMPACT_QUERY);
    const follow = () => setCompact(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return compact;
}
/** Rows drawn above and below the screenful, so a scroll step finds them ready. */
const OVERSCAN = 6;
/** Never more rows in the DOM than this, however tall the window. */
const MAX_ROWS = 150;

/**
 * Home and End jump at once: the browser's animated scroll over 100,000 rows shows nothing but
 * blur, and a re-render during it can stop it half-way.
 */
function jumpToEnds(event: KeyboardEvent): void {
  const scroller = event.currentTarget as HTMLElement;
  if (event.target !== scroller || event.altKey || event.shiftKey || event.metaKey) return;
  if (event.key !== 'Home' && event.key !== 'End') return;
  event.preventDefault();
  scroller.scrollTop = event.key === 'Home' ? 0 : scroller.scrollHeight;
}

interface TableProps {
  list: EventList;
  findings: FindingIndex;
  timeZone: string;
}

/**
 * Every row of the list in a scroller as tall as all of them, with only the rows on screen in
 * the DOM. A table for assistive technology: `aria-rowcount` is the whole list (-1 while it is
 * still being counted), each row carries its `aria-rowindex`. The scroller takes focus, so the
 * arrow keys, Page Up/Down, Home and End scroll it.
 */
export function EventTable({ list, findings, timeZone }: TableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const rowHeight = useCompact() ? COMPACT_ROW_HEIGHT : ROW_HEIGHT;
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [rowsRead, rowsArrived] = useReducer((n: number) => n + 1, 0);
  useEffect(() => list.rows.subscribe(() => rowsArrived(undefined)), [list.rows]);

  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [list.generation]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const total = list.ids.length + (list.complete ? 0 : 1);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const onScreen = Math.ceil(Math.max(0, height - HEAD_HEIGHT) / rowHeight) + 1;
  const span = Math.min(MAX_ROWS, onScreen + 2 * OVERSCAN);
  const end = Math.min(total, first + span);
  const windowIds = list.ids.slice(first, Math.min(end, list.ids.length));

  useEffect(() => list.rows.want(windowIds), [windowIds.join(','), rowsRead]);

  const rows = [];
  for (let index = first; index < end; index++) {
    const id = list.ids[index];
    // Keyed by slot: the `span` rows on screen always use the same `span` keys, so a row
    // scrolled out hands its elements to the one scrolled in, and a jump creates none.
    const key = index % span;
    if (id === undefined) {
      rows.push(<MoreRow key={key} index={index} top={index * rowHeight} />);
      continue;
    }
    const event = list.rows.event(id);
    rows.push(
      <EventRow
        key={key}
        index={index}
        top={index * rowHeight}
        event={event}
        outcome={event?.attemptId ? list.rows.outcome(event.attemptId) : undefined}
        findings={findings.byEvent.get(id)}
        timeZone={timeZone}
      />,
    );
  }

  return (
    <div
      class="log-scroller"
      ref={scroller}
      tabIndex={0}
      role="region"
      aria-label={t('logListRegion')}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={jumpToEnds}
    >
      <div
        role="table"
        class="log-table"
        aria-label={t('logTableLabel')}
        aria-rowcount={list.complete ? list.ids.length + 1 : -1}
        aria-busy={list.loading}
      >
        <div role="rowgroup" class="log-head">
          <div role="row" aria-rowindex={1} class="log-row">
            {COLUMNS.map(([key, name]) => (
              <div role="columnheader" key={key} class={name}>
                {t(key)}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" class="log-body" style={{ height: `${total * rowHeight}px` }}>
          {rows}
        </div>
      </div>
    </div>
  );
}
