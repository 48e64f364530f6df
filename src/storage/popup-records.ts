import type { RecoveryCase } from '../model/case-types';
import type { Finding, StoredEvent } from '../model/event-types';
import type { SentinelDb } from './db';
import { DB_NAME } from './db-name';

/**
 * The records the popup is made from (src/views/popup-view.ts builds what it shows from them).
 * Read by index, never by scanning the events: the wallets are the keys of the rules' summaries,
 * each wallet's newest event is one `[walletId+at]` lookup, the findings come by `status`.
 */
export interface PopupRecords {
  walletIds: string[];
  /** Each wallet's newest event, in the order of `walletIds`. */
  lastEvents: Array<StoredEvent | undefined>;
  open: Finding[];
  acknowledgedCount: number;
  /** Recovery cases opened from a finding (the popup shows their state on that finding). */
  cases: RecoveryCase[];
}

/** Through Dexie: what the popup's live query reads (it re-runs when these tables change). */
export async function popupRecords(db: SentinelDb): Promise<PopupRecords> {
  // Only the summaries' keys: their fold states can be large and the popup needs none of them.
  const [walletIds, open, acknowledgedCount, cases] = await Promise.all([
    db.summaries.toCollection().primaryKeys(),
    db.findings.where('status').equals('open').toArray(),
    db.findings.where('status').equals('acknowledged').count(),
    db.cases.where('findingId').above('').toArray(),
  ]);
  const lastEvents = await Promise.all(
    walletIds.map((walletId) =>
      db.events.where('[walletId+at]').between([walletId, -Infinity], [walletId, Infinity]).last(),
    ),
  );
  return { walletIds, lastEvents, open, acknowledgedCount, cases };
}

const STORES = ['summaries', 'findings', 'events', 'cases'] as const;

/**
 * The same records through plain IndexedDB, for the popup's first paint when it has no saved view:
 * Dexie is most of the popup's code, and loading it before that paint cost about 30 ms (issue 15).
 * Resolves undefined when the database does not exist yet (it is never created here: the
 * worker's Dexie creates it with its schema) or lacks a store; the caller then uses Dexie.
 */
export function popupRecordsDirect(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<PopupRecords | undefined> {
  return new Promise((resolve) => {
    if (!factory) return resolve(undefined);
    const request = factory.open(DB_NAME);
    // Only fires when there is no database: abort, so none is made without the schema.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      // Never hold up an upgrade by the worker's Dexie (a new version after an update).
      db.onversionchange = () => db.close();
      if (!STORES.every((name) => db.objectStoreNames.contains(name))) {
        db.close();
        return resolve(undefined);
      }
      try {
        readAll(db.transaction([...STORES], 'readonly'), (records) => {
          db.close();
          resolve(records);
        });
      } catch {
        db.close();
        resolve(undefined);
      }
    };
  });
}

/**
 * Reads the records in `tx` and answers as soon as the last read has: not at the transaction's
 * `complete`, which for a read-only transaction only says it ended, one more trip to the
 * browser's storage later. Answers undefined when a read fails.
 */
function readAll(tx: IDBTransaction, done: (records: PopupRecords | undefined) => void) {
  const records: PopupRecords = {
    walletIds: [],
    lastEvents: [],
    open: [],
    acknowledgedCount: 0,
    cases: [],
  };
  let pending = 0;
  let answered = false;
  const answer = (value: PopupRecords | undefined) => {
    if (answered) return;
    answered = true;
    done(value);
  };
  const read = <T>(request: IDBRequest<T>, use: (result: T) => void) => {
    pending++;
    request.onsuccess = () => {
      use(request.result);
      if (--pending === 0) answer(records);
    };
  };
  const status = tx.objectStore('findings').index('status');
  read(status.getAll('open'), (open: Finding[]) => (records.open = open));
  read(status.count('acknowledged'), (count) => (records.acknowledgedCount = count));
  read(tx.objectStore('cases').index('findingId').getAll(), (cases: RecoveryCase[]) => {
    records.cases = cases;
  });
  const byWalletAt = tx.objectStore('events').index('[walletId+at]');
  read(tx.objectStore('summaries').getAllKeys(), (keys) => {
    const ids = keys as string[];
    records.walletIds = ids;
    records.lastEvents = ids.map(() => undefined);
    ids.forEach((walletId, i) => {
      const range = IDBKeyRange.bound([walletId, -Infinity], [walletId, Infinity]);
      read(byWalletAt.openCursor(range, 'prev'), (cursor) => {
        records.lastEvents[i] = cursor?.value as StoredEvent | undefined;
      });
    });
  });
  tx.onerror = tx.onabort = () => answer(undefined);
}
