import { describe, expect, it } from 'vitest';
import { Calendar } from '../../../src/rules/engine/calendar';

// Zones whose clocks jump at midnight (found by walking every zone of Intl over 2024–2026),
// one that skipped a whole day (Apia, 30 December 2011) and ordinary ones.
const ZONES = [
  'Africa/Cairo',
  'America/Asuncion',
  'America/Havana',
  'America/Santiago',
  'Asia/Beirut',
  'Atlantic/Azores',
  'Pacific/Apia',
  'America/New_York',
  'Asia/Shanghai',
  'Australia/Lord_Howe',
];

/** Walks `[from, to)` period by period; every period must start where the last one ended. */
function walk(next: (at: number) => { start: number; end: number }, from: number, to: number) {
  const problems: string[] = [];
  let at = from;
  while (at < to) {
    const period = next(at);
    if (period.start !== at) problems.push(new Date(at).toISOString());
    at = period.end;
  }
  return problems;
}

describe('calendar periods', () => {
  it.each(ZONES)('days and months in %s follow each other without gap or overlap', (zone) => {
    const calendar = new Calendar(zone);
    const from = calendar.month(Date.UTC(2010, 0, 15)).start;
    const to = Date.UTC(2027, 0, 1);
    expect(walk((at) => calendar.day(at), from, to)).toEqual([]);
    expect(walk((at) => calendar.month(at), from, to)).toEqual([]);
  });
});

describe('Calendar.hour on days with a clock change', () => {
  /** The local hour as Intl reads it: the oracle. */
  const intlHour = (at: number, timeZone: string) =>
    Number(
      new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(
        new Date(at),
      ),
    );
  // Spring-forward and fall-back days: 23 and 25 hours long (Lord Howe moves by half an hour).
  const DAYS: Array<[string, string]> = [
    ['America/New_York', '2026-03-08T05:00:00Z'],
    ['America/New_York', '2026-11-01T04:00:00Z'],
    ['Europe/Berlin', '2026-03-29T00:00:00Z'],
    ['Europe/Berlin', '2026-10-25T00:00:00Z'],
    ['America/Santiago', '2026-09-06T00:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T13:00:00Z'],
  ];
  it.each(DAYS)('in %s from %s, every quarter hour reads as Intl reads it', (zone, from) => {
    const calendar = new Calendar(zone);
    const start = Date.parse(from);
    const wrong: string[] = [];
    for (let at = start; at < start + 30 * 3_600_000; at += 15 * 60_000) {
      if (calendar.hour(at) !== intlHour(at, zone))
        wrong.push(`${new Date(at).toISOString()}: ${calendar.hour(at)} vs ${intlHour(at, zone)}`);
    }
    expect(wrong).toEqual([]);
  });
});
