import type { SentinelDb } from '../storage/db';

export const BADGE_WINDOW_MS = 24 * 60 * 60_000;

/** Sign-in failures in the last 24 h, across wallets. Replaced by open findings once rules land. */
export function countRecentFailures(db: SentinelDb, now: number): Promise<number> {
  return db.events
    .where('[kind+at]')
    .between(['login.failure', now - BADGE_WINDOW_MS], ['login.failure', Infinity], true, true)
    .count();
}

export interface BadgeAction {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

export async function refreshBadge(db: SentinelDb, action: BadgeAction, now: number) {
  const failures = await countRecentFailures(db, now);
  await action.setBadgeBackgroundColor({ color: '#b3261e' });
  await action.setBadgeText({
    text: failures === 0 ? '' : failures > 99 ? '99+' : String(failures),
  });
  return failures;
}
