import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { startOfDay } from 'date-fns';
import type { EventKind, Finding } from '../../src/model/event-types';
import {
  addEvent,
  addFindings,
  addKindCounts,
  bucketEdges,
  bucketOf,
  emptyChart,
  seriesKinds,
  summarize,
} from '../../src/ui/log/chart-data';

const at = (iso: string) => new Date(iso).getTime();
const HOUR = 3_600_000;

describe('bucketEdges', () => {
  it('buckets two days or less by hour, from the local hour', () => {
    const { unit, edges } = bucketEdges(
      at('2026-03-14T16:30:00Z'),
      at('2026-03-15T16:00:00Z'),
      'Asia/Kolkata',
    );
    expect(unit).toBe('hour');
    // Kolkata is UTC+5:30: local hours start at :30 UTC.
    expect(edges[0]).toBe(at('2026-03-14T16:30:00Z'));
    expect(edges.at(-1)).toBe(at('2026-03-15T16:30:00Z'));
    expect(edges.length - 1).toBe(24);
  });

  it('buckets longer spans by local day, 23 hours on the day clocks go forward', () => {
    const { unit, edges } = bucketEdges(
      at('2026-03-06T12:00:00Z'),
      at('2026-03-11T05:00:00Z'),
      'America/New_York',
    );
    expect(unit).toBe('day');
    expect(edges.map((e) => new Date(e).toISOString())).toEqual([
      '2026-03-06T05:00:00.000Z',
      '2026-03-07T05:00:00.000Z',
      '2026-03-08T05:00:00.000Z',
      '2026-03-09T04:00:00.000Z',
      '2026-03-10T04:00:00.000Z',
      '2026-03-11T04:00:00.000Z',
      '2026-03-12T04:00:00.000Z',
    ]);
  });

  it('buckets more than two years by month and a 400-day span by day', () => {
    expect(bucketEdges(at('2023-01-10T00:00:00Z'), at('2026-01-10T00:00:00Z'), 'UTC').unit).toBe(
      'month',
    );
    const year = bucketEdges(at('2025-01-01T00:00:00Z'), at('2026-02-05T00:00:00Z'), 'UTC');
    expect(year.unit).toBe('day');
    expect(year.edges.length - 1).toBe(400);
  });

  it('covers every instant of the span exactly once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2020-01-01T00:00:00Z'), max: at('2030-01-01T00:00:00Z') }),
        fc.integer({ min: 0, max: 900 * 24 }),
        fc.constantFrom(
          'UTC',
          'Asia/Shanghai',
          'Europe/London',
          'America/New_York',
          'Asia/Kathmandu',
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (from, hours, zone, where) => {
          const to = from + hours * HOUR + 1;
          const { edges } = bucketEdges(from, to, zone);
          expect(edges[0]).toBeLessThanOrEqual(from);
          expect(edges.at(-1)).toBeGreaterThanOrEqual(to);
          for (let i = 1; i < edges.length; i++) expect(edges[i]).toBeGreaterThan(edges[i - 1]!);
          const t = Math.floor(from + (to - from) * where);
          const i = bucketOf(edges, Math.min(t, to - 1));
          expect(edges[i]).toBeLessThanOrEqual(Math.min(t, to - 1));
          expect(edges[i + 1]).toBeGreaterThan(Math.min(t, to - 1));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('puts day edges on the calendar’s midnights, also where clocks change at midnight', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2020-01-01T00:00:00Z'), max: at('2030-01-01T00:00:00Z') }),
        fc.integer({ min: 3, max: 700 }),
        fc.constantFrom(
          'Europe/London',
          'America/New_York',
          'America/Santiago',
          'Asia/Beirut',
          'Australia/Lord_Howe',
        ),
        (from, days, zone) => {
          const { unit, edges } = bucketEdges(from, from + days * 86_400_000, zone);
          expect(unit).toBe('day');
          // The oracle is date-fns itself: the rules' period cache answers the hour after a
          // midnight that does not exist with the day before.
          const midnight = (t: number) => startOfDay(new TZDate(t, zone)).getTime();
          for (const edge of edges) expect(midnight(edge)).toBe(edge);
          // The instant before an edge belongs to the day the previous edge starts.
          for (let i = 1; i < edges.length; i++) expect(midnight(edges[i]! - 1)).toBe(edges[i - 1]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses an open span instead of looping', () => {
    expect(() => bucketEdges(-Infinity, 0, 'UTC')).toThrow(RangeError);
  });
});

describe('bucketOf', () => {
  it.each([
    [-1, -1],
    [0, 0],
    [9, 0],
    [10, 1],
    [29, 2],
    [30, -1],
  ])('at %i is in bucket %i', (t, bucket) => {
    expect(bucketOf([0, 10, 20, 30], t)).toBe(bucket);
  });
});

describe('chart counts', () => {
  const buckets = { unit: 'day' as const, edges: [0, 100, 200, 300] };

  it('counts sign-ins, failures and withdrawals per bucket, ignoring other kinds', () => {
    const chart = emptyChart(buckets);
    const events: Array<[EventKind, number]> = [
      ['login.success', 5],
      ['login.success', 150],
      ['login.failure', 150],
      ['withdrawal.failure', 250],
      ['withdrawal.attempt', 99],
      ['withdrawal.success', 99],
      ['login.attempt', 10],
      ['notice', 10],
      ['login.success', 300],
    ];
    for (const [kind, t] of events) addEvent(chart, { kind, at: t });
    expect(chart.counts).toEqual({
      signIns: [1, 1, 0],
      failures: [0, 1, 1],
      withdrawals: [1, 0, 0],
    });
    const summary = summarize(chart);
    expect(summary.totals).toEqual({ signIns: 2, failures: 2, withdrawals: 1 });
    expect([summary.busiest, summary.busiestCount]).toEqual([0, 2]);
  });

  it('index counts of several kinds add up into one line', () => {
    const chart = emptyChart(buckets);
    addKindCounts(chart, 'login.failure', [1, 2, 3]);
    addKindCounts(chart, 'withdrawal.failure', [10, 0, 1]);
    addKindCounts(chart, 'logout', [5, 5, 5]);
    expect(chart.counts.failures).toEqual([11, 2, 4]);
    expect(chart.counts.signIns).toEqual([0, 0, 0]);
  });

  it('marks findings in the span, in time order, and lists their buckets as rows', () => {
    const chart = emptyChart(buckets);
    const finding = (id: string, t: number) => ({ id, at: t }) as Finding;
    addFindings(chart, [finding('b', 250), finding('out', 400), finding('a', 120)]);
    expect(chart.findings.map((f) => [f.finding.id, f.bucket])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(summarize(chart).nonEmpty).toEqual([1, 2]);
  });

  it('counts only the kinds the filter keeps', () => {
    expect(seriesKinds()).toEqual([
      'login.success',
      'login.failure',
      'withdrawal.failure',
      'withdrawal.attempt',
    ]);
    expect(seriesKinds(['login.failure', 'notice'])).toEqual(['login.failure']);
  });
});
