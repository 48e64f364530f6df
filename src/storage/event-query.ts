import type { SentinelDb } from './db';
import { matchesEvent, type EventFilter } from './event-filter';
import type { EventKind, Finding, StoredEvent } from '../model/event-types';

/**
 * The log page's reads: pages of events newest first, by index key ranges and a cursor, never
 * by offset. Display order is `at` descending, ties by `id` descending — the order of every
 * `…at` index read backwards, so one cursor works on all of them.
 */
export interface EventCursor {
  at: number;
  id: number;
}

/** One index range a filter reads: `at`, or a wallet's or a kind's slice of a compound index. */
export interface IndexRange {
  index: 'at' | '[walletId+at]' | '[kind+at]';
  /** Wallet id or kind, for the compound indexes. */
  prefix?: string;
}

export interface QueryPlan {
  ranges: IndexRange[];
  /** The ranges alone decide membership: no record needs `matchesEvent`. */
  exact: boolean;
}

/**
 * Which index ranges hold every event the filter can match. Wallets or kinds, whichever lists
 * fewer values (kinds on a tie: a kind such as failures is usually rarer than a wallet's whole
 * history); the rest of the filter is checked on each record read.
 */
export function planFor(filter: EventFilter): QueryPlan {
  const wallets = [...new Set(filter.walletIds ?? [])];
  const kinds = [...new Set(filter.kinds ?? [])];
  const rest = Boolean(filter.text) || Boolean(filter.openFindingsOnly);
  if (kinds.length > 0 && (wallets.length === 0 || kinds.length <= wallets.length)) {
    return {
      ranges: kinds.map((prefix) => ({ index: '[kind+at]', prefix })),
      exact: !rest && wallets.length === 0,
    };
  }
  if (wallets.length > 0) {
    return {
      ranges: wallets.map((prefix) => ({ index: '[walletId+at]', prefix })),
      exact: !rest && kinds.length === 0,
    };
  }
  return { ranges: [{ index: 'at' }], exact: !rest };
}

/** `a` comes before `b` in display order (newer, or as new with the higher id). */
export function isBefore(a: EventCursor, b: EventCursor): boolean {
  return a.at > b.at || (a.at === b.at && a.id > b.id);
}

const byDisplayOrder = (a: StoredEvent, b: StoredEvent) => b.at - a.at || b.id - a.id;

function bounds(range: IndexRange, filter: EventFilter, after?: EventCursor) {
  const from = filter.from ?? -Infinity;
  // The cursor's own `at` is included (ties by id are dropped after reading); `to` is exclusive.
  const upper = after ? after.at : (filter.to ?? Infinity);
  const key = (at: number) => (range.prefix === undefined ? at : [range.prefix, at]);
  return { lower: key(from), upper: key(upper), includeUpper: Boolean(after) };
}

/** Up to `limit` records of one range strictly after `after`, newest first. */
async function readRange(
  db: SentinelDb,
  range: IndexRange,
  filter: EventFilter,
  after: EventCursor | undefined,
  limit: number,
): Promise<{ records: StoredEvent[]; exhausted: boolean }> {
  const { lower, upper, includeUpper } = bounds(range, filter, after);
  if (filter.to !== undefined && filter.from !== undefined && filter.from >= filter.to) {
    return { records: [], exhausted: true };
  }
  // Records sharing the cursor's `at` come back and are dropped: read more until one is left.
  for (let n = limit; ; n *= 2) {
    const read = await db.events
      .where(range.index)
      .between(lower, upper, true, includeUpper)
      .reverse()
      .limit(n)
      .toArray();
    const records = after ? read.filter((e) => isBefore(after, e)) : read;
    if (records.length > 0 || read.length < n) return { records, exhausted: read.length < n };
  }
}

export interface PageOptions {
  /** Continue after this row (exclusive). */
  after?: EventCursor;
  /** Rows wanted. */
  limit: number;
  /** Stop after reading this many records even with fewer rows; `next` says where to go on. */
  scanLimit?: number;
  /** Needed when `filter.openFindingsOnly`: ids listed by open findings. */
  openEventIds?: ReadonlySet<number>;
}

export interface EventPage {
  /** Matching events, newest first. */
  events: StoredEvent[];
  /** Where the next page starts; null when nothing is left. */
  next: EventCursor | null;
  /** Records read, matching or not. */
  scanned: number;
}

interface Lane {
  range: IndexRange;
  buffer: StoredEvent[];
  exhausted: boolean;
  cursor?: EventCursor;
}

/**
 * One page of matching events newest first. Several ranges (wallets, kinds) are merged by
 * display order; a lane is refilled only when empty, so every row taken is known to come
 * before anything not yet read. Events behind open findings are few: read by id.
 */
export async function fetchEventPage(
  db: SentinelDb,
  filter: EventFilter,
  options: PageOptions,
): Promise<EventPage> {
  if (filter.openFindingsOnly) return openFindingsPage(db, filter, options);
  const plan = planFor(filter);
  const chunk = plan.exact ? Math.max(options.limit, 20) : Math.max(200, options.limit);
  const lanes: Lane[] = plan.ranges.map((range) => ({
    range,
    buffer: [],
    exhausted: false,
    cursor: options.after,
  }));
  const events: StoredEvent[] = [];
  let scanned = 0;
  for (;;) {
    await Promise.all(
      lanes
        .filter((lane) => lane.buffer.length === 0 && !lane.exhausted)
        .map(async (lane) => {
          const read = await readRange(db, lane.range, filter, lane.cursor, chunk);
          lane.buffer = read.records;
          lane.exhausted = read.exhausted;
          const tail = read.records.at(-1);
          if (tail) lane.cursor = tail;
        }),
    );
    // Take rows while every lane that may still hold rows has one to compare.
    while (lanes.every((lane) => lane.buffer.length > 0 || lane.exhausted)) {
      let best: Lane | undefined;
      for (const lane of lanes) {
        const head = lane.buffer[0];
        if (head && (!best || isBefore(head, best.buffer[0] as StoredEvent))) best = lane;
      }
      if (!best) return { events, next: null, scanned };
      const event = best.buffer.shift() as StoredEvent;
      scanned += 1;
      const here = { at: event.at, id: event.id };
      if (plan.exact || matchesEvent(event, filter)) {
        events.push(event);
        if (events.length >= options.limit) return { events, next: here, scanned };
      }
      if (options.scanLimit !== undefined && scanned >= options.scanLimit) {
        return { events, next: here, scanned };
      }
    }
  }
}

async function openFindingsPage(
  db: SentinelDb,
  filter: EventFilter,
  options: PageOptions,
): Promise<EventPage> {
  const ids = [...(options.openEventIds ?? [])];
  const read = (await db.events.bulkGet(ids)).filter((e): e is StoredEvent => e !== undefined);
  const after = options.after;
  const matching = read
    .filter((e) => matchesEvent(e, filter, options.openEventIds))
    .filter((e) => !after || isBefore(after, e))
    .sort(byDisplayOrder);
  const events = matching.slice(0, options.limit);
  const tail = events.at(-1);
  const more = matching.length > events.length && tail;
  return { events, next: more ? { at: tail.at, id: tail.id } : null, scanned: read.length };
}

/**
 * Ids of every matching event after `after`, newest first, from index keys alone (no records
 * read): only for filters whose plan is one exact range, else null. Ties at the cursor's `at`
 * are read separately, as ids only carry no time.
 */
export async function fetchEventIds(
  db: SentinelDb,
  filter: EventFilter,
  after?: EventCursor,
): Promise<number[] | null> {
  const plan = planFor(filter);
  const range = plan.ranges[0];
  if (filter.openFindingsOnly || !plan.exact || plan.ranges.length !== 1 || !range) return null;
  if (filter.from !== undefined && filter.to !== undefined && filter.from >= filter.to) return [];
  const { lower, upper } = bounds(range, filter, after);
  const older = await db.events.where(range.index).between(lower, upper, true, false).primaryKeys();
  const ids = (older as number[]).reverse();
  if (!after) return ids;
  const ties = (await db.events.where(range.index).equals(upper).primaryKeys()) as number[];
  return [...ties.filter((id) => id < after.id).sort((a, b) => b - a), ...ids];
}

/** Events by id, in the order asked; missing ids are left out. */
export async function eventsById(db: SentinelDb, ids: readonly number[]): Promise<StoredEvent[]> {
  return (await db.events.bulkGet([...ids])).filter((e): e is StoredEvent => e !== undefined);
}

/** Events sharing these attempt ids: the outcomes of attempts on screen. */
export function eventsByAttempt(db: SentinelDb, attemptIds: readonly string[]) {
  return attemptIds.length
    ? db.events
        .where('attemptId')
        .anyOf([...attemptIds])
        .toArray()
    : [];
}

/** Every finding: at most a few hundred. */
export function readFindings(db: SentinelDb): Promise<Finding[]> {
  return db.findings.toArray();
}

/**
 * Changes whenever events are added or deleted: the newest id, and the number of recorded gaps
 * (every deletion records one). Cheap enough for a live query.
 */
export async function eventsVersion(db: SentinelDb): Promise<string> {
  const [newest, gaps] = await Promise.all([db.events.orderBy(':id').last(), db.gaps.count()]);
  return `${newest?.id ?? 0}:${gaps}`;
}

/** Time of the oldest event, or undefined for an empty log. */
export async function oldestEventAt(db: SentinelDb): Promise<number | undefined> {
  return (await db.events.orderBy('at').first())?.at;
}

/**
 * How many events of each kind fall in each bucket `[edges[i], edges[i + 1])`: index counts on
 * `[kind+at]`, no record read. Result `[kind][bucket]`. A year of days is some 1,600 counts:
 * asked with the IndexedDB API, one transaction per kind in a task of its own, since each
 * count through Dexie costs a promise chain and together they held the page for half a second.
 */
export async function countKindsByBucket(
  db: SentinelDb,
  kinds: readonly EventKind[],
  edges: readonly number[],
): Promise<number[][]> {
  await db.open();
  const out: number[][] = [];
  for (const kind of kinds) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    out.push(await countBuckets(db.backendDB(), kind, edges));
  }
  return out;
}

function countBuckets(idb: IDBDatabase, kind: string, edges: readonly number[]): Promise<number[]> {
  const counts = new Array<number>(Math.max(0, edges.length - 1)).fill(0);
  return new Promise((resolve, reject) => {
    const transaction = idb.transaction('events', 'readonly');
    const index = transaction.objectStore('events').index('[kind+at]');
    for (let i = 0; i + 1 < edges.length; i++) {
      const request = index.count(
        IDBKeyRange.bound([kind, edges[i]], [kind, edges[i + 1]], false, true),
      );
      request.onsuccess = () => (counts[i] = request.result);
    }
    transaction.oncomplete = () => resolve(counts);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

/** One wallet's events in `[from, to)`, oldest first (time, then id): the order rules fold in. */
export function walletEvents(
  db: SentinelDb,
  walletId: string,
  from: number,
  to: number,
): Promise<StoredEvent[]> {
  return db.events
    .where('[walletId+at]')
    .between([walletId, from], [walletId, to], true, false)
    .toArray();
}
