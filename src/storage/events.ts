import { chainHash, GENESIS_HASH, verifyRecords, type ChainReport } from './chain';
import type { NewEvent, StoredEvent } from './event-types';
import { withLock } from './lock';
import type { SentinelDb } from './db';

const CHAIN_LOCK = 'wallet-sentinel-chain';
const VERIFY_PAGE = 1000;

/** The hash of the newest record, or the genesis hash for an empty table. */
export async function chainHead(db: SentinelDb): Promise<string> {
  const last = await db.events.orderBy(':id').last();
  return last?.hash ?? GENESIS_HASH;
}

/**
 * Appends records in order, each hash-chained to the one before. WebCrypto is asynchronous and
 * an IndexedDB transaction commits as soon as it waits on anything else, so the hashes are
 * computed under a cross-context lock first and written in one `bulkAdd` after.
 */
export function appendEvents(db: SentinelDb, records: readonly NewEvent[]): Promise<StoredEvent[]> {
  return withLock(CHAIN_LOCK, async () => {
    let previous = await chainHead(db);
    const chained: Omit<StoredEvent, 'id'>[] = [];
    for (const record of records) {
      const hash = await chainHash(previous, record);
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
 * Appends `record` unless `findDuplicate` — run under the same lock, so two deliveries of one
 * observation cannot both pass it — finds an equivalent record already stored. The outbox and
 * a late message can both deliver one attempt; a banner re-rendered by a single-page app must
 * not become a second notice.
 */
export function appendEventUnless(
  db: SentinelDb,
  record: NewEvent,
  findDuplicate: (db: SentinelDb) => Promise<StoredEvent | undefined>,
): Promise<{ event: StoredEvent; duplicate: boolean }> {
  return withLock(CHAIN_LOCK, async () => {
    const existing = await findDuplicate(db);
    if (existing) return { event: existing, duplicate: true };
    const hash = await chainHash(await chainHead(db), record);
    const id = (await db.events.add({ ...record, hash } as StoredEvent)) as number;
    return { event: { ...record, hash, id }, duplicate: false };
  });
}

/** Re-hashes the whole table in id order, a page at a time, and names the first bad record. */
export async function verifyChain(db: SentinelDb): Promise<ChainReport> {
  let head = GENESIS_HASH;
  let count = 0;
  let lastId = -Infinity;
  for (;;) {
    const page = await db.events.where(':id').above(lastId).limit(VERIFY_PAGE).toArray();
    if (page.length === 0) return { ok: true, count, head };
    const report = await verifyRecords(page, head, count);
    if (!report.ok) return report;
    head = report.head;
    count = report.count;
    lastId = (page[page.length - 1] as StoredEvent).id;
  }
}
