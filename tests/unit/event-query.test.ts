import fc from 'fast-check';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SentinelDb } from '../../src/storage/db';
import { matchesEvent, type EventFilter } from '../../src/storage/event-filter';
import {
  countKindsByBucket,
  fetchEventIds,
  fetchEventPage,
  planFor,
  walletEvents,
  type EventCursor,
} from '../../src/storage/event-query';
import { EVENT_KINDS, type EventKind, type StoredEvent } from '../../src/model/event-types';
import { chainEvents, generateEvents, SEED_WALLETS } from '../e2e/harness/seed';
import { memoryDb } from './helpers/memory-db';

const END = Date.UTC(2026, 5, 30, 12);
const DAY = 86_400_000;
let db: SentinelDb;
let all: StoredEvent[];

/** What the log must show for a filter: every match, newest first, ties by higher id. */
function expected(filter: EventFilter, open?: ReadonlySet<number>): number[] {
  return all
    .filter((e) => matchesEvent(e, filter, open))
    .sort((a, b) => b.at - a.at || b.id - a.id)
    .map((e) => e.id);
}

/** Pages through the whole result with `limit` rows a page (and an optional scan limit). */
async function pageThrough(
  filter: EventFilter,
  limit: number,
  scanLimit?: number,
  open?: ReadonlySet<number>,
): Promise<number[]> {
  const ids: number[] = [];
  let after: EventCursor | undefined;
  for (let pages = 0; pages < 10_000; pages++) {
    const page = await fetchEventPage(db, filter, { after, limit, scanLimit, openEventIds: open });
    expect(page.events.length).toBeLessThanOrEqual(limit);
    ids.push(...page.events.map((e) => e.id));
    if (!page.next) return ids;
    after = page.next;
  }
  throw new Error('paging did not end');
}

beforeAll(async () => {
  // Browsers have it globally; countKindsByBucket asks IndexedDB directly.
  globalThis.IDBKeyRange ??= IDBKeyRange;
  db = memoryDb();
  const generated = generateEvents(1500, { end: END, days: 60, seed: 3 });
  // Ties: events sharing one millisecond must still page without gaps or repeats.
  for (let i = 0; i < 30; i++) {
    generated.push({ ...(generated[700] as (typeof generated)[number]), at: END - DAY * 10 });
  }
  all = await chainEvents(generated);
  // Stored out of id order, with a hole in the ids: order comes from the index, not the key.
  await db.events.bulkPut([...all].reverse().filter((e) => e.id !== 42));
  all = all.filter((e) => e.id !== 42);
});
afterAll(() => db.close());

describe('planFor', () => {
  it.each<[EventFilter, string[], boolean]>([
    [{}, ['at'], true],
    [{ from: 1, to: 2 }, ['at'], true],
    [{ walletIds: ['binance'] }, ['[walletId+at]:binance'], true],
    [{ kinds: ['login.failure'] }, ['[kind+at]:login.failure'], true],
    [{ walletIds: ['okx'], kinds: ['logout'] }, ['[kind+at]:logout'], false],
    [{ walletIds: ['okx'], kinds: ['logout', 'notice'] }, ['[walletId+at]:okx'], false],
    [{ text: 'x' }, ['at'], false],
    [{ walletIds: ['a', 'a'] }, ['[walletId+at]:a'], true],
  ])('%j reads %j (exact %s)', (filter, ranges, exact) => {
    const plan = planFor(filter);
    expect(plan.ranges.map((r) => (r.prefix ? `${r.index}:${r.prefix}` : r.index))).toEqual(ranges);
    expect(plan.exact).toBe(exact);
  });
});

describe('fetchEventPage', () => {
  it('gives the newest events first', async () => {
    const page = await fetchEventPage(db, {}, { limit: 5 });
    expect(page.events.map((e) => e.id)).toEqual(expected({}).slice(0, 5));
    expect(page.next).toEqual({ at: page.events[4]?.at, id: page.events[4]?.id });
  });

  it('pages through everything without gaps or repeats, across tied times', async () => {
    expect(await pageThrough({}, 37)).toEqual(expected({}));
  });

  it('combines wallet, kind, date range and text', async () => {
    const filter: EventFilter = {
      walletIds: ['binance', 'alipay'],
      kinds: ['withdrawal.failure', 'withdrawal.success', 'login.failure'],
      from: END - 40 * DAY,
      to: END - 5 * DAY,
      text: '提现',
    };
    const want = expected(filter);
    expect(want.length).toBeGreaterThan(3);
    expect(await pageThrough(filter, 4)).toEqual(want);
  });

  it('stops at the scan limit and goes on from where it stopped', async () => {
    const filter: EventFilter = { text: 'frozen' };
    const first = await fetchEventPage(db, filter, { limit: 1000, scanLimit: 100 });
    expect(first.scanned).toBe(100);
    expect(first.next).not.toBeNull();
    expect(await pageThrough(filter, 1000, 100)).toEqual(expected(filter));
  });

  it('shows only events behind open findings', async () => {
    const open = new Set([all[10]!.id, all[500]!.id, all[900]!.id, 999_999]);
    const filter: EventFilter = { openFindingsOnly: true };
    expect(await pageThrough(filter, 2, undefined, open)).toEqual(expected(filter, open));
    expect(
      await pageThrough({ ...filter, walletIds: [all[500]!.walletId] }, 5, undefined, open),
    ).toEqual(expected({ ...filter, walletIds: [all[500]!.walletId] }, open));
  });

  it('an empty or inverted range gives nothing', async () => {
    expect((await fetchEventPage(db, { from: 10, to: 5 }, { limit: 10 })).events).toEqual([]);
    expect((await fetchEventPage(db, { walletIds: ['nobody'] }, { limit: 10 })).next).toBeNull();
  });

  it('any combination of filters pages like the predicate says', async () => {
    const kinds = fc.subarray([...EVENT_KINDS] as EventKind[], { maxLength: 3 });
    const wallets = fc.subarray(SEED_WALLETS, { maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(
        wallets,
        kinds,
        fc.option(fc.integer({ min: 0, max: 60 })),
        fc.option(fc.integer({ min: 0, max: 60 })),
        fc.constantFrom(undefined, '', 'http', '密码', 'x'),
        fc.integer({ min: 1, max: 400 }),
        async (walletIds, kindList, fromDays, toDays, text, limit) => {
          const filter: EventFilter = {
            walletIds,
            kinds: kindList,
            ...(fromDays !== null ? { from: END - fromDays * DAY } : {}),
            ...(toDays !== null ? { to: END - toDays * DAY } : {}),
            ...(text !== undefined ? { text } : {}),
          };
          expect(await pageThrough(filter, limit)).toEqual(expected(filter));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('fetchEventIds', () => {
  it('lists every id of one exact range from index keys, continuing after a cursor', async () => {
    const filter: EventFilter = { walletIds: ['okx'], from: END - 30 * DAY };
    const want = expected(filter);
    expect(await fetchEventIds(db, filter)).toEqual(want);
    const first = await fetchEventPage(db, filter, { limit: 9 });
    const rest = await fetchEventIds(db, filter, first.next ?? undefined);
    expect([...first.events.map((e) => e.id), ...(rest ?? [])]).toEqual(want);
  });

  it('continues after a cursor inside a run of tied times', async () => {
    const tied = expected({}).filter((id) => all.find((e) => e.id === id)!.at === END - DAY * 10);
    expect(tied.length).toBeGreaterThan(20);
    const cursorEvent = all.find((e) => e.id === tied[5])!;
    const rest = await fetchEventIds(db, {}, { at: cursorEvent.at, id: cursorEvent.id });
    const want = expected({});
    expect(rest).toEqual(want.slice(want.indexOf(cursorEvent.id) + 1));
  });

  it('declines filters that need records read', async () => {
    expect(await fetchEventIds(db, { text: 'a' })).toBeNull();
    expect(await fetchEventIds(db, { walletIds: ['okx', 'wise'] })).toBeNull();
    expect(await fetchEventIds(db, { walletIds: ['okx'], kinds: ['notice'] })).toBeNull();
  });
});

describe('index counts and wallet reads', () => {
  it('counts kinds per bucket from the index', async () => {
    const edges = [END - 30 * DAY, END - 20 * DAY, END - 10 * DAY, END + 1];
    const counts = await countKindsByBucket(db, ['login.failure', 'notice'], edges);
    const manual = (kind: string) =>
      edges
        .slice(0, -1)
        .map((s, i) => all.filter((e) => e.kind === kind && e.at >= s && e.at < edges[i + 1]!))
        .map((list) => list.length);
    expect(counts).toEqual([manual('login.failure'), manual('notice')]);
  });

  it("reads a wallet's events oldest first", async () => {
    const got = await walletEvents(db, 'wise', END - 10 * DAY, END);
    const want = all
      .filter((e) => e.walletId === 'wise' && e.at >= END - 10 * DAY && e.at < END)
      .sort((a, b) => a.at - b.at || a.id - b.id);
    expect(got.map((e) => e.id)).toEqual(want.map((e) => e.id));
  });
});
