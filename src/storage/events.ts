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
import { canonicalJson } from './canonical-json';
import { matchesEvent, type EventFilter } from './event-filter';
import type { Finding, NewEvent, StoredEvent } from '../model/event-types';
import type { ChainGap, GapLink } from '../model/gap-types';
import { withLock } from './lock';
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

/** A record from a verified export: a stored event plus the hash it was chained from. */
export type ChainedRecord = StoredEvent & { prev: string };

export class ImportRefused extends Error {
  constructor(
    readonly code: 'conflict' | 'predates',
    readonly recordId: number,
  ) {
    super(`${code}: record ${recordId}`);
  }
}

export interface ImportOutcome {
  added: number;
  skipped: number;
  /** Gaps recorded so the local chain crosses the imported records' breaks. */
  gaps: number;
  walletIds: string[];
}

/**
 * Adds verified records (ids increasing) to the chain with their own ids and hashes, never
 * re-hashed and never over a stored record: one identical to a stored one is skipped, one that
 * differs, or that is new but older than the newest stored event, refuses the whole import —
unless its id lies in the range a damaged database lost (a `recovery` gap, checkpoint.ts): the
last export fills that hole, and the events recorded since follow it through a recorded link.
 * Where a record does not chain from the one before it here, the link is recorded: in a copy of
 * the source's gap that declared it, else in the `import` gap that every import adding records
 * leaves (with how many and which ids). One transaction: all or nothing.
 * The rule summaries of the wallets touched are dropped, so the rules rebuild them.
 */
export function importChained(
  db: SentinelDb,
  records: readonly ChainedRecord[],
  sourceGaps: ReadonlyArray<Omit<ChainGap, 'id'>>,
  now: number,
): Promise<ImportOutcome> {
  return withLock(CHAIN_LOCK, () =>
    db.transaction('rw', [db.events, db.gaps, db.summaries], async () => {
      const newest = await db.events.orderBy(':id').last();
      const stored = await db.events.bulkGet(records.map((r) => r.id));
      const localGaps = await db.gaps.toArray();
      const lost = lostRanges(localGaps);
      const fresh: ChainedRecord[] = [];
      records.forEach((record, i) => {
        const existing = stored[i];
        if (existing) {
          if (!sameRecord(existing, record)) throw new ImportRefused('conflict', record.id);
        } else if (newest && record.id <= newest.id && !lost(record.id)) {
          throw new ImportRefused('predates', record.id);
        } else fresh.push(record);
      });
      const declared = new Map<string, number>();
      sourceGaps.forEach((gap, g) => {
        for (const link of gap.links ?? []) declared.set(`${link.id}:${link.previousHash}`, g);
      });
      const used = new Map<number, GapLink[]>();
      const unexplained: GapLink[] = [];
      const holes = fillsHoles(db, fresh, newest, gapLinks(localGaps));
      for await (const { record, before, next } of holes) {
        if (record.prev !== before.hash) {
          const link = { id: record.id, previousHash: record.prev, afterId: before.id };
          const g = declared.get(`${link.id}:${link.previousHash}`);
          if (g === undefined) unexplained.push(link);
          else used.set(g, [...(used.get(g) ?? []), link]);
        }
        if (next) unexplained.push(next);
      }
      // Into an empty database the source's whole gap history comes along; otherwise only the
      // gaps that bridge an imported record.
      const gaps: Array<Omit<ChainGap, 'id'>> = sourceGaps
        .map((gap, g) => ({ ...gap, links: used.get(g) ?? [] }))
        .filter((gap) => !newest || gap.links.length > 0);
      // Every import that adds records leaves a marker, also when they chain on: the report
      // lists what was imported, so nobody reads it as recorded in this browser.
      if (fresh.length > 0) {
        gaps.push({
          at: now,
          reason: 'import',
          removed: 0,
          headBefore: newest?.hash ?? '',
          links: unexplained,
          imported: fresh.length,
          firstId: fresh[0]!.id,
          lastId: fresh[fresh.length - 1]!.id,
        });
      }
      await db.events.bulkAdd(fresh.map(({ prev: _prev, ...event }) => event));
      if (gaps.length > 0) await db.gaps.bulkAdd(gaps as ChainGap[]);
      const walletIds = [...new Set(fresh.map((r) => r.walletId))].sort();
      await db.summaries.bulkDelete(walletIds);
      return {
        added: fresh.length,
        skipped: records.length - fresh.length,
        gaps: gaps.length,
        walletIds,
      };
    }),
  );
}

type Chained = Pick<StoredEvent, 'id' | 'hash'>;
const later = (a: Chained | undefined, b: Chained | undefined) =>
  a && b ? (a.id > b.id ? a : b) : (a ?? b);

/** Whether an id lies in the range a `recovery` gap lost (src/storage/checkpoint.ts). */
function lostRanges(gaps: readonly ChainGap[]): (id: number) => boolean {
  const ranges = gaps
    .filter((gap) => gap.reason === 'recovery' && gap.firstId && gap.lastId)
    .map((gap) => [gap.firstId as number, gap.lastId as number] as const);
  return (id) => ranges.some(([first, last]) => id >= first && id <= last);
}

/**
 * Each fresh record with the record it will follow here. Records newer than every stored one
 * follow each other; one filling a range a damaged database lost follows the stored record just
 * below it, and the stored record just above such a run, which chained from that one, gets the
 * link it needs (`next`) now that it follows the run.
 */
async function* fillsHoles(
  db: SentinelDb,
  fresh: readonly ChainedRecord[],
  newest: StoredEvent | undefined,
  links: GapLinks,
): AsyncGenerator<{ record: ChainedRecord; before: Chained; next?: GapLink }> {
  let runBefore: Chained | undefined;
  for (const [i, record] of fresh.entries()) {
    const previous = fresh[i - 1];
    const inHole = newest !== undefined && record.id < newest.id;
    let before: Chained | undefined;
    if (previous && previous.id === record.id - 1) before = previous;
    else if (!inHole) before = later(previous, newest);
    else {
      runBefore = await db.events.where(':id').below(record.id).last();
      before = later(previous, runBefore);
    }
    const genesis = { id: 0, hash: GENESIS_HASH };
    const following = fresh[i + 1];
    let next: GapLink | undefined;
    if (inHole && following?.id !== record.id + 1) {
      const after = await db.events.where(':id').above(record.id).first();
      if (after && (!following || after.id < following.id)) {
        const from = chainedFromSync(after, runBefore, links) ?? runBefore?.hash ?? GENESIS_HASH;
        if (from !== record.hash) next = { id: after.id, previousHash: from, afterId: record.id };
      }
    }
    yield next
      ? { record, before: before ?? genesis, next }
      : { record, before: before ?? genesis };
  }
}

function sameRecord(stored: StoredEvent, record: ChainedRecord): boolean {
  const { prev: _prev, ...event } = record;
  return canonicalJson(stored) === canonicalJson(event);
}
