/**
 * Storage in real Chromium with the built extension (WS_DIST): 100,000 realistic events (the
 * e2e seed's generator: sign-ins, withdrawals with amounts and addresses, notices, en and zh
 * messages) written through the product's own `appendEvents` (src/storage/events.ts: Web Lock,
 * SHA-256 chain, Dexie `bulkAdd`) from an extension page, 1,000 per call.
 *
 * - `storage.bytes-per-event`: growth of `navigator.storage.estimate()` (IndexedDB) over the
 *   100,000 events, divided by 100,000. Target ≤ 400 bytes (issue 9).
 * - `storage.insert-100k`: ms for the 100,000 appends. Target ≤ 5 s.
 *
 * Each run starts from a fresh profile (an empty database); the figure is the median of RUNS.
 * The first run also puts FLOOR_SAMPLE of the same records (hashes included) straight into a
 * copy of the schema with raw IndexedDB, 1,000 per transaction, and prints that rate: what the
 * browser itself takes, which no code of ours can remove.
 * The storage module is bundled here with Vite, from source, and evaluated in the page: the
 * built extension exposes nothing, and the page's CSP only limits the page's own scripts.
 */
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { launchWithExtension } from '../tests/e2e/harness/browser';
import { DIST_CHROME, ROOT } from '../tests/e2e/harness/paths';
import { generateEvents } from '../tests/e2e/harness/seed';
import { type Figure, atMost, median } from './measure';

const EVENTS = 100_000;
const PER_CALL = 1_000;
/** One run: on a loaded 2-core machine the 100,000 writes alone take most of a minute. */
const RUNS = 1;
/** Records put again by raw IndexedDB, for the floor (a sample: the rate is what matters). */
const FLOOR_SAMPLE = 10_000;
const ENTRY = 'virtual:bench-storage';

/** `globalThis.wsBench = { openDb, appendEvents }` as one classic script, from src/storage. */
async function storageBundle(): Promise<string> {
  const from = (file: string) => JSON.stringify(path.join(ROOT, file));
  const entry = [
    `import { openDb } from ${from('src/storage/db.ts')};`,
    `import { appendEvents } from ${from('src/storage/events.ts')};`,
    `import { chainHashSync, hashedContent } from ${from('src/storage/chain.ts')};`,
    `import { withLock } from ${from('src/storage/lock.ts')};`,
    'globalThis.wsBench = { openDb, appendEvents, chainHashSync, hashedContent, withLock };',
  ].join('\n');
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    plugins: [
      {
        name: 'bench-storage-entry',
        resolveId: (id: string) => (id === ENTRY ? `\0${ENTRY}` : undefined),
        load: (id: string) => (id === `\0${ENTRY}` ? entry : undefined),
      },
    ],
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: { input: ENTRY, output: { format: 'iife' } },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
  const chunk = output.output.find((o) => o.type === 'chunk');
  if (!chunk) throw new Error('bench storage bundle: no chunk');
  return chunk.code;
}

interface Run {
  ms: number;
  bytes: number;
  stored: number;
  /** The same records, hashes included, put by raw IndexedDB into a copy of the schema (ms per EVENTS). */
  floorMs?: number;
  /** Where the time goes: each part of appendEvents alone, and alternatives (ms per EVENTS). */
  parts?: Record<string, number>;
}

async function oneRun(bundle: string, events: string[], floor: boolean): Promise<Run> {
  const browser = await launchWithExtension({ extensionDir: DIST_CHROME, port: 9 });
  try {
    const page = await browser.context.newPage();
    // An extension page that runs none of the product's scripts: nothing else reads or writes.
    await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    await page.evaluate(bundle);
    // tsx names the functions it compiles through a `__name` helper the page lacks.
    await page.evaluate('globalThis.__name = (fn) => fn');
    await page.evaluate(() => {
      (globalThis as unknown as { pending: unknown[] }).pending = [];
    });
    // Handed over as JSON strings in slices: Playwright serialises objects one by one, slowly.
    for (const json of events) {
      await page.evaluate((text) => {
        (globalThis as unknown as { pending: unknown[] }).pending.push(...JSON.parse(text));
      }, json);
    }
    return await page.evaluate(
      async ({ perCall, floor, sample }) => {
        type Table = {
          count(): Promise<number>;
          limit(n: number): { toArray(): Promise<unknown[]> };
        };
        type Db = { open(): Promise<unknown>; events: Table; backendDB(): IDBDatabase };
        type Api = {
          openDb(name?: string): Db;
          appendEvents(db: unknown, records: unknown[]): Promise<unknown[]>;
          chainHashSync(previous: string, content: Record<string, unknown>): string;
          hashedContent(record: unknown): Record<string, unknown>;
          withLock(name: string, task: () => Promise<unknown>): Promise<unknown>;
        };
        const g = globalThis as unknown as { wsBench: Api; pending: unknown[] };
        const db = g.wsBench.openDb();
        await db.open();
        const usage = async () => {
          const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
            usageDetails?: { indexedDB?: number };
          };
          return estimate.usageDetails?.indexedDB ?? estimate.usage ?? 0;
        };
        const before = await usage();
        const started = performance.now();
        for (let i = 0; i < g.pending.length; i += perCall) {
          await g.wsBench.appendEvents(db, g.pending.slice(i, i + perCall));
        }
        const ms = performance.now() - started;
        const stored = await db.events.count();
        // IndexedDB settles its files in the background after the last commit.
        await new Promise((resolve) => setTimeout(resolve, 2000));
        const bytes = (await usage()) - before;
        if (!floor) return { ms, bytes, stored };
        // What IndexedDB alone takes for the same records and indexes, without the product's
        // lock, hashing and Dexie: the part of the figure no code of ours can remove.
        const records = (await db.events.limit(sample).toArray()).map((r) => {
          const { id: _id, ...rest } = r as { id: number };
          return rest;
        });
        const copy = g.wsBench.openDb('wallet-sentinel-bench-floor');
        await copy.open();
        const raw = copy.backendDB();
        const floorStarted = performance.now();
        for (let i = 0; i < records.length; i += perCall) {
          await new Promise<void>((resolve, reject) => {
            const tx = raw.transaction('events', 'readwrite');
            const store = tx.objectStore('events');
            for (const record of records.slice(i, i + perCall)) store.add(record);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
        }
        const scale = g.pending.length / records.length;
        const floorMs = (performance.now() - floorStarted) * scale;

        // The parts of appendEvents, and alternatives to it, each on the same sample, each into
        // a fresh database: ms per 100,000.
        const parts: Record<string, number> = { 'raw IndexedDB, 5 indexes, 1,000 per tx': floorMs };
        const fresh = async (name: string, indexes: boolean) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open(name, 1);
            open.onupgradeneeded = () => {
              const store = open.result.createObjectStore('events', {
                keyPath: 'id',
                autoIncrement: true,
              });
              if (!indexes) return;
              store.createIndex('at', 'at');
              store.createIndex('kind', 'kind');
              store.createIndex('walletId+at', ['walletId', 'at']);
              store.createIndex('kind+at', ['kind', 'at']);
              store.createIndex('attemptId', 'attemptId');
            };
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          return db;
        };
        const put = async (
          db: IDBDatabase,
          perTx: number,
          durability: IDBTransactionDurability = 'default',
        ) => {
          const started = performance.now();
          for (let i = 0; i < records.length; i += perTx) {
            await new Promise<void>((resolve, reject) => {
              const tx = db.transaction('events', 'readwrite', { durability });
              const store = tx.objectStore('events');
              for (const record of records.slice(i, i + perTx)) store.add(record);
              tx.oncomplete = () => resolve();
              tx.onerror = () => reject(tx.error);
            });
          }
          return (performance.now() - started) * scale;
        };
        let n = 0;
        parts['raw IndexedDB, no secondary index, 1,000 per tx'] = await put(
          await fresh(`bench-${n++}`, false),
          perCall,
        );
        parts['raw IndexedDB, 5 indexes, 10,000 per tx'] = await put(
          await fresh(`bench-${n++}`, true),
          10 * perCall,
        );
        parts['raw IndexedDB, 5 indexes, 1,000 per tx, relaxed'] = await put(
          await fresh(`bench-${n++}`, true),
          perCall,
          'relaxed',
        );
        parts['raw IndexedDB, 5 indexes, 1,000 per tx, strict'] = await put(
          await fresh(`bench-${n++}`, true),
          perCall,
          'strict',
        );
        // 100 events in one record (a page of the log): what a chunked table would write.
        {
          const db = await fresh(`bench-${n++}`, false);
          const started = performance.now();
          for (let i = 0; i < records.length; i += perCall) {
            await new Promise<void>((resolve, reject) => {
              const tx = db.transaction('events', 'readwrite');
              const store = tx.objectStore('events');
              for (let j = i; j < Math.min(i + perCall, records.length); j += 100) {
                store.add({ events: records.slice(j, j + 100) });
              }
              tx.oncomplete = () => resolve();
              tx.onerror = () => reject(tx.error);
            });
          }
          parts['raw IndexedDB, 100 events per record, no index'] =
            (performance.now() - started) * scale;
        }
        // Dexie bulkAdd of already hashed records: no lock, no hashing.
        {
          const db = g.wsBench.openDb(`bench-${n}`);
          await db.open();
          const started = performance.now();
          for (let i = 0; i < records.length; i += perCall) {
            await (db.events as unknown as { bulkAdd(r: unknown[]): Promise<unknown> }).bulkAdd(
              records.slice(i, i + perCall),
            );
          }
          parts['Dexie bulkAdd, 5 indexes, 1,000 per call'] = (performance.now() - started) * scale;
        }
        // Hashing alone: the chain's SHA-256 over canonical JSON, synchronously.
        {
          const started = performance.now();
          let previous = '0'.repeat(64);
          for (const record of records) {
            previous = g.wsBench.chainHashSync(previous, g.wsBench.hashedContent(record));
          }
          parts['SHA-256 chain hashing alone'] = (performance.now() - started) * scale;
        }
        // The Web Lock alone, once per 1,000-event call.
        {
          const started = performance.now();
          for (let i = 0; i < records.length; i += perCall) {
            await g.wsBench.withLock('bench-lock', async () => undefined);
          }
          parts['Web Lock alone, once per call'] = (performance.now() - started) * scale;
        }
        return { ms, bytes, stored, floorMs, parts };
      },
      { perCall: PER_CALL, floor, sample: FLOOR_SAMPLE },
    );
  } finally {
    await browser.close();
  }
}

export async function storageFigures(): Promise<Figure[]> {
  const bundle = await storageBundle();
  // 300 days: inside the default retention (365), so the daily prune the worker runs a minute
  // after it starts has nothing to delete mid-run.
  const records = generateEvents(EVENTS, { end: Date.now(), days: 300 });
  const slices: string[] = [];
  for (let i = 0; i < records.length; i += 10_000) {
    slices.push(JSON.stringify(records.slice(i, i + 10_000)));
  }
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await oneRun(bundle, slices, i === 0);
    if (run.floorMs !== undefined) {
      console.log(
        `storage: raw IndexedDB puts of the same records, ${FLOOR_SAMPLE} timed: ` +
          `${Math.round(run.floorMs)} ms per 100,000 here; the product's appendEvents took ${Math.round(run.ms)} ms`,
      );
      for (const [part, partMs] of Object.entries(run.parts ?? {})) {
        console.log(`storage: ${part}: ${Math.round(partMs)} ms per 100,000`);
      }
    }
    if (run.stored !== EVENTS) throw new Error(`storage: ${run.stored} of ${EVENTS} stored`);
    if (process.env.BENCH_VERBOSE) console.error('storage run', run);
    runs.push(run);
  }
  return [
    atMost(
      'storage.bytes-per-event',
      Math.round(median(runs.map((r) => r.bytes)) / EVENTS),
      'bytes',
      400,
    ),
    atMost('storage.insert-100k', Math.round(median(runs.map((r) => r.ms))), 'ms', 5000),
  ];
}
