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
