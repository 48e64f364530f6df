// The import writes a batch per transaction (issue 19, item 8: one transaction of 300,000
// records froze the page): what a cancel, a failure or a changed file leaves, and that the
// chain, the import marker and the source's gaps come out as from one transaction.
import { describe, expect, it } from 'vitest';
import { writeImport } from '../../src/export/import';
import { planImport } from '../../src/export/import-read';
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

/** Imports `text` three records a batch, read twice from the file (keep 0) or kept in memory. */
async function importInBatches(
  db: ReturnType<typeof memoryDb>,
  text: string,
  options: Parameters<typeof writeImport>[4] = {},
  open = () => textChunks(text, 50),
  keep = 0,
) {
  const plan = await planImport(open, NOW, { keep });
  if (!plan.ok) throw new Error(JSON.stringify(plan.error));
  return writeImport(db, plan.header.gaps, plan.batches(3), NOW, options);
}

describe('an import in batches', () => {
  it.each([
    ['read twice', 0],
    ['kept from the first reading', 100],
  ])(
    'ends as one transaction would (%s): same events, one marker, the source’s gaps, chain intact',
    async (_name, keep) => {
      const { db: from, text } = await fileOf(30, async (db) => {
        await pruneExpired(db, 1, T0 + 24 * HOUR + 10 * HOUR);
        await deleteWalletHistory(db, 'binance', NOW);
      });
      const to = memoryDb();
      const done: number[] = [];
      const result = await importInBatches(
        to,
        text,
        { onProgress: (n) => done.push(n) },
        undefined,
        keep,
      );
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
    },
  );

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

  it('a file changed between the two readings: what was written goes again', async () => {
    const { text } = await fileOf(12);
    const changed = text.replace('"path":"/login"', '"path":"/login" ');
    let readings = 0;
    const to = memoryDb();
    const result = await importInBatches(to, text, {}, () => {
      readings += 1;
      return textChunks(readings === 1 ? text : changed, 50);
    });
    expect(result).toEqual({ ok: false, error: { code: 'file-changed' } });
    expect(await to.events.count()).toBe(0);
    expect(await to.gaps.count()).toBe(0);
  });

  it('while the page that imports is gone half-way, the marker says what came in', async () => {
    const { text } = await fileOf(12);
    const to = memoryDb();
    const plan = await planImport(() => textChunks(text), NOW);
    if (!plan.ok) throw new Error('plan');
    const batches = plan.batches(3);
    // Two batches written, then nothing more (the page closed): no rollback ran.
    async function* firstTwo() {
      yield (await batches.next()).value!;
      yield (await batches.next()).value!;
      await new Promise(() => undefined);
    }
    void writeImport(to, plan.header.gaps, firstTwo(), NOW);
    await expect.poll(async () => to.events.count()).toBe(6);
    expect(await to.gaps.toArray()).toMatchObject([
      { reason: 'import', imported: 6, firstId: 1, lastId: 6 },
    ]);
    expect(await verifyChain(to)).toMatchObject({ ok: true, count: 6 });
  });
});
