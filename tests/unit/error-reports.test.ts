// The worker's error reports (issue 18: "the worker fails silently"): what is kept of an error,
// how the batch reaches storage.local, the week the options page counts, and the alarm table.
import { describe, expect, it, vi } from 'vitest';
import { alarmEntry, type AlarmEntry } from '../../src/background/alarm-table';
import { createReporter } from '../../src/background/report';
import {
  describeError,
  errorDetails,
  MAX_REPORTS,
  readErrorReports,
  recentErrors,
  scrubMessage,
} from '../../src/storage/error-reports';
import { DAY } from '../../src/model/time';
import { memoryArea } from './helpers/memory-db';

const NOW = Date.UTC(2026, 11, 7, 8);

describe('scrubMessage keeps what went wrong and drops what could be the user’s', () => {
  it.each([
    ['Database has been closed', 'Database has been closed'],
    [
      'The requested version (10) is less than the existing version (100).',
      'The requested version (#) is less than the existing version (#).',
    ],
    ['No tab with id: 1234.', 'No tab with id: #'],
    [
      `Unexpected token 'a', "冻结 5000 USDT" is not valid JSON`,
      'Unexpected token "…", "…" is not valid JSON',
    ],
    ['send to 0x52908400098527886E0F7030069857D2E4169EE7 failed', 'send to # failed'],
    ['bad amount 1,234.56 USD', 'bad amount # USD'],
    ['at https://www.paypal.com/myaccount?x=1 refused', 'at <url> refused'],
    ['mail trader@example.com', 'mail …'],
    [
      'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
      'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.',
    ],
    ['seed abandonabilityzebrafishxylophone here', 'seed … here'],
    ['line one\nline two with secrets', 'line one'],
  ])('%s', (raw, kept) => {
    expect(scrubMessage(raw)).toBe(kept);
  });

  it('keeps a plain name, else calls it Error; bounds the message', () => {
    expect(describeError('badge', new TypeError('x is undefined'), NOW)).toEqual({
      scope: 'badge',
      name: 'TypeError',
      message: 'x is undefined',
      at: NOW,
    });
    expect(describeError('badge', { name: '<b>1234</b>', message: 7 }, NOW)).toMatchObject({
      name: 'Error',
      message: '',
    });
    expect(describeError('badge', new Error('word '.repeat(100)), NOW).message.length).toBe(160);
  });
});

describe('createReporter', () => {
  it('warns at once and writes a batch to storage.local', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const area = memoryArea();
    const reporter = createReporter(area, () => NOW);
    reporter.report('badge', new Error('Database has been closed'));
    reporter.report('retention', new DOMException('quota 5000 left', 'QuotaExceededError'));
    expect(warn).toHaveBeenCalledTimes(2);
    await reporter.flushNow();
    const stored = await readErrorReports(area);
    expect(stored.total).toBe(2);
    expect(stored.recent.map((r) => [r.scope, r.name, r.message])).toEqual([
      ['badge', 'Error', 'Database has been closed'],
      ['retention', 'QuotaExceededError', 'quota # left'],
    ]);
    warn.mockRestore();
  });

  it('keeps the newest reports and counts them all', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const area = memoryArea();
    const reporter = createReporter(area, () => NOW);
    for (let i = 0; i < MAX_REPORTS + 5; i += 1) reporter.report('outage', new Error('boom'));
    await reporter.flushNow();
    const stored = await readErrorReports(area);
    expect(stored).toMatchObject({ total: MAX_REPORTS + 5 });
    expect(stored.recent).toHaveLength(MAX_REPORTS);
    warn.mockRestore();
  });
});

describe('the week the options page shows', () => {
  const at = (scope: string, message: string, ago: number) => ({
    scope,
    name: 'Error',
    message,
    at: NOW - ago,
  });
  const reports = {
    total: 9,
    recent: [
      at('badge', 'old', 8 * DAY),
      at('badge', 'closed', 3 * DAY),
      at('reminders', 'closed', 2 * DAY),
      at('badge', 'closed', DAY),
    ],
  };

  it('counts the last seven days and groups the same error in the same place', () => {
    const { count, groups } = recentErrors(reports, NOW);
    expect(count).toBe(3);
    expect(groups.map((g) => [g.scope, g.count])).toEqual([
      ['badge', 2],
      ['reminders', 1],
    ]);
  });

  it('details: scope, name, message, time and count, nothing else', () => {
    expect(errorDetails(reports, NOW, '1.2.3').split('\n')).toEqual([
      'Wallet Sentinel 1.2.3: 3 worker errors in the 7 days to 2026-12-07T08:00:00.000Z (9 since install)',
      '2026-12-06T08:00:00.000Z badge Error: closed ×2',
      '2026-12-05T08:00:00.000Z reminders Error: closed ×1',
    ]);
  });
});

describe('alarm table', () => {
  const run = async () => undefined;
  const table: AlarmEntry<string>[] = [
    { name: 'reminders', scope: 'reminders', run },
    { name: 'case:', prefix: true, scope: 'case', run },
    { name: 'case:exact', scope: 'exact', run },
  ];
  it.each([
    ['reminders', 'reminders'],
    ['case:42', 'case'],
    ['case:exact', 'exact'],
    ['case', undefined],
    ['unknown', undefined],
  ])('%s → %s', (name, scope) => {
    expect(alarmEntry(table, name)?.scope).toBe(scope);
  });
});
