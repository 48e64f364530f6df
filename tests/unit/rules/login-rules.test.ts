import { describe, expect, it } from 'vitest';
import { foldWallet } from '../../../src/rules';
import { DAY, events, findingsOf, HOUR, MIN, settings, utc } from './events';

const T0 = utc('2026-11-25T09:00');
const fail = (at: number) => ({ at, kind: 'login.failure' as const });

describe('failed-login-burst', () => {
  it.each([
    ['empty history', [], 0],
    ['one failure', [0], 0],
    ['2 failures', [0, 1], 0],
    ['3 failures exactly 10 min apart (inclusive)', [0, 5, 10], 1],
    ['3 failures 10 min + 1 ms apart', [0, 5, 10 + 1 / 60_000], 0],
    ['3 failures, then 3 more after a quiet hour', [0, 1, 2, 70, 71, 72], 2],
  ])('%s', (_name, minutes, count) => {
    const list = events(...minutes.map((m) => fail(T0 + m * MIN)));
    expect(findingsOf('failed-login-burst', list)).toHaveLength(count);
  });

  it('keeps one id while a burst grows, with its message parameters', () => {
    const first = events(...[0, 4, 8].map((m) => fail(T0 + m * MIN)));
    const all = events(...[0, 4, 8, 12, 16].map((m) => fail(T0 + m * MIN)));
    const [a] = findingsOf('failed-login-burst', first);
    const [b] = findingsOf('failed-login-burst', all);
    expect(a?.id).toBe('failed-login-burst:binance:1');
    expect(b).toMatchObject({
      id: a?.id,
      severity: 'warning',
      cause: 'security',
      guide: 'secure-account',
      status: 'open',
      at: T0 + 16 * MIN,
      eventIds: [1, 2, 3, 4, 5],
      params: { count: 3, windowMinutes: 10, total: 5 },
    });
  });
});

/** `n` sign-ins at `hour`:30 UTC, one a day from `start`. */
const daily = (n: number, hour: number, start = utc('2026-10-01T00:00')) =>
  Array.from({ length: n }, (_, i) => ({
    at: start + i * DAY + hour * HOUR + 30 * MIN,
    kind: 'login.success' as const,
  }));

describe('login-unusual-hour', () => {
  const at = (iso: string) => ({ at: utc(iso), kind: 'login.success' as const });
  it.each([
    ['20 sign-ins over 20 days, then 03:30', daily(20, 9), '2026-11-01T03:30', 1],
    ['20 sign-ins, then 10:30 (usual)', daily(20, 9), '2026-11-01T10:30', 0],
    ['19 sign-ins is not enough history', daily(19, 9), '2026-11-01T03:30', 0],
    [
      '20 sign-ins within 13 days is not enough',
      [...daily(10, 9), ...daily(10, 10, utc('2026-10-01T00:00'))],
      '2026-10-14T03:30',
      0,
    ],
    ['across midnight: 23:30 habit, 00:30 is near', daily(20, 23), '2026-11-01T00:30', 0],
    ['empty history', [], '2026-11-01T03:30', 0],
  ])('%s', (_name, history, when, count) => {
    expect(findingsOf('login-unusual-hour', events(...history, at(when)))).toHaveLength(count);
  });

  it('reads hours in the user time zone', () => {
    // 01:30 UTC every day is 09:30 in Shanghai; 17:30 UTC is 01:30 there.
    const list = events(...daily(20, 1), at('2026-11-01T17:30'));
    const [f] = findingsOf('login-unusual-hour', list, settings({ timeZone: 'Asia/Shanghai' }));
    expect(f?.params).toMatchObject({
      hour: 1,
      timeZone: 'Asia/Shanghai',
      signIns: 20,
      usualHour: 9,
    });
    expect(f?.id).toBe('login-unusual-hour:binance:event-21');
  });
});

describe('no-second-factor', () => {
  const signIns = (n: number) => daily(n, 9);
  it.each([
    ['4 sign-ins', signIns(4), 0],
    ['5 sign-ins', signIns(5), 1],
    ['a challenge first', [{ at: 0, kind: 'login.challenge' as const }, ...signIns(8)], 0],
  ])('%s', (_name, list, count) => {
    expect(findingsOf('no-second-factor', events(...list))).toHaveLength(count);
  });

  it('says when a later challenge ends it', () => {
    const first = foldWallet('binance', events(...signIns(5)), settings(), 0);
    if (!first.ok) throw new Error('fold failed');
    const later = events(...signIns(5), { at: utc('2026-12-01T00:00'), kind: 'login.challenge' });
    const next = foldWallet('binance', later, settings(), 0, first.summary);
    expect(next.ok && next.ended).toEqual(['no-second-factor:binance:history']);
  });
});
