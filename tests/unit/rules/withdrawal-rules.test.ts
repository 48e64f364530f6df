import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../src/model/event-types';
import { DAY, events, findingsOf, HOUR, MIN, utc } from './events';

type E = Partial<StoredEvent> & Pick<StoredEvent, 'at' | 'kind'>;
const T0 = utc('2026-11-25T09:00');
const attempt = (at: number, value = '100', currency = 'USDT'): E => ({
  at,
  kind: 'withdrawal.attempt',
  amount: { value, currency },
});

describe('withdrawal-velocity', () => {
  it.each([
    ['one attempt', [0], 0],
    ['2 attempts', [0, 1], 0],
    ['3 attempts exactly 15 min apart', [0, 7, 15], 1],
    ['3 attempts over 15 min', [0, 8, 16], 0],
    ['a growing run is one finding', [0, 5, 10, 15, 20, 25], 1],
  ])('%s', (_name, minutes, count) => {
    expect(
      findingsOf('withdrawal-velocity', events(...minutes.map((m) => attempt(T0 + m * MIN)))),
    ).toHaveLength(count);
  });
});

describe('withdrawal-failures-repeated', () => {
  const failure = (at: number): E => ({
    at,
    kind: 'withdrawal.failure',
    message: 'Service unavailable',
  });
  it.each([
    ['2 failures', [0, 1], 0],
    ['3 failures within 24 h', [0, 12, 24], 1],
    ['3 failures over 24 h', [0, 12, 24.01], 0],
  ])('%s', (_name, hours, count) => {
    const found = findingsOf(
      'withdrawal-failures-repeated',
      events(...hours.map((h) => failure(T0 + h * HOUR))),
    );
    expect(found).toHaveLength(count);
    if (count)
      expect(found[0]).toMatchObject({
        guide: 'step-status',
        params: { count: 3, message: 'Service unavailable' },
      });
  });
});

describe('withdrawal-amount-outlier', () => {
  const usual = ['100', '120', '90', '110', '95', '105', '130', '80', '100', '115'];
  const history = (values: string[]) => values.map((v, i) => attempt(T0 + i * DAY, v));
  const last = T0 + 30 * DAY;
  it.each<[string, E[], number]>([
    ['empty history', [attempt(last, '5000')], 0],
    [
      '9 earlier withdrawals are not enough',
      [...history(usual.slice(0, 9)), attempt(last, '5000')],
      0,
    ],
    ['5000 after ten around 100', [...history(usual), attempt(last, '5000')], 1],
    ['150 after ten around 100', [...history(usual), attempt(last, '150')], 0],
    ['smaller than usual is fine', [...history(usual), attempt(last, '1')], 0],
    ['another currency has its own history', [...history(usual), attempt(last, '5000', 'EUR')], 0],
    [
      'flat history (MAD 0): 3× the median',
      [...history(Array(10).fill('100')), attempt(last, '300')],
      1,
    ],
    [
      'flat history (MAD 0): 2.9× is not',
      [...history(Array(10).fill('100')), attempt(last, '290')],
      0,
    ],
    [
      'one earlier huge withdrawal does not hide the next',
      [...history(usual), attempt(last - DAY, '5000'), attempt(last, '4000')],
      2,
    ],
  ])('%s', (_name, list, count) => {
    expect(findingsOf('withdrawal-amount-outlier', events(...list))).toHaveLength(count);
  });

  it('gives the median and the score', () => {
    const [f] = findingsOf(
      'withdrawal-amount-outlier',
      events(...history(usual), attempt(last, '5000')),
    );
    expect(f?.params).toMatchObject({
      amount: '5000',
      currency: 'USDT',
      median: '102.5',
      mad: '10',
      withdrawals: 10,
    });
    expect(Number(f?.params.score)).toBeGreaterThan(300);
  });
});

describe('withdrawal-new-destination', () => {
  const to = (at: number, destination: string, extra: Partial<E> = {}): E => ({
    at,
    kind: 'withdrawal.attempt',
    destination,
    ...extra,
  });
  const A = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
  it.each<[string, E[], number]>([
    ['empty history', [], 0],
    ['the first withdrawal ever', [to(T0, A)], 1],
    ['the same address again, other case', [to(T0, A), to(T0 + DAY, A.toLowerCase())], 1],
    [
      'attempt and success of one withdrawal',
      [
        to(T0, A, { attemptId: 'x' }),
        to(T0 + MIN, A, { attemptId: 'x', kind: 'withdrawal.success' }),
      ],
      1,
    ],
    ['names that are prototype keys', [to(T0, 'constructor'), to(T0 + DAY, '__proto__')], 2],
    [
      'a masked bank account, then another',
      [to(T0, '****1234'), to(T0 + DAY, '**** 1234'), to(T0 + DAY, '****9876')],
      2,
    ],
  ])('%s', (_name, list, count) => {
    expect(findingsOf('withdrawal-new-destination', events(...list))).toHaveLength(count);
  });
});

describe('address-poisoning', () => {
  const to = (at: number, destination: string): E => ({
    at,
    kind: 'withdrawal.attempt',
    destination,
    amount: { value: '10', currency: 'USDT' },
  });
  // A real payoff (Tsuchiya et al.): the victim meant 0xa7B4…0570 and paid 0xa7Bf…0570.
  const intended = '0xa7B4BAC8f0f9692e56750aEFB5f6cB5516E90570';
  const poisoned = '0xa7Bf48749D2E4aA29e3209879956b9bAa9E90570';
  it.each<[string, E[], number]>([
    ['empty history', [], 0],
    ['one withdrawal', [to(T0, poisoned)], 0],
    ['the lookalike after the real one', [to(T0, intended), to(T0 + DAY, poisoned)], 1],
    ['the real one again', [to(T0, intended), to(T0 + DAY, intended.toLowerCase())], 0],
    [
      'an unrelated address',
      [to(T0, intended), to(T0 + DAY, '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')],
      0,
    ],
    [
      'the lookalike used twice speaks once',
      [to(T0, intended), to(T0 + DAY, poisoned), to(T0 + 2 * DAY, poisoned)],
      1,
    ],
  ])('%s', (_name, list, count) => {
    expect(findingsOf('address-poisoning', events(...list))).toHaveLength(count);
  });

  it('names the imitated address and how much matches', () => {
    const [f] = findingsOf('address-poisoning', events(to(T0, intended), to(T0 + DAY, poisoned)));
    expect(f).toMatchObject({
      id: 'address-poisoning:binance:event-2',
      severity: 'critical',
      eventIds: [1, 2],
      params: {
        destination: poisoned,
        imitates: intended,
        matchingStart: 3,
        matchingEnd: 6,
        addressKind: 'evm',
      },
    });
  });
});
