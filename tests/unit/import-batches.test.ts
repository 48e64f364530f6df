// The import writes a batch per transaction (issue 19, item 8: one transaction of 300,000
// records froze the page) while it reads and checks the next: what a cancel, a failure or a file
// found bad after some batches were written leaves, and that the chain, the import marker and
// the source's gaps come out as from one transaction.
import { describe, expect, it } from 'vitest';
import { writeImport } from '../../src/export/import';
import { readImport } from '../../src/export/import-read';
import { eventsFileText, exportEvents } from '../../src/export/json';
import { textChunks } from '../../src/export/verify';
import type { NewEvent } from '../../src/model/event-types';
import { appendEvents, chainHead, verifyChain } from '../../src/storage/events';
import { deleteWalletHistory, pruneExpired } from '../../src/storage/retention';
import { memoryDb } from './helpers/memory-db';

const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);
const HOUR = 3_600_000;
const NOW = T0 + 100 * HOUR;
const wallets = ['paypal', 'binance', 'alipay'];
const ev = (i: number): NewEvent => ({
  walletId: wallets[i % 3]!,
  origin: `https://www.${wallets[i % 3]}.com`,
  path: '/login',
  at: T0 + i * HOUR,
  kind: i % 4 === 0 ? 'login.failure' : 'login.attempt',
});

async function fileOf(n: number, prepare?: (db: ReturnType<typeof memoryDb>) => Promise<void>) {
  const db = memoryDb();
  await appendEvents(
    db,
    Array.from({ length: n }, (_, i) => ev(i)),
  );
  await prepare?.(db);
  return { db, text: eventsFileText(await exportEvents(db, {}, NOW)) };
}

async function snapshot(db: ReturnType<typeof memoryDb>) {
  return { events: await db.events.toArray(), gaps: await db.gaps.toArray() };
}

/** Imports `text` three records a batch, read in pieces of 50 characters. */
async function importInBatches(
  db: ReturnType<typeof memoryDb>,
  text: string,
  options: Parameters<typeof writeImport>[4] = {},
) {
  const reading = await readImport(textChunks(text, 50), NOW, { batch: 3 });
  if (!reading.ok) throw new Error(JSON.stringify(reading.error));
  return writeImport(db, reading.header.gaps, reading.batches, NOW, options);
}

describe('an import in batches', () => {
  it('ends as one transaction would: same events, one marker, the source’s gaps, chain intact', async () => {
    const { db: from, text } = await fileOf(30, async (db) => {
      await pruneExpired(db, 1, T0 + 24 * HOUR + 10 * HOUR);
      await deleteWalletHistory(db, 'binance', NOW);
    });
    const to = memoryDb();
    const done: number[] = [];
    const result = await importInBatches(to, text, { onProgress: (n) => done.push(n) });
    expect(result).toMatchObject({ ok: true, added: 13, skipped: 0, gaps: 3 });
    expect(done).toEqual([3, 6, 9, 12, 13]);
    expect(await to.events.toArray()).toEqual(await from.events.toArray());
    expect((await to.gaps.toArray()).map((g) => g.reason)).toEqual([
      'retention',
      'delete-wallet',
      'import',
    ]);
    expect((await to.gaps.toArray()).filter((g) => g.reason === 'import')).toMatchObject([
      { imported: 13, firstId: (await from.events.toArray())[0]!.id, lastId: 30 },
    ]);
    expect(await verifyChain(to)).toMatchObject({
      ok: true,
      count: 13,
      head: await chainHead(from),
    });
  });

  it('cancelled after some batches were written: the database is as it was', async () => {
    const { text } = await fileOf(12);
    const to = memoryDb();
    await appendEvents(to, []);
    const before = await snapshot(to);
    const controller = new AbortController();
    const result = await importInBatches(to, text, {
      signal: controller.signal,
      onProgress: (n) => {
        if (n === 6) controller.abort();
      },
    });
    expect(result).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(await snapshot(to)).toEqual(before);
  });

  it('a storage failure in a later batch removes the earlier ones', async () => {
    const { text } = await fileOf(12);
    const to = memoryDb();
    let seen = 0;
    to.events.hook('creating', () => {
      seen += 1;
      if (seen === 8) throw new Error('disk on fire');
    });
    const result = await importInBatches(to, text);
    expect(result).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(await to.events.count()).toBe(0);
    expect(await to.gaps.count()).toBe(0);
  });

  const changeRecord10 = (text: string) =>
    text.replace(/("n":10,[^\n]*?)"path":"\/login"/, '$1"path":"/logout"');
  const dropLastRecord = (text: string) =>
    `${text.trimEnd().split('\n').slice(0, -1).join('\n')}\n`;

  it.each([
    [
      'a record changed',
      changeRecord10,
      { code: 'not-verified', failure: { reason: 'changed', index: 10 } },
    ],
    [
      'its last record removed',
      dropLastRecord,
      { code: 'not-verified', failure: { reason: 'removed', index: 11 } },
    ],
  ])(
    'a file found bad after batches were written (%s): they go again, the file’s failure is said',
    async (_name, spoil, error) => {
      const { text } = await fileOf(12);
      const to = memoryDb();
      await appendEvents(to, []);
      const before = await snapshot(to);
      const written: number[] = [];
      const result = await importInBatches(to, spoil(text), { onProgress: (n) => written.push(n) });
      expect(written).toEqual([3, 6, 9]);
      expect(result).toMatchObject({ ok: false, error });
      expect(await snapshot(to)).toEqual(before);
    },
  );

  it('a record this extension could not have recorded, after batches were written: they go again', async () => {
    const from = memoryDb();
    // Record 10 is from a day after the import's `now`; its hashes are right.
    await appendEvents(
      from,
      Array.from({ length: 12 }, (_, i) => (i === 10 ? { ...ev(i), at: NOW + 24 * HOUR } : ev(i))),
    );
    const text = eventsFileText(await exportEvents(from, {}, NOW + 48 * HOUR));
    const to = memoryDb();
    const written: number[] = [];
    const result = await importInBatches(to, text, { onProgress: (n) => written.push(n) });
    expect(written).toEqual([3, 6, 9]);
    expect(result).toEqual({
      ok: false,
      error: { code: 'bad-record', index: 10, id: 11, field: 'at', problem: 'out-of-range' },
    });
    expect(await to.events.count()).toBe(0);
    expect(await to.gaps.count()).toBe(0);
  });

  it('a record already here that differs, in a file bad further on: the file’s failure is said', async () => {
    const { db: from, text } = await fileOf(12);
    const to = memoryDb();
    await appendEvents(to, [{ ...ev(0), path: '/other' }]);
    const before = await snapshot(to);
    const last = (await from.events.toArray()).at(-1)!;
    const spoilt = text.replace(`"hash":"${last.hash}"`, `"hash":"${'0'.repeat(64)}"`);
    const result = await importInBatches(to, spoilt);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-verified' } });
    expect(await snapshot(to)).toEqual(before);
    // The same file intact is refused for the record that differs.
    expect(await importInBatches(to, text)).toEqual({
      ok: false,
      error: { code: 'conflict', id: 1 },
    });
  });

  it('while the page that imports is gone half-way, the marker says what came in', async () => {
    const { text } = await fileOf(12);
    const to = memoryDb();
    const reading = await readImport(textChunks(text), NOW, { batch: 3 });
    if (!reading.ok) throw new Error('reading');
    const batches = reading.batches;
    // Two batches written, then nothing more (the page closed): no rollback ran.
    async function* firstTwo() {
      yield (await batches.next()).value!;
      yield (await batches.next()).value!;
      await new Promise(() => undefined);
    }
    void writeImport(to, reading.header.gaps, firstTwo(), NOW);
    await expect.poll(async () => to.events.count()).toBe(6);
    expect(await to.gaps.toArray()).toMatchObject([
      { reason: 'import', imported: 6, firstId: 1, lastId: 6 },
    ]);
    expect(await verifyChain(to)).toMatchObject({ ok: true, count: 6 });
  });
});
