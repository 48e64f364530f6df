// A damaged or removed database (issue 19, item 4): the checkpoint in storage.local says what the
// database held; a database that comes back empty or behind is found, recorded once as a
// `recovery` gap and shown, and the last export fills the hole. Real-Chromium counterpart:
// tests/e2e/db-damage.test.ts.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importExport, writeImport } from '../../src/export/import';
import { readImport } from '../../src/export/import-read';
import { textChunks } from '../../src/export/verify';
import { eventsFileText, exportEvents } from '../../src/export/json';
import type { NewEvent } from '../../src/model/event-types';
import {
  checkDatabase,
  CHECKPOINT_KEY,
  LOSS_KEY,
  watchDatabase,
  withTimeout,
} from '../../src/storage/checkpoint';
import { openDb, type SentinelDb } from '../../src/storage/db';
import { verifyChain } from '../../src/storage/events';
import { deleteAllHistory } from '../../src/storage/retention';
import { storeEvent, type EventStorage } from '../../src/storage/store-event';
import { memoryArea } from './helpers/memory-db';

const T0 = Date.UTC(2026, 10, 1, 9);
const MINUTE = 60_000;
const NOW = T0 + 1000 * MINUTE;
const ev = (i: number): NewEvent => ({
  at: T0 + i * MINUTE,
  kind: i % 2 ? 'login.failure' : 'login.attempt',
  walletId: 'paypal',
  origin: 'https://www.paypal.com',
  path: '/signin',
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

/** The worker's side: one IndexedDB (deletable from "another page"), a watched connection. */
async function worker() {
  const factory = new IDBFactory();
  const db = openDb('wallet-sentinel', { indexedDB: factory, IDBKeyRange });
  const local = memoryArea();
  await watchDatabase(db, local, () => NOW);
  const deps: EventStorage = { db, local, now: () => NOW };
  const record = async (from: number, to: number) => {
    for (let i = from; i <= to; i += 1) await storeEvent(deps, ev(i), `d-${i}`, false);
    await settle();
  };
  const removeDatabase = () =>
    new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase('wallet-sentinel');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
  return { db, local, deps, record, removeDatabase };
}

const recoveryGaps = async (db: SentinelDb) =>
  (await db.gaps.toArray()).filter((gap) => gap.reason === 'recovery');

describe('database checkpoint', () => {
  it('keeps the newest id, hash and count after each burst of writes', async () => {
    const { db, local, record } = await worker();
    await record(1, 5);
    const last = await db.events.get(5);
    expect(local.data.get(CHECKPOINT_KEY)).toMatchObject({
      lastId: 5,
      head: last?.hash,
      count: 5,
      firstId: 1,
      firstAt: ev(1).at,
      lastAt: ev(5).at,
    });
    expect(local.data.has(LOSS_KEY)).toBe(false);
  });

  it('finds a deleted database at the next write, says what went once, and the export restores it', async () => {
    const { db, local, deps, record, removeDatabase } = await worker();
    await record(1, 6);
    const exported = eventsFileText(await exportEvents(db, {}, NOW));
    await removeDatabase();
    await storeEvent(deps, ev(7), 'd-7', false);
    await settle();
    expect(local.data.get(LOSS_KEY)).toEqual({
      detectedAt: NOW,
      lost: 6,
      firstId: 1,
      lastId: 6,
      fromAt: ev(1).at,
      toAt: ev(6).at,
      kept: 0,
      restored: 0,
    });
    expect(await recoveryGaps(db)).toMatchObject([
      { reason: 'recovery', removed: 6, firstId: 1, lastId: 6 },
    ]);
    // New events take ids after the lost ones.
    expect((await db.events.toArray()).map((e) => e.id)).toEqual([7]);
    // Compared again (a page opening, another worker start): nothing reported twice.
    expect(await checkDatabase(db, local, NOW + 1)).toEqual({ state: 'ok' });
    expect(await recoveryGaps(db)).toHaveLength(1);

    const result = await importExport(db, exported, NOW);
    expect(result).toMatchObject({ ok: true, added: 6 });
    await checkDatabase(db, local, NOW + 2);
    expect(local.data.get(LOSS_KEY)).toMatchObject({ lost: 6, restored: 6 });
    expect((await db.events.toArray()).map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await verifyChain(db)).toMatchObject({ ok: true, count: 7 });
    // And recording goes on, chained.
    await record(8, 8);
    expect(await verifyChain(db)).toMatchObject({ ok: true, count: 8 });
  });

  it('finds a database behind its checkpoint (the newest writes lost) and restores part of it', async () => {
    const { db, local, record } = await worker();
    await record(1, 5);
    const early = eventsFileText(await exportEvents(db, {}, NOW));
    await record(6, 10);
    // A truncated log file: the newest records are gone, no gap says why.
    await db.events.bulkDelete([7, 8, 9, 10]);
    const outcome = await checkDatabase(db, local, NOW);
    expect(outcome).toMatchObject({
      state: 'lost',
      loss: { lost: 4, firstId: 7, lastId: 10, fromAt: ev(6).at, toAt: ev(10).at },
    });
    await record(11, 12);
    expect((await db.events.toArray()).map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6, 11, 12]);
    // An export older than the loss restores nothing of it, and adds nothing twice.
    expect(await importExport(db, early, NOW)).toMatchObject({ ok: true, added: 0 });
    await checkDatabase(db, local, NOW);
    expect(local.data.get(LOSS_KEY)).toMatchObject({ lost: 4, restored: 0 });
    expect(await verifyChain(db)).toMatchObject({ ok: true, count: 8 });
  });

  it('fills part of a lost range and keeps the chain verifiable across it', async () => {
    const { db, local, record } = await worker();
    await record(1, 8);
    const exported = eventsFileText(await exportEvents(db, { walletIds: [] }, NOW));
    await record(9, 10);
    await db.events.bulkDelete([5, 6, 7, 8, 9, 10]);
    await checkDatabase(db, local, NOW);
    await record(11, 11);
    expect(await importExport(db, exported, NOW)).toMatchObject({ ok: true, added: 4 });
    await checkDatabase(db, local, NOW);
    expect(local.data.get(LOSS_KEY)).toMatchObject({ lost: 6, restored: 4 });
    expect((await db.events.toArray()).map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 11]);
    expect(await verifyChain(db)).toMatchObject({ ok: true, count: 9 });
  });

  it('finds writes lost out of id order (a cut log keeps an older table) and fills around the survivor', async () => {
    const { db, local, record } = await worker();
    await record(1, 6);
    const exported = eventsFileText(await exportEvents(db, {}, NOW));
    await db.events.bulkDelete([1, 2, 4, 5, 6]);
    const outcome = await checkDatabase(db, local, NOW);
    expect(outcome).toMatchObject({
      state: 'lost',
      loss: { lost: 5, firstId: 1, lastId: 6, kept: 1, fromAt: ev(1).at, toAt: ev(6).at },
    });
    await record(7, 7);
    expect(await importExport(db, exported, NOW)).toMatchObject({ ok: true, added: 5, skipped: 1 });
    await checkDatabase(db, local, NOW);
    expect(local.data.get(LOSS_KEY)).toMatchObject({ lost: 5, restored: 5 });
    expect((await db.events.toArray()).map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await verifyChain(db)).toMatchObject({ ok: true, count: 7 });
  });

  it('records one loss when several pages compare at the same moment', async () => {
    const { db, local, record } = await worker();
    await record(1, 5);
    await db.events.bulkDelete([4, 5]);
    const outcomes = await Promise.all([1, 2, 3].map(() => checkDatabase(db, local, NOW)));
    expect(outcomes.map((o) => o.state).sort()).toEqual(['lost', 'ok', 'ok']);
    expect(await recoveryGaps(db)).toMatchObject([{ removed: 2, firstId: 4, lastId: 5 }]);
  });

  it('takes deletions the person asked for as no loss', async () => {
    const { db, local, record } = await worker();
    await record(1, 4);
    await deleteAllHistory(db, NOW);
    expect(await checkDatabase(db, local, NOW)).toEqual({ state: 'ok' });
    expect(await recoveryGaps(db)).toHaveLength(0);
    expect(local.data.get(CHECKPOINT_KEY)).toMatchObject({ lastId: 0, count: 0 });
  });

  it('an import cancelled after a page compared part-way is no loss', async () => {
    const from = await worker();
    await from.record(1, 12);
    const text = eventsFileText(await exportEvents(from.db, {}, NOW));
    const { db, local } = await worker();
    const reading = await readImport(textChunks(text), NOW, { batch: 3 });
    if (!reading.ok) throw new Error(JSON.stringify(reading.error));
    const { batches: read } = reading;
    const controller = new AbortController();
    // A page opening (or hearing of the writes) compares while the import has written some.
    async function* comparedPartWay() {
      let batches = 0;
      for await (const batch of read) {
        yield batch;
        batches += 1;
        if (batches === 2) {
          expect(await db.events.count()).toBeGreaterThan(0);
          await checkDatabase(db, local, NOW);
          controller.abort();
        }
      }
    }
    const result = await writeImport(db, reading.header.gaps, comparedPartWay(), NOW, {
      signal: controller.signal,
    });
    expect(result).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(await db.events.count()).toBe(0);
    expect(await checkDatabase(db, local, NOW)).toEqual({ state: 'ok' });
    expect(await recoveryGaps(db)).toHaveLength(0);
    expect(local.data.get(LOSS_KEY)).toBeUndefined();
  });

  it('a database that does not answer gives an error, not a wait', async () => {
    await expect(withTimeout(new Promise(() => undefined), 50)).rejects.toThrow(/no answer/);
  });
});
