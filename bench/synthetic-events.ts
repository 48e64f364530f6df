import type { EventKind, NoticeKind, StoredEvent } from '../src/model/event-types';
import { random } from './measure';

const DAY = 86_400_000;
const WALLETS = ['binance', 'okx', 'coinbase', 'kraken', 'paypal', 'wise'];
const CURRENCIES: Record<string, string[]> = {
  binance: ['USDT', 'BTC'],
  okx: ['USDT', 'ETH'],
  coinbase: ['USD', 'BTC'],
  kraken: ['EUR', 'BTC'],
  paypal: ['USD'],
  wise: ['EUR', 'GBP'],
};
const NOTICES: NoticeKind[] = ['maintenance', 'kyc', 'limit', 'frozen', 'compliance', 'suspicious'];

/**
 * A year of a busy user's activity on six wallets: sessions of sign-in (sometimes failed, often
 * with a second factor), withdrawals with their outcomes to a few dozen destinations (a few new,
 * a few lookalikes), notices, outages and the odd lookalike visit. Deterministic.
 */
export function syntheticEvents(
  count: number,
  start = Date.UTC(2026, 0, 1),
  seed = 42,
): StoredEvent[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  const destinations = new Map(
    WALLETS.map((w) => [w, Array.from({ length: 20 }, () => `0x${hex(40)}`)]),
  );
  const out: StoredEvent[] = [];
  const step = (365 * DAY) / count;
  let at = start;
  let attempt = 0;
  const push = (walletId: string, kind: EventKind, extra: Partial<StoredEvent> = {}) => {
    at += step * (0.5 + next());
    out.push({
      id: out.length + 1,
      at: Math.round(at),
      kind,
      walletId,
      origin: `https://www.${walletId}.com`,
      path: '/',
      hash: hex(64),
      ...extra,
    });
  };
  while (out.length < count) {
    const walletId = pick(WALLETS);
    const r = next();
    if (r < 0.45) {
      push(walletId, 'login.attempt');
      if (next() < 0.12) push(walletId, 'login.failure');
      else {
        if (walletId !== 'paypal') push(walletId, 'login.challenge');
        push(walletId, 'login.success');
      }
    } else if (r < 0.85) {
      const known = destinations.get(walletId) as string[];
      const n = next();
      let destination = pick(known);
      if (n < 0.03) known.push((destination = `0x${hex(40)}`));
      else if (n < 0.04)
        destination = `${destination.slice(0, 5)}${hex(33)}${destination.slice(-4)}`;
      const attemptId = `a${++attempt}`;
      const amount = {
        value: (Math.exp(next() * 4) * 20).toFixed(2),
        currency: pick(CURRENCIES[walletId] as string[]),
      };
      push(walletId, 'withdrawal.attempt', { attemptId, amount, destination });
      const o = next();
      push(
        walletId,
        o < 0.85 ? 'withdrawal.success' : o < 0.95 ? 'withdrawal.pending' : 'withdrawal.failure',
        { attemptId },
      );
    } else if (r < 0.93) {
      push(walletId, 'notice', { notice: pick(NOTICES), message: 'Notice text shown by the site' });
    } else if (r < 0.99) {
      push(walletId, 'site.error', { message: 'HTTP 503' });
    } else if (r < 0.995) {
      push(walletId, 'logout');
    } else {
      push(walletId, 'visit.lookalike', {
        origin: `https://${walletId}-verify${Math.floor(next() * 50)}.com`,
      });
    }
  }
  return out.slice(0, count);
}
