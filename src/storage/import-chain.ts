import { Dexie, RangeSet } from 'dexie';
import { chainedFromSync, GENESIS_HASH, gapLinks, type GapLinks } from './chain';
import { canonicalJson } from './canonical-json';
import type { StoredEvent } from '../model/event-types';
import type { ChainGap, GapLink } from '../model/gap-types';
import type { SentinelDb } from './db';

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

type SourceGap = Omit<ChainGap, 'id'>;

function sameRecord(stored: StoredEvent, record: ChainedRecord): boolean {
  const { prev: _prev, ...event } = record;
  return canonicalJson(stored) === canonicalJson(event);
}

/**
 * Adds verified records (ids increasing) to the chain with their own ids and hashes, a batch per
 * transaction, never re-hashed and never over a stored record: one identical to a stored one is
 * skipped, one that differs, or that is new but older than the newest stored event, refuses the
 * whole import (that can only happen before the first record is added: stored ids are all lower
 * than new ones). Where a record does not chain from the one before it here, the link is
 * recorded: in a copy of the source's gap that declared it, else in the `import` gap that every
 * import adding records leaves (how many and which ids). After each batch the database is
 * consistent: the marker and the links cover exactly the records added so far, so an import the
 * page could not finish (closed, crashed) still verifies and says what it brought.
 * `rollback` removes what was added (cancel, a storage error). The caller holds the chain lock
 * from `start` to the end (withChainLock). The rule summaries of the wallets touched are dropped,
 * so the rules rebuild them.
 */
export class ChainImport {
  private added = 0;
  private skipped = 0;
  private before: Pick<StoredEvent, 'id' | 'hash'>;
  private firstId: number | undefined;
  private lastId = 0;
  private markerId: number | undefined;
  /** Source gap index → its stored copy's id. */
  private copied = new Map<number, number>();
  private used = new Map<number, GapLink[]>();
  private unexplained: GapLink[] = [];
  private readonly declared = new Map<string, number>();
  private readonly walletIds = new Set<string>();
  /** The fresh record added last (across batches): the one the next follows when adjacent. */
  private previous: Chained | undefined;

  private constructor(
    private readonly db: SentinelDb,
    private readonly newest: StoredEvent | undefined,
    private readonly sourceGaps: readonly SourceGap[],
    private readonly now: number,
    /** Ids a damaged database lost (a `recovery` gap, checkpoint.ts): the import may fill them. */
    private readonly lost: (id: number) => boolean = () => false,
    private readonly links: GapLinks = new Map(),
  ) {
    this.before = newest ?? { id: 0, hash: GENESIS_HASH };
    sourceGaps.forEach((gap, g) => {
      for (const link of gap.links ?? []) this.declared.set(`${link.id}:${link.previousHash}`, g);
    });
  }

  static async start(
    db: SentinelDb,
    sourceGaps: readonly SourceGap[],
    now: number,
  ): Promise<ChainImport> {
    const localGaps = await db.gaps.toArray();
    return new ChainImport(
      db,
      await db.events.orderBy(':id').last(),
      sourceGaps,
      now,
      lostRanges(localGaps),
      gapLinks(localGaps),
    );
  }

  /** One batch, in one transaction: all of it or none. */
  async add(records: readonly ChainedRecord[]): Promise<void> {
    const { db } = this;
    // Taken over once the transaction has committed: a failed batch leaves the state as it was.
    const next = await db.transaction('rw', [db.events, db.gaps, db.summaries], async () => {
      // Only ids up to the newest stored one can be stored already: a fresh import asks nothing.
      const known = records.filter((r) => this.newest && r.id <= this.newest.id);
      const stored = new Map(
        (await db.events.bulkGet(known.map((r) => r.id))).map((event, i) => [known[i]!.id, event]),
      );
      const fresh: ChainedRecord[] = [];
      records.forEach((record) => {
        const existing = stored.get(record.id);
        if (existing) {
          if (!sameRecord(existing, record)) throw new ImportRefused('conflict', record.id);
        } else if (this.newest && record.id <= this.newest.id && !this.lost(record.id)) {
          throw new ImportRefused('predates', record.id);
        } else fresh.push(record);
      });
      const used = new Map([...this.used].map(([g, links]) => [g, [...links]]));
      const unexplained = [...this.unexplained];
      const touched = new Set<number>();
      let before = this.before;
      let previous = this.previous;
      let runBefore: Chained | undefined;
      const genesis = { id: 0, hash: GENESIS_HASH };
      for (const [i, record] of fresh.entries()) {
        // A record filling a range a damaged database lost follows the stored record just below
        // it; the stored record just above such a run, which chained from that one, gets the link
        // it needs now that it follows the run. Records newer than every stored one follow on.
        const inHole = this.newest !== undefined && record.id < this.newest.id;
        if (previous && previous.id === record.id - 1) before = previous;
        else if (!inHole) before = later(previous, this.newest) ?? genesis;
        else {
          runBefore = await db.events.where(':id').below(record.id).last();
          before = later(previous, runBefore) ?? genesis;
        }
        if (record.prev !== before.hash) {
          const link = { id: record.id, previousHash: record.prev, afterId: before.id };
          const g = this.declared.get(`${link.id}:${link.previousHash}`);
          if (g === undefined) unexplained.push(link);
          else {
            used.set(g, [...(used.get(g) ?? []), link]);
            touched.add(g);
          }
        }
        const following = fresh[i + 1];
        if (inHole && following?.id !== record.id + 1) {
          const after = await db.events.where(':id').above(record.id).first();
          if (after && (!following || after.id < following.id)) {
            const from =
              chainedFromSync(after, runBefore, this.links) ?? runBefore?.hash ?? GENESIS_HASH;
            if (from !== record.hash)
              unexplained.push({ id: after.id, previousHash: from, afterId: record.id });
          }
        }
        before = record;
        previous = record;
      }
      await db.events.bulkAdd(fresh.map(({ prev: _prev, ...event }) => event));
      const copied = await this.writeGaps(used, touched, fresh.length > 0);
      const marker = fresh.length > 0 ? await this.writeMarker(fresh, unexplained) : undefined;
      const walletIds = [...new Set(fresh.map((r) => r.walletId))];
      await db.summaries.bulkDelete(walletIds);
      unheard();
      return { used, unexplained, before, previous, copied, marker, fresh, walletIds };
    });
    this.used = next.used;
    this.unexplained = next.unexplained;
    this.before = next.before;
    this.previous = next.previous;
    this.copied = next.copied;
    if (next.marker !== undefined) this.markerId = next.marker;
    if (next.fresh.length > 0) {
      this.firstId ??= next.fresh[0]!.id;
      this.lastId = next.fresh[next.fresh.length - 1]!.id;
    }
    this.added += next.fresh.length;
    this.skipped += records.length - next.fresh.length;
    for (const id of next.walletIds) this.walletIds.add(id);
  }

  /**
   * Into an empty database the source's whole gap history comes along (with the first records);
   * otherwise only the gaps that bridge an imported record, each once its first link is known.
   */
  private async writeGaps(
    used: ReadonlyMap<number, GapLink[]>,
    touched: ReadonlySet<number>,
    adding: boolean,
  ): Promise<Map<number, number>> {
    const copied = new Map(this.copied);
    for (const [g, gap] of this.sourceGaps.entries()) {
      const links = used.get(g) ?? [];
      const id = copied.get(g);
      const wanted = this.newest ? links.length > 0 : adding || this.added > 0;
      if (id !== undefined) {
        if (touched.has(g)) await this.db.gaps.update(id, { links });
      } else if (wanted) {
        copied.set(g, (await this.db.gaps.add({ ...gap, links } as ChainGap)) as number);
      }
    }
    return copied;
  }

  private async writeMarker(fresh: ChainedRecord[], links: GapLink[]): Promise<number> {
    const marker: Omit<ChainGap, 'id'> = {
      at: this.now,
      reason: 'import',
      removed: 0,
      headBefore: this.newest?.hash ?? '',
      links,
      imported: this.added + fresh.length,
      firstId: this.firstId ?? fresh[0]!.id,
      lastId: fresh[fresh.length - 1]!.id,
    };
    if (this.markerId === undefined) return (await this.db.gaps.add(marker as ChainGap)) as number;
    await this.db.gaps.put({ ...marker, id: this.markerId });
    return this.markerId;
  }

  /** After the last batch: an empty source into an empty database still brings its gaps. */
  async finish(): Promise<ImportOutcome> {
    if (!this.newest && this.added === 0 && this.copied.size === 0 && this.sourceGaps.length) {
      await this.db.transaction('rw', [this.db.gaps], async () => {
        for (const [g, gap] of this.sourceGaps.entries()) {
          this.copied.set(
            g,
            (await this.db.gaps.add({
              ...gap,
              links: [] as GapLink[],
              id: undefined,
            } as unknown as ChainGap)) as number,
          );
        }
      });
    }
    return {
      added: this.added,
      skipped: this.skipped,
      gaps: this.copied.size + (this.markerId === undefined ? 0 : 1),
      walletIds: [...this.walletIds].sort(),
    };
  }

  /** Removes every record and gap this import added: the chain is as it was before it. */
  async rollback(): Promise<void> {
    const { db } = this;
    if (this.firstId === undefined && this.copied.size === 0) return;
    await db.transaction('rw', [db.events, db.gaps], async () => {
      if (this.firstId !== undefined) {
        await db.events.where(':id').between(this.firstId, this.lastId, true, true).delete();
      }
      const gapIds = [...this.copied.values()];
      if (this.markerId !== undefined) gapIds.push(this.markerId);
      await db.gaps.bulkDelete(gapIds);
    });
    this.firstId = undefined;
    this.markerId = undefined;
    this.copied = new Map();
    this.added = 0;
  }
}

/**
 * Keeps the current transaction's writes from Dexie's change notices (its live queries, in this
 * context and, over a BroadcastChannel, in every other page). Called after the transaction's
 * last write: Dexie collects what each write changed on the IDBTransaction and announces it when
 * the transaction commits. Each batch announced made the open log page read its list, chart and
 * counts again while the import wrote (bench `import`); `announceImport` tells once instead.
 */
function unheard(): void {
  const trans = Dexie.currentTransaction?.idbtrans as
    (IDBTransaction & { mutatedParts?: unknown }) | undefined;
  if (trans) delete trans.mutatedParts;
}

/** Tells every live query, here and in the other pages, that anything may have changed. */
export function announceImport(): void {
  Dexie.on('storagemutated').fire({ all: new RangeSet(-Infinity, [[]]) });
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
