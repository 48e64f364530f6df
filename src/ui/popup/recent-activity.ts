import type { SentinelDb } from '../../storage/db';
import type { StoredEvent } from '../../storage/event-types';
/** The popup's "failed sign-ins in 24 h" line. */
const FAILURE_WINDOW_MS = 24 * 60 * 60_000;

export interface WalletActivity {
  walletId: string;
  lastAt: number;
  failures24h: number;
  events: StoredEvent[];
}

/** Newest events read through the `at` index: the popup never scans the whole table. */
export const RECENT_LIMIT = 300;
export const PER_WALLET = 6;

export async function recentActivity(db: SentinelDb, now: number): Promise<WalletActivity[]> {
  const recent = await db.events.orderBy('at').reverse().limit(RECENT_LIMIT).toArray();
  const byWallet = new Map<string, WalletActivity>();
  for (const event of recent) {
    let activity = byWallet.get(event.walletId);
    if (!activity) {
      activity = { walletId: event.walletId, lastAt: event.at, failures24h: 0, events: [] };
      byWallet.set(event.walletId, activity);
    }
    if (activity.events.length < PER_WALLET) activity.events.push(event);
    if (event.kind === 'login.failure' && now - event.at <= FAILURE_WINDOW_MS)
      activity.failures24h += 1;
  }
  return [...byWallet.values()].sort((a, b) => b.lastAt - a.lastAt);
}
