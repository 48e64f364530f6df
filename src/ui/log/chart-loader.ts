import type { SentinelDb } from '../../storage/db';
import type { EventFilter } from '../../storage/event-filter';
import {
  countKindsByBucket,
  fetchEventPage,
  oldestEventAt,
  type EventCursor,
} from '../../storage/event-query';
import type { Finding } from '../../model/event-types';
import {
  addEvent,
  addFindings,
  addKindCounts,
  bucketEdges,
  emptyChart,
  seriesKinds,
  type ChartData,
} from './chart-data';
import { DAY } from '../../model/time';

const SCAN_STEP = 2_000;

/**
 * The chart of a filter. Without a wallet, text or findings condition the counts come from the
 * `[kind+at]` index alone (one count per kind and bucket, no record read); otherwise the
 * matching records are read a step at a time, yielding between steps. Runs after the first
 * rows are painted; `signal` stops it when the filter changes.
 */
export async function loadChart(
  db: SentinelDb,
  filter: EventFilter,
  context: {
    findings: readonly Finding[];
    openEventIds: ReadonlySet<number>;
    now: number;
    timeZone: string;
    signal: AbortSignal;
  },
): Promise<ChartData | undefined> {
  const { now, timeZone, signal } = context;
  // The chart ends now: hours and days that have not happened yet are not drawn as empty
  // buckets (issue 15), whatever end the filter's range names ("today" ends at midnight).
  const to = Math.min(filter.to ?? now, now);
  const from = Math.min(filter.from ?? (await oldestEventAt(db)) ?? to - 7 * DAY, to - 1);
  const chart = emptyChart(bucketEdges(from, to, timeZone));
  const kinds = seriesKinds(filter.kinds);
  addFindings(
    chart,
    context.findings.filter(
      (f) =>
        (!filter.walletIds?.length || filter.walletIds.includes(f.walletId)) &&
        (!filter.openFindingsOnly || f.status === 'open'),
    ),
  );
  if (kinds.length === 0) return chart;
  if (!filter.walletIds?.length && !filter.text && !filter.openFindingsOnly) {
    const counts = await countKindsByBucket(db, kinds, chart.buckets.edges);
    kinds.forEach((kind, i) => addKindCounts(chart, kind, counts[i] ?? []));
    return signal.aborted ? undefined : chart;
  }
  const scan: EventFilter = { ...filter, kinds, from, to };
  let after: EventCursor | null | undefined;
  do {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal.aborted) return undefined;
    const page = await fetchEventPage(db, scan, {
      after: after ?? undefined,
      limit: SCAN_STEP,
      scanLimit: SCAN_STEP,
      openEventIds: context.openEventIds,
    });
    for (const event of page.events) addEvent(chart, event);
    after = page.next;
  } while (after);
  return signal.aborted ? undefined : chart;
}
