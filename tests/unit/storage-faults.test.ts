// Storage faults (issue 8, item 7): a full disk and a database that will not open. The worker's
// door (handleContentMessage) runs on fake-indexeddb; the faults are injected below IndexedDB's
// API the way a browser reports them: QuotaExceededError on a write, an error on open.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { handleContentMessage } from '../../src/background/handle-content-message';
import { flushHeld, PRUNE_BATCH } from '../../src/storage/store-event';
import { openDb, type SentinelDb } from '../../src/storage/db';
import { appendEvents, verifyChain } from '../../src/storage/events';
import type { NewEvent } from '../../src/model/event-types';
import { MAX_HELD, readHeld } from '../../src/storage/held-events';
import { DEFAULT_SETTINGS } from '../../src/storage/settings';
import { deleteAllHistory, idsUsedUp } from '../../src/storage/retention';
import { readStorageStatus } from '../../src/storage/storage-status';
import { doorDeps, tabSender } from './helpers/door';
import { memoryArea } from './helpers/memory-db';

const NOW = Date.UTC(2026, 10, 25, 12);
const tab = tabSender('https://www.paypal.com/myaccount', 7);
let n = 0;
const logout = () => ({
  type: 'observe',
  kind: 'logout',
  path: '/myaccount',
  deliveryId: `5e7f0000-${String((n += 1)).padStart(4, '0')}`,
});

/**
 * A database that holds at most `capacity` events: adding more fails as Chromium fails a write
 * over quota. Deleting makes room again.
 */
function cappedDb(capacity: { events: number }) {
  const db = openDb('wallet-sentinel', { indexedDB: new IDBFactory(), IDBKeyRange });
  let stored = 0;
  db.use({
    stack: 'dbcore',
    name: 'quota',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'events') return table;
        return {
          ...table,
          async mutate(req) {
            if (req.type === 'add' && stored + req.values.length > capacity.events) {
              throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            }
            const result = await table.mutate(req);
            if (req.type === 'add') stored += req.values.length - result.numFailures;
            if (req.type === 'delete') stored -= req.keys.length;
            return result;
          },
        };
      },
    }),
  });
  return db;
}

function door(db: SentinelDb, retentionDays: number | null) {
  const local = memoryArea({ settings: { ...DEFAULT_SETTINGS, retentionDays } });
  return doorDeps(NOW, { db, local });
}

const old = (i: number): NewEvent => ({
  at: NOW - 300 * 86_400_000 + i * 60_000,
  kind: 'login.success',
  walletId: 'paypal',
  origin: 'https://www.paypal.com',
  path: '/signin',
});

describe('storage full', () => {
  it('keeps new events waiting, tells the user, and stores them in order once there is room', async () => {
    const capacity = { events: 0 };
    const { deps, local } = door(cappedDb(capacity), null);
    const sent = [logout(), logout(), logout()];
    for (const message of sent) {
      expect(await handleContentMessage(message, tab, deps)).toEqual({ ok: true, held: true });
    }
    expect(await deps.db.events.count()).toBe(0);
    expect(await readStorageStatus(local)).toMatchObject({ state: 'full', since: NOW, held: 3 });
    // "Keep everything": nothing of the user's is deleted to make room.
    expect(await deps.db.gaps.count()).toBe(0);

    capacity.events = 100;
    const { stored, remaining } = await flushHeld(deps, false);
    expect(remaining).toBe(0);
    expect(stored.map((e) => e.id)).toEqual([1, 2, 3]);
    expect(await readStorageStatus(local)).toMatchObject({ state: 'ok', held: 0 });
    expect(await readHeld(local)).toEqual([]);
    // A late resend of a held observation is recognised by its delivery id.
    await handleContentMessage(sent[0], tab, deps);
    expect(await deps.db.events.count()).toBe(3);
    expect(await verifyChain(deps.db)).toMatchObject({ ok: true, count: 3 });
  });

  it('makes room by removing the oldest events, as a recorded gap, when a retention period is set', async () => {
    const capacity = { events: 250 };
    const { deps, local } = door(cappedDb(capacity), 365);
    await appendEvents(
      deps.db,
      Array.from({ length: 250 }, (_, i) => old(i)),
    );
    const response = await handleContentMessage(logout(), tab, deps);
    expect(response.ok).toBe(true);
    const events = await deps.db.events.orderBy(':id').toArray();
    expect(events.length).toBe(250 - PRUNE_BATCH + 1);
    // The oldest went first; the new event is stored.
    expect(events[0]?.id).toBe(PRUNE_BATCH + 1);
    expect(events.at(-1)).toMatchObject({ kind: 'logout', at: NOW });
    const gaps = await deps.db.gaps.toArray();
    expect(gaps).toMatchObject([{ reason: 'retention', removed: PRUNE_BATCH }]);
    expect(await verifyChain(deps.db)).toMatchObject({ ok: true, gapsCrossed: 1 });
    expect(await readStorageStatus(local)).toMatchObject({
      state: 'ok',
      held: 0,
      pruned: PRUNE_BATCH,
    });
  });

  it('bounds the waiting room and counts what it had to give up', async () => {
    const { deps, local } = door(cappedDb({ events: 0 }), null);
    for (let i = 0; i < MAX_HELD + 2; i += 1) await handleContentMessage(logout(), tab, deps);
    expect((await readHeld(local)).length).toBe(MAX_HELD);
    expect(await readStorageStatus(local)).toMatchObject({
      state: 'full',
      held: MAX_HELD,
      dropped: 2,
    });
  }, 60_000);
});

/**
 * An IndexedDB whose `open` fails with Chromium's "Internal error opening backing store" while
 * `broken()` says so; everything else is fake-indexeddb.
 */
function breakableFactory(broken: (name: string) => boolean) {
  const real = new IDBFactory();
  let opens = 0;
  const factory = {
    get opens() {
      return opens;
    },
    cmp: real.cmp.bind(real),
    databases: real.databases.bind(real),
    deleteDatabase: real.deleteDatabase.bind(real),
    open(name: string, version?: number) {
      opens += 1;
      if (!broken(name)) return real.open(name, version);
      const request: Record<string, unknown> = { readyState: 'pending' };
      setTimeout(() => {
        request.readyState = 'done';
        request.error = new DOMException('Internal error opening backing store', 'UnknownError');
        const event = { target: request, preventDefault() {}, stopPropagation() {} };
        (request.onerror as ((e: unknown) => void) | undefined)?.(event);
      });
      return request;
    },
  };
  return { real, factory };
}

describe('database fails to open', () => {
  it('tries again and keeps everything when the failure passes', async () => {
    // Dexie itself retries an UnknownError once; the third open succeeds.
    let failures = 2;
    const { real, factory } = breakableFactory(() => failures-- > 0);
    const before = openDb('wallet-sentinel', { indexedDB: real, IDBKeyRange });
    await appendEvents(before, [old(1), old(2)]);
    before.close();

    const { deps } = door(
      openDb('wallet-sentinel', { indexedDB: factory as never, IDBKeyRange }),
      null,
    );
    expect((await handleContentMessage(logout(), tab, deps)).ok).toBe(true);
    expect(factory.opens).toBe(3);
    expect(await deps.db.events.count()).toBe(3);
    expect(await deps.db.gaps.count()).toBe(0);
    expect(await verifyChain(deps.db)).toMatchObject({ ok: true, count: 3 });
  });

  it('deletes nothing when it stays unreadable: new events wait, the user is told, all is stored once it opens', async () => {
    let damaged = true;
    const { real, factory } = breakableFactory(() => damaged);
    const before = openDb('wallet-sentinel', { indexedDB: real, IDBKeyRange });
    await appendEvents(before, [old(1), old(2)]);
    before.close();
    let deletions = 0;
    factory.deleteDatabase = (name: string) => {
      deletions += 1;
      return real.deleteDatabase(name);
    };

    const { deps, local } = door(
      openDb('wallet-sentinel', { indexedDB: factory as never, IDBKeyRange }),
      null,
    );
    expect(await handleContentMessage(logout(), tab, deps)).toEqual({ ok: true, held: true });
    expect(await handleContentMessage(logout(), tab, deps)).toEqual({ ok: true, held: true });
    expect(deletions).toBe(0);
    expect(await readHeld(local)).toHaveLength(2);
    expect(await readStorageStatus(local)).toMatchObject({ state: 'unavailable', held: 2 });

    // The disk comes back (a restart, the alarm a minute later): the old events are all there,
    // the waiting ones follow them in order, the chain holds, and the notice goes.
    damaged = false;
    await flushHeld(deps, false);
    expect((await deps.db.events.toArray()).map((e) => e.kind)).toEqual([
      ...[old(1), old(2)].map((e) => e.kind),
      'logout',
      'logout',
    ]);
    expect(await deps.db.gaps.count()).toBe(0);
    expect(await verifyChain(deps.db)).toMatchObject({ ok: true, count: 4 });
    expect(await readStorageStatus(local)).toMatchObject({ state: 'ok', held: 0 });
  });
});

describe('any other write error (issue 19, item 1)', () => {
  /** A database whose key generator is used up: a record once numbered 2^53, then removed. */
  async function exhaustedDb() {
    const db = openDb('wallet-sentinel', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.events.put({ ...old(0), id: 2 ** 53, hash: '' } as never);
    await db.events.delete(2 ** 53);
    return db;
  }

  it('keeps every event waiting, names the error, and never gives one up after a while', async () => {
    const db = await exhaustedDb();
    const { deps, local } = door(db, 365);
    for (let i = 0; i < 3; i += 1) {
      expect(await handleContentMessage(logout(), tab, deps)).toEqual({ ok: true, held: true });
    }
    // The alarm's flush a minute later, and again much later: still refused, still waiting.
    await flushHeld(deps, true);
    await flushHeld(deps, true);
    expect(await readHeld(local)).toHaveLength(3);
    expect(await readStorageStatus(local)).toMatchObject({
      state: 'refused',
      error: 'ConstraintError',
      held: 3,
      dropped: 0,
    });
    expect(await db.events.count()).toBe(0);
  });

  it('"Delete everything" starts the ids anew; the waiting events are then stored, cases kept', async () => {
    const db = await exhaustedDb();
    await db.events.put({ ...old(1), id: 2 ** 53 + 2, hash: 'x' } as never);
    const caseId = await db.cases.add({ walletId: 'paypal', status: 'open' } as never);
    const { deps, local } = door(db, null);
    expect(await handleContentMessage(logout(), tab, deps)).toEqual({ ok: true, held: true });
    expect(await idsUsedUp(db, NOW)).toBe(true);

    expect(await deleteAllHistory(db, NOW)).toBe(1);
    expect(await idsUsedUp(db, NOW)).toBe(false);
    expect(await db.cases.get(caseId)).toMatchObject({ walletId: 'paypal' });
    expect(await db.gaps.toArray()).toMatchObject([{ reason: 'delete-all', removed: 1 }]);

    const { stored } = await flushHeld(deps, false);
    expect(stored.map((e) => [e.kind, e.id])).toEqual([['logout', 1]]);
    expect(await readStorageStatus(local)).toMatchObject({ state: 'ok', held: 0 });
    expect(await verifyChain(db)).toMatchObject({ ok: true, count: 1 });
  });

  it('a database with room is not made anew by "Delete everything"', async () => {
    const db = openDb('wallet-sentinel', { indexedDB: new IDBFactory(), IDBKeyRange });
    await appendEvents(db, [old(1), old(2)]);
    expect(await idsUsedUp(db, NOW)).toBe(false);
    await deleteAllHistory(db, NOW);
    const [next] = await appendEvents(db, [old(3)]);
    // The key generator carried on: the database was cleared, not deleted.
    expect(next?.id).toBe(3);
  });
});
