import { tzOffset } from '@date-fns/tz';
import { calendarFor } from '../../rules/engine/calendar';
import type { EventKind, Finding, StoredEvent } from '../../model/event-types';
import { HOUR, DAY } from '../../model/time';

/**
 * The activity chart's numbers: events per hour (spans of two days or less), per day, or per
 * month (spans over two years), on calendar boundaries of the user's zone. Pure.
 */
export const SERIES = ['signIns', 'failures', 'withdrawals'] as const;
export type Series = (typeof SERIES)[number];

/** Which event kinds each line counts: a withdrawal once, by its attempt. */
export const SERIES_KINDS: Record<Series, readonly EventKind[]> = {
  signIns: ['login.success'],
  failures: ['login.failure', 'withdrawal.failure'],
  withdrawals: ['withdrawal.attempt'],
};

const SERIES_OF = new Map<EventKind, Series>(
  SERIES.flatMap((series) => SERIES_KINDS[series].map((kind) => [kind, series] as const)),
);

export type BucketUnit = 'hour' | 'day' | 'month';

export interface Buckets {
  unit: BucketUnit;
  /** Bucket `i` is `[edges[i], edges[i + 1])`. */
  edges: number[];
}

export interface ChartData {
  buckets: Buckets;
  counts: Record<Series, number[]>;
  /** Findings in the span, with their bucket. */
  findings: Array<{ bucket: number; finding: Finding }>;
}

/** Edges covering `[from, to)`: hours from local midnight, local days, or local months. */
export function bucketEdges(from: number, to: number, timeZone: string): Buckets {
  if (!Number.isFinite(from) || !Number.isFinite(to))
    throw new RangeError('bucketEdges: open span');
  const calendar = calendarFor(timeZone);
  const span = Math.max(0, to - from);
  const unit: BucketUnit = span <= 2 * DAY ? 'hour' : span > 731 * DAY ? 'month' : 'day';
  const edges: number[] = [];
  if (unit === 'hour') {
    const midnight = calendar.day(from).start;
    for (let at = midnight + Math.floor((from - midnight) / HOUR) * HOUR; ; at += HOUR) {
      edges.push(at);
      if (at >= to) break;
    }
  } else if (unit === 'day') {
    // Most days run from midnight to midnight, 24 hours: step by that, and ask the calendar
    // only where the zone's offset changes or a day did not start at 00:00 (asking it for 400
    // days costs a date-fns zoned date each).
    const offsetAt = (t: number) => tzOffset(timeZone, new Date(t)) * 60_000;
    let at = calendar.day(from).start;
    let offset = offsetAt(at);
    for (;;) {
      edges.push(at);
      if (at >= to) break;
      const midnight = (((at + offset) % DAY) + DAY) % DAY === 0;
      const nextOffset = offsetAt(at + DAY);
      if (midnight && nextOffset === offset) at += DAY;
      else {
        // The start of the day after: where midnight does not exist (clocks jump at 00:00) a
        // period's `end` can overshoot the next day's start by the jump.
        at = calendar.day(calendar.day(at).end).start;
        offset = offsetAt(at);
      }
    }
  } else {
    for (let at = calendar.month(from).start; ; at = calendar.month(at).end) {
      edges.push(at);
      if (at >= to) break;
    }
  }
  if (edges.length === 1) edges.push((edges[0] as number) + HOUR);
  return { unit, edges };
}

/** Index of the bucket holding `at`, or -1 outside the edges. */
export function bucketOf(edges: readonly number[], at: number): number {
  if (edges.length < 2 || at < (edges[0] as number) || at >= (edges.at(-1) as number)) return -1;
  let lo = 0;
  let hi = edges.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((edges[mid] as number) <= at) lo = mid;
    else hi = mid;
  }
  return lo;
}

export function emptyChart(buckets: Buckets): ChartData {
  const n = buckets.edges.length - 1;
  return {
    buckets,
    counts: {
      signIns: new Array<number>(n).fill(0),
      failures: new Array<number>(n).fill(0),
      withdrawals: new Array<number>(n).fill(0),
    },
    findings: [],
  };
}

/** Counts one event (read while scanning records). */
export function addEvent(chart: ChartData, event: Pick<StoredEvent, 'kind' | 'at'>): void {
  const series = SERIES_OF.get(event.kind);
  if (!series) return;
  const bucket = bucketOf(chart.buckets.edges, event.at);
  if (bucket >= 0) (chart.counts[series][bucket] as number) += 1;
}

/** Adds per-bucket counts of one kind (read from the index). */
export function addKindCounts(chart: ChartData, kind: EventKind, counts: readonly number[]): void {
  const series = SERIES_OF.get(kind);
  if (!series) return;
  const line = chart.counts[series];
  counts.forEach((n, i) => {
    if (i < line.length) line[i] = (line[i] as number) + n;
  });
}

/** Marks findings that fall in the span. */
export function addFindings(chart: ChartData, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const bucket = bucketOf(chart.buckets.edges, finding.at);
    if (bucket >= 0) chart.findings.push({ bucket, finding });
  }
  chart.findings.sort((a, b) => a.finding.at - b.finding.at);
}

export interface ChartSummary {
  totals: Record<Series, number>;
  /** The bucket with the most counted events, -1 when there is none. */
  busiest: number;
  busiestCount: number;
  /** Buckets holding anything: the rows of the table view. */
  nonEmpty: number[];
}

export function summarize(chart: ChartData): ChartSummary {
  const totals = { signIns: 0, failures: 0, withdrawals: 0 };
  let busiest = -1;
  let busiestCount = 0;
  const marked = new Set(chart.findings.map((f) => f.bucket));
  const nonEmpty: number[] = [];
  for (let i = 0; i < chart.buckets.edges.length - 1; i++) {
    let sum = 0;
    for (const series of SERIES) {
      const n = chart.counts[series][i] as number;
      totals[series] += n;
      sum += n;
    }
    if (sum > busiestCount) [busiest, busiestCount] = [i, sum];
    if (sum > 0 || marked.has(i)) nonEmpty.push(i);
  }
  return { totals, busiest, busiestCount, nonEmpty };
}

/** Which kinds the chart must count under a filter's kinds (all of its series when none). */
export function seriesKinds(filterKinds?: readonly EventKind[]): EventKind[] {
  const all = SERIES.flatMap((series) => SERIES_KINDS[series]);
  return filterKinds?.length ? all.filter((kind) => filterKinds.includes(kind)) : all;
}
