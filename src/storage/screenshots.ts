import type { SentinelDb } from './db';
import type { EventFilter } from './event-filter';
import type { StoredEvent } from '../model/event-types';
import type { Screenshot } from '../model/screenshot-types';

/** At most this many pictures are kept; the oldest go first (each can be a few hundred KB). */
export const SCREENSHOTS_MAX = 200;

/** Event kinds a picture is about: what went wrong or what the site told the user. */
const CONTEXT_KINDS = new Set(['withdrawal.failure', 'login.failure', 'notice', 'site.error']);
/** A failure or notice this recent is what the picture shows. */
export const CONTEXT_WINDOW_MS = 15 * 60_000;

/** The newest failure or notice of `walletId` in the last CONTEXT_WINDOW_MS, if any. */
export async function recentTrouble(
  db: SentinelDb,
  walletId: string,
  now: number,
): Promise<StoredEvent | undefined> {
  return db.events
    .where('[walletId+at]')
    .between([walletId, now - CONTEXT_WINDOW_MS], [walletId, now], true, true)
    .reverse()
    .filter((event) => CONTEXT_KINDS.has(event.kind))
    .first();
}

/** Stores a picture and drops the oldest beyond SCREENSHOTS_MAX, in one transaction. */
export function saveScreenshot(db: SentinelDb, shot: Omit<Screenshot, 'id'>): Promise<number> {
  return db.transaction('rw', db.screenshots, async () => {
    const id = (await db.screenshots.add(shot as Screenshot)) as number;
    const extra = (await db.screenshots.count()) - SCREENSHOTS_MAX;
    if (extra > 0) {
      const oldest = await db.screenshots.orderBy('at').limit(extra).primaryKeys();
      await db.screenshots.bulkDelete(oldest);
    }
    return id;
  });
}

/**
 * The pictures an export of `filter` carries: its wallets and time range (the other conditions
 * describe events, not pictures), oldest first.
 */
export async function screenshotsFor(db: SentinelDb, filter: EventFilter): Promise<Screenshot[]> {
  const from = filter.from ?? -Infinity;
  const inRange = (shot: Screenshot) =>
    (filter.to === undefined || shot.at < filter.to) &&
    (!filter.walletIds?.length || filter.walletIds.includes(shot.walletId));
  const shots = await db.screenshots.where('at').aboveOrEqual(from).filter(inRange).toArray();
  return shots.sort((a, b) => a.at - b.at);
}

/** Pictures go with the history they belong to: retention, a wallet's deletion, everything. */
export function deleteScreenshots(
  db: SentinelDb,
  which: { before: number } | { walletId: string } | 'all',
): Promise<number> {
  if (which === 'all') {
    return db.transaction('rw', db.screenshots, async () => {
      const count = await db.screenshots.count();
      await db.screenshots.clear();
      return count;
    });
  }
  if ('before' in which) return db.screenshots.where('at').below(which.before).delete();
  return db.screenshots
    .where('[walletId+at]')
    .between([which.walletId, -Infinity], [which.walletId, Infinity])
    .delete();
}
