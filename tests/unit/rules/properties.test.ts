import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, foldWallet, type WalletSummary } from '../../../src/rules';
import type { Finding, StoredEvent } from '../../../src/model/event-types';
import { HOUR, settings, utc } from './events';

const T0 = utc('2026-11-01T00:00');
const s = settings({
  timeZone: 'Europe/Berlin',
  limits: [{ walletId: 'binance', currency: 'USDT', daily: '100', monthly: '1000' }],
  unusualHourMinSignIns: 3,
  unusualHourMinDays: 0,
  outlierMinHistory: 3,
  noSecondFactorMinSignIns: 2,
});

const address = fc.constantFrom(
  '0xa7B4BAC8f0f9692e56750aEFB5f6cB5516E90570',
  '0xa7Bf48749D2E4aA29e3209879956b9bAa9E90570',
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  '****1234',
);
const eventBody = fc.record({
  at: fc.integer({ min: 0, max: 60 * 24 * HOUR }).map((ms) => T0 + ms),
  kind: fc.constantFrom<StoredEvent['kind']>(
    'login.success',
    'login.failure',
    'login.challenge',
    'withdrawal.attempt',
    'withdrawal.success',
    'withdrawal.failure',
    'notice',
    'site.error',
    'visit.lookalike',
  ),
  walletId: fc.constantFrom('binance', 'okx'),
  amount: fc.option(
    fc.record({
      value: fc.constantFrom('0.1', '0.2', '30', '99.99', '250'),
      currency: fc.constantFrom('USDT', 'BTC'),
    }),
    { nil: undefined },
  ),
  destination: fc.option(address, { nil: undefined }),
  attemptId: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
  notice: fc.constantFrom<StoredEvent['notice']>(
    'frozen',
    'kyc',
    'maintenance',
    'limit',
    undefined,
  ),
});
const eventList = fc.array(eventBody, { maxLength: 60 }).map((list) =>
  list.map((e, i): StoredEvent => ({
    ...e,
    id: i + 1,
    origin: e.kind === 'visit.lookalike' ? 'https://binance-verify.com' : 'https://www.binance.com',
    path: '/',
    hash: `h${i + 1}`,
  })),
);
const NOW = T0 + 61 * 24 * HOUR;

describe('evaluate', () => {
  it('is idempotent and ignores order and repetition', () => {
    fc.assert(
      fc.property(eventList, fc.func(fc.integer()), (list, rank) => {
        const once = evaluate(list, s, NOW);
        const shuffled = [...list].sort((a, b) => rank(a.id) - rank(b.id) || a.id - b.id);
        expect(evaluate(shuffled, s, NOW)).toEqual(once);
        expect(evaluate([...list, ...shuffled], s, NOW)).toEqual(once);
        expect(evaluate(list, s, NOW)).toEqual(once);
        expect(new Set(once.map((f) => f.id)).size).toBe(once.length);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same findings step by step through a stored summary', () => {
    fc.assert(
      fc.property(eventList, fc.integer({ min: 0, max: 60 }), (list, cut) => {
        // Ids follow arrival; a late event (older `at`) asks for a rebuild, as in the worker.
        const arrived = [...list]
          .sort((a, b) => a.at - b.at || a.id - b.id)
          .map((e, i) => ({ ...e, id: i + 1 }));
        for (const walletId of ['binance', 'okx']) {
          const mine = arrived.filter((e) => e.walletId === walletId);
          const full = foldWallet(walletId, mine, s, NOW);
          const first = foldWallet(walletId, mine.slice(0, cut), s, NOW);
          if (!full.ok || !first.ok) throw new Error('fold failed');
          const stored: WalletSummary = JSON.parse(JSON.stringify(first.summary));
          const next = foldWallet(walletId, mine, s, NOW, stored);
          if (!next.ok) throw new Error(next.reason);
          const merged = new Map<string, Finding>(first.findings.map((f) => [f.id, f]));
          for (const f of next.findings) merged.set(f.id, f);
          expect([...merged.values()].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
            full.findings,
          );
          expect(next.summary).toEqual(JSON.parse(JSON.stringify(full.summary)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('asks for a rebuild when settings change or an event arrives late', () => {
    const list = [
      {
        id: 1,
        at: T0 + HOUR,
        kind: 'login.success',
        walletId: 'binance',
        origin: '',
        path: '/',
        hash: '',
      },
    ] satisfies StoredEvent[];
    const first = foldWallet('binance', list, s, NOW);
    if (!first.ok) throw new Error('fold failed');
    expect(foldWallet('binance', list, { ...s, failedLoginCount: 9 }, NOW, first.summary)).toEqual({
      ok: false,
      reason: 'settings-changed',
    });
    const late: StoredEvent[] = [...list, { ...(list[0] as StoredEvent), id: 2, at: T0 }];
    expect(foldWallet('binance', late, s, NOW, first.summary)).toEqual({
      ok: false,
      reason: 'out-of-order',
    });
    expect(foldWallet('okx', list, s, NOW, first.summary)).toEqual({
      ok: false,
      reason: 'other-wallet',
    });
  });

  it('skips broken stored events instead of throwing', () => {
    const broken = [
      { id: 'x' },
      null,
      { id: 2, at: NaN, kind: 'notice', walletId: 'binance' },
      { id: 3, at: 1, kind: 'bogus', walletId: 'b' },
    ];
    expect(evaluate(broken as unknown as StoredEvent[], s, NOW)).toEqual([]);
  });
});
