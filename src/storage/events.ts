import type { RecoveryCase } from '../model/case-types';
import {
  chainHashSync,
  chainedFromSync,
  GENESIS_HASH,
  gapLinks,
  hashedContent,
  verifyRecords,
  type ChainReport,
  type GapLinks,
} from './chain';
import { matchesEvent, type EventFilter } from './event-filter';
import type { Finding, NewEvent, StoredEvent } from '../model/event-types';
import type { ChainGap } from '../model/gap-types';
import { withLock, withLockIfFree } from './lock';
import type { SentinelDb } from './db';

const CHAIN_LOCK = 'wallet-sentinel-chain';
const VERIFY_PAGE = 1000;

/**
 * Runs `task` as the chain's only writer: appends, deletions (src/storage/retention.ts) and
 * imports all read the head and write after it, so none may interleave with another.
 */
export function withChainLock<T>(task: () => Promise<T>): Promise<T> {
  return withLock(CHAIN_LOCK, task);
}

/** `task` as the chain's only writer if no writer holds or waits for it now; else `undefined`. */
export function withChainLockIfFree<T>(task: () => Promise<T>): Promise<T | undefined> {
  return withLockIfFree(CHAIN_LOCK, task);
}

/** The hash of the newest record, or the genesis hash for an empty table. */
export async function chainHead(db: SentinelDb): Promise<string> {
  const last = await db.events.orderBy(':id').last();
  return last?.hash ?? GENESIS_HASH;
}

/**
 * Appends records in order, each hash-chained to the one before. The hashes are computed under a
 * cross-context lock first and written in one `bulkAdd` after. Synchronously: one WebCrypto
 * digest costs a round trip to another thread, several times the hashing itself, and a batch
 * waits for each in turn (bench: `storage.insert-100k`).
 */
export function appendEvents(db: SentinelDb, records: readonly NewEvent[]): Promise<StoredEvent[]> {
  return withLock(CHAIN_LOCK, async () => {
    let previous = await chainHead(db);
    const chained: Omit<StoredEvent, 'id'>[] = [];
    for (const record of records) {
      const hash = chainHashSync(previous, hashedContent(record));
      chained.push({ ...record, hash });
      previous = hash;
    }
    const ids = await db.events.bulkAdd(chained as StoredEvent[], { allKeys: true });
    return chained.map((record, i) => ({ ...record, id: ids[i] as number }));
  });
}

export async function appendEvent(db: SentinelDb, record: NewEvent): Promise<StoredEvent> {
  const [stored] = await appendEvents(db, [record]);
  return stored as StoredEvent;
}

/**
 * Appends `record` unless it was delivered before (a receipt for `deliveryId` exists) or
 * `findDuplicate` finds an equivalent record already stored. Both checks run under the chain lock
 * and in the same transaction as the write, so two deliveries of one observation cannot both pass
 * them, and an event is never stored without its receipt. The outbox and a late message can both
 * deliver one attempt; a content script retries until the worker answers; a banner re-rendered by
 * a single-page app must not become a second notice. Hashed synchronously: awaiting WebCrypto
 * would commit the transaction.
 */
export function appendEventUnless(
  db: SentinelDb,
  record: NewEvent,
  findDuplicate: (db: SentinelDb) => Promise<StoredEvent | undefined>,
  deliveryId?: string,
): Promise<{ event: StoredEvent; duplicate: boolean }> {
  return withLock(CHAIN_LOCK, () =>
    db.transaction('rw', [db.events, db.receipts], async () => {
      const receipt = deliveryId ? await db.receipts.get(deliveryId) : undefined;
      if (receipt) {
        const event = await db.events.get(receipt.eventId);
        // Its event was deleted since (retention, the user): delivered all the same.
        return { event: event ?? { ...record, id: receipt.eventId, hash: '' }, duplicate: true };
      }
      const existing = await findDuplicate(db);
      const hash = existing
        ? existing.hash
        : chainHashSync(await chainHead(db), hashedContent(record));
      const id = existing
        ? existing.id
        : ((await db.events.add({ ...record, hash } as StoredEvent)) as number);
      if (deliveryId) await db.receipts.add({ id: deliveryId, eventId: id, at: record.at });
      return existing
        ? { event: existing, duplicate: true }
        : { event: { ...record, hash, id }, duplicate: false };
    }),
  );
}

/**
 * Re-hashes the whole table in id order, a page at a time, and names the first bad record. A
 * break that a recorded gap explains (the record chains from the hash the gap kept for it) is
 * crossed and counted; any other break is reported.
 */
export async function verifyChain(db: SentinelDb): Promise<ChainReport> {
  const links = gapLinks(await db.gaps.toArray());
  let head = GENESIS_HASH;
  let count = 0;
  let gapsCrossed = 0;
  let lastId = -Infinity;
  for (;;) {
    const page = await db.events.where(':id').above(lastId).limit(VERIFY_PAGE).toArray();
    if (page.length === 0) {
      return gapsCrossed > 0 ? { ok: true, count, head, gapsCrossed } : { ok: true, count, head };
    }
    const report = await verifyRecords(page, head, count, links, Math.max(lastId, 0));
    if (!report.ok) return report;
    head = report.head;
    count = report.count;
    gapsCrossed += report.gapsCrossed ?? 0;
    lastId = (page[page.length - 1] as StoredEvent).id;
  }
}

/**
 * The hash `event` was chained from: its predecessor's, or a recorded link's. Hashing is needed
 * only where a link exists; a record that chains from neither is given its predecessor's, and the
 * export's verification then names it.
 */
function chainedFrom(event: StoredEvent, before: StoredEvent | undefined, links: GapLinks): string {
  const natural = before?.hash ?? GENESIS_HASH;
  if (!links.has(event.id)) return natural;
  return chainedFromSync(event, before, links) ?? natural;
}

export interface ExportSnapshot {
  /** The chain head when read: the hash of the newest event, genesis for none. */
  head: string;
  gaps: ChainGap[];
}

/**
 * One consistent read for an export: every event in id order (one cursor, nothing kept), those
 * matching `filter` handed to `visit` with the hash each was chained from. `visit` runs inside the
 * read transaction, so it must not await.
 */
export function readForExport(
  db: SentinelDb,
  filter: EventFilter,
  visit: (event: StoredEvent, prev: string) => void,
): Promise<ExportSnapshot> {
  return db.transaction('r', [db.events, db.gaps, db.findings], async () => {
    const gaps = await db.gaps.toArray();
    const links = gapLinks(gaps);
    const openIds = filter.openFindingsOnly
      ? new Set(
          (await db.findings.where('status').equals('open').toArray()).flatMap((f) => f.eventIds),
        )
      : undefined;
    let before: StoredEvent | undefined;
    await db.events.each((event) => {
      const prev = chainedFrom(event, before, links);
      if (matchesEvent(event, filter, openIds)) visit(event, prev);
      before = event;
    });
    return { head: before?.hash ?? GENESIS_HASH, gaps };
  });
}

/** The findings and recovery cases of the given wallets, for an evidence pack. */
export function readEvidence(
  db: SentinelDb,
  walletIds: readonly string[],
): Promise<{ findings: Finding[]; cases: RecoveryCase[] }> {
  return db.transaction('r', [db.findings, db.cases], async () => ({
    findings: await db.findings.where('walletId').anyOf(walletIds).toArray(),
    cases: await db.cases.where('walletId').anyOf(walletIds).toArray(),
  }));
}
