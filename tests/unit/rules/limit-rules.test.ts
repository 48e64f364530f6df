import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../src/model/event-types';
import { events, findingsOf, settings, utc } from './events';

type E = Partial<StoredEvent> & Pick<StoredEvent, 'at' | 'kind'>;
const withdraw = (iso: string, value: string, extra: Partial<E> = {}): E => ({
  at: utc(iso),
  kind: 'withdrawal.attempt',
  amount: { value, currency: 'USDT' },
  ...extra,
});
const limits = (daily?: string, monthly?: string, timeZone = 'UTC') =>
  settings({ timeZone, limits: [{ walletId: 'binance', currency: 'USDT', daily, monthly }] });

describe('withdrawal-limit-daily', () => {
  it.each<[string, E[], number]>([
    ['empty history', [], 0],
    [
      '0.1 + 0.2 of a 0.3 cap is not an overrun',
      [withdraw('2026-11-25T09:00', '0.1'), withdraw('2026-11-25T10:00', '0.2')],
      0,
    ],
    [
      '0.1 + 0.2 + 0.0000001 of 0.3 is',
      [
        withdraw('2026-11-25T09:00', '0.1'),
        withdraw('2026-11-25T10:00', '0.2'),
        withdraw('2026-11-25T11:00', '0.0000001'),
      ],
      1,
    ],
    ['one withdrawal over the cap', [withdraw('2026-11-25T09:00', '0.31')], 1],
    [
      'a failed attempt does not count',
      [
        withdraw('2026-11-25T09:00', '0.2', { attemptId: 'a' }),
        { at: utc('2026-11-25T09:01'), kind: 'withdrawal.failure', attemptId: 'a' },
        withdraw('2026-11-25T10:00', '0.2'),
      ],
      0,
    ],
    [
      'attempt and success count once',
      [
        withdraw('2026-11-25T09:00', '0.2', { attemptId: 'a' }),
        withdraw('2026-11-25T09:01', '0.2', { attemptId: 'a', kind: 'withdrawal.success' }),
      ],
      0,
    ],
    [
      'another currency does not count',
      [
        withdraw('2026-11-25T09:00', '0.2'),
        withdraw('2026-11-25T09:00', '5', { amount: { value: '5', currency: 'BTC' } }),
      ],
      0,
    ],
    [
      'across UTC midnight: two days',
      [withdraw('2026-11-25T23:59', '0.2'), withdraw('2026-11-26T00:00', '0.2')],
      0,
    ],
    [
      'an outcome after midnight stays in its day',
      [
        withdraw('2026-11-25T23:59', '0.2', { attemptId: 'a' }),
        withdraw('2026-11-26T00:01', '0.2', { attemptId: 'a', kind: 'withdrawal.success' }),
        withdraw('2026-11-26T09:00', '0.2'),
      ],
      0,
    ],
  ])('%s', (_name, list, count) => {
    expect(findingsOf('withdrawal-limit-daily', events(...list), limits('0.3'))).toHaveLength(
      count,
    );
  });

  it('uses the calendar day of the user time zone', () => {
    // 15:30 and 16:30 UTC are one UTC day but 23:30 and 00:30 in Shanghai.
    const list = events(withdraw('2026-11-25T15:30', '600'), withdraw('2026-11-25T16:30', '600'));
    expect(findingsOf('withdrawal-limit-daily', list, limits('1000'))).toHaveLength(1);
    expect(
      findingsOf('withdrawal-limit-daily', list, limits('1000', undefined, 'Asia/Shanghai')),
    ).toHaveLength(0);
  });

  it('says by how much and when the cap resets', () => {
    const list = events(withdraw('2026-11-25T09:00', '700'), withdraw('2026-11-25T10:00', '400.5'));
    const [f] = findingsOf(
      'withdrawal-limit-daily',
      list,
      limits('1000', undefined, 'Asia/Shanghai'),
    );
    expect(f).toMatchObject({
      id: 'withdrawal-limit-daily:binance:2026-11-25:USDT',
      cause: 'limits',
      guide: 'cause-limits',
      eventIds: [1, 2],
      at: utc('2026-11-25T10:00'),
      params: {
        used: '1100.5',
        limit: '1000',
        over: '100.5',
        currency: 'USDT',
        resetsAt: utc('2026-11-25T16:00'),
        period: 'day',
      },
    });
  });

  it.each([
    // US spring forward: 8 March 2026 has 23 hours in New York; it ends at 04:00 UTC.
    ['2026-03-08T05:30', '2026-03-09T03:30', '2026-03-08', utc('2026-03-09T04:00')],
    // Fall back: 1 November 2026 has 25 hours; it starts at 04:00 UTC and ends at 05:00 UTC.
    ['2026-11-01T04:30', '2026-11-02T04:30', '2026-11-01', utc('2026-11-02T05:00')],
  ])('keeps a DST day whole: %s and %s are %s', (a, b, key, resetsAt) => {
    const list = events(withdraw(a, '600'), withdraw(b, '600'));
    const [f] = findingsOf(
      'withdrawal-limit-daily',
      list,
      limits('1000', undefined, 'America/New_York'),
    );
    expect(f?.params).toMatchObject({ periodKey: key, resetsAt });
  });

  // Santiago springs forward at midnight: 6 September 2026 has no 00:00, it starts at 01:00
  // (04:00 UTC) and ends at the next midnight, 7 September 00:00 (03:00 UTC).
  const santiago = limits('1000', undefined, 'America/Santiago');
  it('ends a day whose midnight does not exist at the next midnight', () => {
    const list = events(withdraw('2026-09-06T05:00', '600'), withdraw('2026-09-07T02:30', '600'));
    const [f] = findingsOf('withdrawal-limit-daily', list, santiago);
    expect(f?.params).toMatchObject({ periodKey: '2026-09-06', resetsAt: utc('2026-09-07T03:00') });
  });

  it('counts half past midnight after that day in the next day', () => {
    const list = events(withdraw('2026-09-06T05:00', '600'), withdraw('2026-09-07T03:30', '600'));
    expect(findingsOf('withdrawal-limit-daily', list, santiago)).toEqual([]);
  });

  it('reports a limit notice of the site', () => {
    const list = events({
      at: utc('2026-11-25T09:00'),
      kind: 'notice',
      notice: 'limit',
      message: 'Daily limit reached',
    });
    const [f] = findingsOf('withdrawal-limit-daily', list);
    expect(f).toMatchObject({
      id: 'withdrawal-limit-daily:binance:2026-11-25:site',
      params: { source: 'site' },
    });
  });
});

describe('withdrawal-limit-monthly', () => {
  it.each<[string, E[], number]>([
    [
      'exactly at the cap',
      [withdraw('2026-01-05T09:00', '500'), withdraw('2026-01-20T09:00', '500')],
      0,
    ],
    [
      'over the cap in one month',
      [withdraw('2026-01-05T09:00', '500'), withdraw('2026-01-31T22:30', '500.01')],
      1,
    ],
    [
      'month end in Berlin: 23:30 local on 31 Jan is January',
      [withdraw('2026-01-05T09:00', '600'), withdraw('2026-01-31T22:30', '600')],
      1,
    ],
    [
      '00:30 local on 1 Feb (23:30 UTC) is February',
      [withdraw('2026-01-05T09:00', '600'), withdraw('2026-01-31T23:30', '600')],
      0,
    ],
  ])('%s', (_name, list, count) => {
    const found = findingsOf(
      'withdrawal-limit-monthly',
      events(...list),
      limits(undefined, '1000', 'Europe/Berlin'),
    );
    expect(found).toHaveLength(count);
    if (count)
      expect(found[0]?.params).toMatchObject({
        periodKey: '2026-01',
        resetsAt: utc('2026-01-31T23:00'),
      });
  });
});

describe('withdrawal-limit-near', () => {
  it.each<[string, string, number]>([
    ['79.99 of 100', '79.99', 0],
    ['80 of 100 (default 80%)', '80', 2],
    ['100 of 100, at the cap', '100', 2],
    ['100.01 of 100 is an overrun, not near', '100.01', 0],
  ])('%s', (_name, value, count) => {
    const list = events(withdraw('2026-11-25T09:00', value));
    const found = findingsOf('withdrawal-limit-near', list, limits('100', '100'));
    expect(found.map((f) => f.id)).toHaveLength(count);
    if (count) {
      expect(found.map((f) => f.id)).toEqual([
        'withdrawal-limit-near:binance:2026-11-25:USDT',
        'withdrawal-limit-near:binance:2026-11:USDT',
      ]);
    }
  });
});
