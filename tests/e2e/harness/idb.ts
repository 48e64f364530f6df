/** A page to evaluate in: a Playwright `Page`, or the Firefox adapter's `FirefoxPage`. */
export interface EvaluatingPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** The contract database and store names (DESIGN.md, "Contracts"). */
export const DB_NAME = 'wallet-sentinel';
export const EVENTS_STORE = 'events';

/** A stored `events` record; fields as in DESIGN.md, kept loose so tests see what is really there. */
export interface StoredEventRecord {
  id: number;
  at: number;
  kind: string;
  walletId: string;
  origin: string;
  path: string;
  [field: string]: unknown;
}

/**
 * Every record of `wallet-sentinel` / `events`, sorted by id, read with the raw IndexedDB API
 * from an extension page (chrome-extension://ID/popup.html) so no product code is trusted.
 * An absent database or store reads as no events (and is not created).
 */
export async function readAllEvents(page: EvaluatingPage): Promise<StoredEventRecord[]> {
  const records = await page.evaluate(readStoreInPage, { dbName: DB_NAME, store: EVENTS_STORE });
  return (records as StoredEventRecord[]).sort((a, b) => a.id - b.id);
}

/** Polls readAllEvents every 200 ms until `predicate` holds; the error lists what was seen. */
export async function waitForEvents(
  page: EvaluatingPage,
  predicate: (events: StoredEventRecord[]) => boolean,
  timeoutMs = 10_000,
): Promise<StoredEventRecord[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const events = await readAllEvents(page);
    if (predicate(events)) return events;
    if (Date.now() >= deadline) throw waitError(events, timeoutMs);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function waitError(events: StoredEventRecord[], timeoutMs: number): Error {
  const seen = events
    .map((e) => `  #${e.id} ${e.kind} ${e.walletId} ${e.origin}${e.path}`)
    .join('\n');
  return new Error(
    `waitForEvents timed out after ${timeoutMs} ms; ${events.length} event(s) seen:\n${seen || '  (none)'}`,
  );
}

/**
 * JSON of everything the extension stores: each object store of `wallet-sentinel`, and
 * chrome.storage local / sync / session (an area that throws is recorded as `{error}`).
 */
export async function dumpExtensionStorage(page: EvaluatingPage): Promise<string> {
  const dump = await page.evaluate(async (dbName) => {
    const openDb = (): Promise<IDBDatabase | null> =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open(dbName);
        // Opening an absent database would create it at version 1: abort that instead.
        req.onupgradeneeded = () => {
          req.transaction?.abort();
          resolve(null);
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => (req.error?.name === 'AbortError' ? resolve(null) : reject(req.error));
      });
    const indexedDb: Record<string, unknown[]> = {};
    const db = await openDb();
    if (db) {
      for (const name of Array.from(db.objectStoreNames)) {
        indexedDb[name] = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result as unknown[]);
          req.onerror = () => reject(req.error);
        });
      }
      db.close();
    }
    const api = (
      globalThis as unknown as {
        chrome: { storage: Record<string, { get(k: null): Promise<unknown> }> };
      }
    ).chrome;
    const area = async (name: string): Promise<unknown> => {
      try {
        return await api.storage[name]!.get(null);
      } catch (error) {
        return { error: String(error) };
      }
    };
    return {
      indexedDb: db ? indexedDb : null,
      storage: {
        local: await area('local'),
        sync: await area('sync'),
        session: await area('session'),
      },
    };
  }, DB_NAME);
  return JSON.stringify(dump, null, 2);
}

/** Runs inside the page: getAll() of one store, [] when the database or store does not exist. */
/** Every record of one store of `wallet-sentinel`, read with the raw IndexedDB API. */
export function readStore<T = Record<string, unknown>>(
  page: EvaluatingPage,
  store: string,
): Promise<T[]> {
  return page.evaluate(readStoreInPage, { dbName: DB_NAME, store }) as Promise<T[]>;
}

function readStoreInPage({ dbName, store }: { dbName: string; store: string }): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName);
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = () => (req.error?.name === 'AbortError' ? resolve([]) : reject(req.error));
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(store)) {
        db.close();
        resolve([]);
        return;
      }
      const get = db.transaction(store, 'readonly').objectStore(store).getAll();
      get.onsuccess = () => {
        db.close();
        resolve(get.result as unknown[]);
      };
      get.onerror = () => {
        db.close();
        reject(get.error);
      };
    };
  });
}

export interface ShotSummary {
  id: number;
  at: number;
  walletId: string;
  path: string;
  type: string;
  eventId?: number;
  sha256: string;
  size: number;
  /** The first bytes, hex: a JPEG starts ffd8ff. */
  head: string;
  /** SHA-256 of the bytes, computed here in the page, not by the product. */
  digest: string;
}

/**
 * The stored screenshots, read with raw IndexedDB from an extension page `page`: each record
 * without its bytes, with their size, first bytes and SHA-256 computed here instead.
 */
export function readScreenshots(page: EvaluatingPage): Promise<ShotSummary[]> {
  return page.evaluate(async (_: undefined) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('wallet-sentinel');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    if (!db.objectStoreNames.contains('screenshots')) return [];
    const rows = await new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
      const req = db.transaction('screenshots').objectStore('screenshots').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    const hex = (bytes: Uint8Array) =>
      Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return Promise.all(
      rows.map(async ({ bytes, ...rest }) => {
        const data = bytes as Uint8Array;
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
        return { ...rest, size: data.length, head: hex(data.subarray(0, 3)), digest: hex(digest) };
      }),
    ) as Promise<ShotSummary[]>;
  }, undefined);
}
