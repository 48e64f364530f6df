import { chainedFromSync, gapLinks } from './chain';
import type { SentinelDb } from './db';
import type { StoredEvent } from '../model/event-types';
import { withChainLock } from './events';
import type { ChainGap, GapLink, GapReason } from '../model/gap-types';
import { RECEIPT_TTL_MS } from '../model/receipt-types';
import { deleteScreenshots } from './screenshots';
import { DAY } from '../model/time';

/**
 * Retention and deletion. Removing events never re-hashes the ones that stay (their hashes are
 * what earlier exports and printed reports name); instead each removal is recorded in `gaps`
 * with, for every survivor whose predecessor went, the hash it was chained from. verifyChain
 * crosses exactly those breaks, so the chain stays verifiable and a silent deletion still shows.
 */

interface GapNote {
  reason: GapReason;
  walletId?: string;
}

/**
 * Deletes the events `doomed` selects and records the gap, as the chain's only writer and in one
 * transaction with `alsoDelete` (findings, summaries): all of it happens or none. One pass over
 * the table in id order finds each survivor that loses its predecessor and links it to the hash
 * it chains from — only if the removed run before it was itself intact, so that deleting records
 * never hides an earlier break: the survivor is then left unlinked and verifyChain names it.
 */
function removeEvents(
  db: SentinelDb,
  doomed: (event: StoredEvent) => boolean,
  note: GapNote,
  now: number,
  alsoDelete?: () => Promise<unknown>,
): Promise<number> {
  return withChainLock(() =>
    db.transaction(
      'rw',
      [db.events, db.gaps, db.findings, db.summaries, db.receipts, db.screenshots],
      async () => {
        const known = gapLinks(await db.gaps.toArray());
        const ids: number[] = [];
        const links: GapLink[] = [];
        let before: StoredEvent | undefined;
        let lastKept: StoredEvent | undefined;
        let beforeGoes = false;
        let runIntact = true;
        await db.events.each((event) => {
          const goes = doomed(event);
          if (goes) {
            if (!beforeGoes) runIntact = true;
            ids.push(event.id);
            runIntact &&= chainedFromSync(event, before, known) !== undefined;
          } else {
            const from =
              beforeGoes && runIntact ? chainedFromSync(event, before, known) : undefined;
            if (from !== undefined) {
              links.push({ id: event.id, previousHash: from, afterId: lastKept?.id ?? 0 });
            }
            lastKept = event;
          }
          before = event;
          beforeGoes = goes;
        });
        await alsoDelete?.();
        if (ids.length === 0) return 0;
        await db.events.bulkDelete(ids);
        await db.receipts.where('eventId').anyOf(ids).delete();
        const gap: Omit<ChainGap, 'id'> = {
          at: now,
          ...note,
          removed: ids.length,
          headBefore: (before as StoredEvent | undefined)?.hash ?? '',
          links,
        };
        await db.gaps.add(gap as ChainGap);
        return ids.length;
      },
    ),
  );
}

/**
 * The daily alarm's work: events older than `retentionDays` go; `null` keeps everything.
 * Delivery receipts go after a day whatever the setting: no retry comes that late.
 */
export async function pruneExpired(
  db: SentinelDb,
  retentionDays: number | null,
  now: number,
): Promise<number> {
  await db.receipts
    .where('at')
    .below(now - RECEIPT_TTL_MS)
    .delete();
  if (retentionDays === null) return 0;
  const cutoff = now - retentionDays * DAY;
  await deleteScreenshots(db, { before: cutoff });
  if ((await db.events.where('at').below(cutoff).count()) === 0) return 0;
  return removeEvents(db, (event) => event.at < cutoff, { reason: 'retention' }, now);
}

/** The `count` oldest events (by time), for when storage is full and the user allowed pruning. */
export async function pruneOldest(db: SentinelDb, count: number, now: number): Promise<number> {
  const ids = new Set(await db.events.orderBy('at').limit(count).primaryKeys());
  if (ids.size === 0) return 0;
  return removeEvents(db, (event) => ids.has(event.id), { reason: 'retention' }, now);
}

/**
 * One wallet's events, findings, rule summary and screenshots. Its recovery cases stay (the
 * user's notes).
 */
export function deleteWalletHistory(db: SentinelDb, walletId: string, now: number) {
  return removeEvents(
    db,
    (event) => event.walletId === walletId,
    { reason: 'delete-wallet', walletId },
    now,
    () =>
      Promise.all([
        db.findings.where('walletId').equals(walletId).delete(),
        db.summaries.delete(walletId),
        deleteScreenshots(db, { walletId }),
      ]),
  );
}

/**
 * Every event, finding, summary and screenshot. Recovery cases stay: they are the user's own notes. The next
 * event starts a new chain from the genesis hash; the gap keeps the head that ended the old one.
 *
 * Clearing a table does not reset IndexedDB's key generator: a database that once numbered a
 * record near 2^53 (a crafted import of an older release, a damaged file) refuses every later
 * write with a ConstraintError, even empty. So when the ids are used up, the database is deleted
 * and made anew with its cases and gaps, and numbering starts again from 1.
 */
export function deleteAllHistory(db: SentinelDb, now: number): Promise<number> {
  return withChainLock(async () => {
    const removed = await db.transaction(
      'rw',
      [db.events, db.gaps, db.findings, db.summaries, db.receipts, db.screenshots],
      async () => {
        const removed = await db.events.count();
        const last = await db.events.orderBy(':id').last();
        await Promise.all([
          db.events.clear(),
          db.findings.clear(),
          db.summaries.clear(),
          db.receipts.clear(),
          db.screenshots.clear(),
        ]);
        if (removed === 0) return 0;
        const gap: Omit<ChainGap, 'id'> = {
          at: now,
          reason: 'delete-all',
          removed,
          headBefore: last?.hash ?? '',
        };
        await db.gaps.add(gap as ChainGap);
        return removed;
      },
    );
    if (await idsUsedUp(db, now)) await startIdsAnew(db);
    return removed;
  });
}

/** Ids past this leave too little room for what is still to be recorded (import-validate.ts). */
export const ID_ROOM = 2 ** 40;

class Probed {
  constructor(readonly id: number) {}
}

/**
 * Whether the events table can still number new records: a record is added and the transaction
 * aborted, which also winds the key generator back. Used up: the add is refused (a
 * ConstraintError) or the number it got is past ID_ROOM.
 */
export async function idsUsedUp(db: SentinelDb, now: number): Promise<boolean> {
  const probe = { at: now, kind: 'logout', walletId: 'probe', origin: '', path: '/', hash: '' };
  try {
    await db.transaction('rw', db.events, async () => {
      const id = await db.events.add(probe as unknown as StoredEvent);
      throw new Probed(id);
    });
    return false;
  } catch (error) {
    if (error instanceof Probed) return !Number.isSafeInteger(error.id) || error.id > ID_ROOM;
    for (let e = error as { name?: unknown; inner?: unknown } | undefined, i = 0; e && i < 4; i++) {
      if (e.name === 'ConstraintError') return true;
      e = e.inner as typeof e;
    }
    return false;
  }
}

/** Deletes the database and makes it anew, keeping its recovery cases and chain gaps. */
async function startIdsAnew(db: SentinelDb): Promise<void> {
  const [cases, gaps] = await Promise.all([db.cases.toArray(), db.gaps.toArray()]);
  await db.delete({ disableAutoOpen: false });
  await db.open();
  await db.transaction('rw', [db.cases, db.gaps], async () => {
    await db.cases.bulkPut(cases);
    await db.gaps.bulkPut(gaps);
  });
}

/** The wallets that have events, by id, each with how many: what "delete a wallet" offers. */
export async function walletsWithEvents(
  db: SentinelDb,
): Promise<Array<{ walletId: string; count: number }>> {
  const wallets: Array<{ walletId: string; count: number }> = [];
  let after: [string, number] = ['', -Infinity];
  // Skips from one wallet to the next on the [walletId+at] index: one query per wallet.
  for (;;) {
    const next = await db.events.where('[walletId+at]').above(after).first();
    if (!next) return wallets;
    const count = await db.events
      .where('[walletId+at]')
      .between([next.walletId, -Infinity], [next.walletId, Infinity], true, true)
      .count();
    wallets.push({ walletId: next.walletId, count });
    after = [next.walletId, Infinity];
  }
}
