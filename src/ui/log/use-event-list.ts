import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SentinelDb } from '../../storage/db';
import type { EventFilter } from '../../storage/event-filter';
import { firstPageFromView, loadList, type FirstPage, type ListState } from '../../views/log-list';
import { RowSource } from './row-source';

export interface EventList extends ListState {
  /**
   * Bumped when a new filter's first rows arrive (not on refreshes): the list scrolls back to
   * the top.
   */
  generation: number;
  /** True from a filter change until its first rows are known; the previous rows show meanwhile. */
  loading: boolean;
  rows: RowSource;
}

/**
 * The list of a filter, kept current. A new filter shows its first page at once and grows as
 * the rest is found; a refresh (events recorded or deleted meanwhile, findings changed) is
 * built aside and swapped in whole, so the rows under the reader do not jump.
 */
export function useEventList(
  db: SentinelDb,
  filter: EventFilter,
  openEventIds: ReadonlySet<number>,
  refreshToken: string,
  /** False while something the filter needs (the open findings) is still being read. */
  enabled = true,
): EventList {
  const rows = useMemo(() => new RowSource(db), [db]);
  const filterKey = JSON.stringify(filter);
  const last = useRef({ filterKey: '', generation: 0 });
  const [state, setState] = useState<ListState & { generation: number; loading: boolean }>({
    ids: [],
    complete: false,
    generation: 0,
    loading: true,
  });

  // The page's first rows are asked for during its first render, before anything is drawn:
  // from the view the log saved last when it is still current, else from the database.
  const early = useRef<Promise<FirstPage> | null | undefined>(undefined);
  if (early.current === undefined && enabled) {
    early.current = firstPageFromView(db, filter, openEventIds);
  }

  useLayoutEffect(() => {
    if (!enabled) return;
    const refresh = last.current.filterKey === filterKey;
    const generation = refresh ? last.current.generation : last.current.generation + 1;
    last.current = { filterKey, generation };
    const controller = new AbortController();
    // The old rows stay (marked busy) until the new first page replaces them in one render.
    if (refresh) rows.invalidate();
    else setState((previous) => ({ ...previous, loading: true }));
    const first = (!refresh && generation === 1 && early.current) || undefined;
    early.current = null;
    void loadList(db, filter, {
      first,
      signal: controller.signal,
      openEventIds,
      onRecords: (events) => rows.add(events),
      onUpdate: (list) => {
        if (!refresh || list.complete) setState({ ...list, generation, loading: false });
      },
    }).catch((error: unknown) => {
      console.error('log list', error);
      if (!controller.signal.aborted)
        setState({ ids: [], complete: true, generation, loading: false });
    });
    return () => controller.abort();
  }, [db, filterKey, refreshToken, enabled]);

  return { ...state, rows };
}
