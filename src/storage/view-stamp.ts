import type { Dexie } from 'dexie';

/**
 * A saved view: what a page showed, kept in `storage.session` so the page's next opening can
 * paint it without waiting for IndexedDB (opening the database costs a new extension page about
 * 80 ms, reading `storage.session` about 3 ms). A view is only used while it is current:
 *
 * - Every write to a table a view is made from changes the **stamp** (`viewStamp`), once when the
 *   write starts and again when its transaction has committed. The middleware below is part of
 *   every `openDb()`, so no writer (worker, log, options, popup) can forget it.
 * - A view is saved with the stamp read *before* the database was read for it. It is current only
 *   while the stored stamp is still that one: a write that committed after the stamp was read
 *   (and so perhaps after the read) changes the stamp, and the view is ignored.
 *
 * The page still reads the database after painting and replaces the view with what it finds, so
 * even a view that survived a worker killed between commit and its second stamp is shown only
 * for the moment that read takes.
 *
 * `storage.session` lives in memory, is emptied when the browser closes, and is open only to the
 * extension's own pages and worker (content scripts cannot read it).
 */
export const VIEW_STAMP_KEY = 'viewStamp';

/** The tables whose writes make saved views stale (the popup shows a finding's case). */
const VIEWED_TABLES = new Set(['events', 'findings', 'summaries', 'cases']);

export interface SessionStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The browser's `storage.session` where there is one (not in Node tests, not in a web page). */
export function sessionStore(): SessionStore | undefined {
  const scope = globalThis as {
    browser?: { storage?: { session?: SessionStore } };
    chrome?: { storage?: { session?: SessionStore } };
  };
  return scope.browser?.storage?.session ?? scope.chrome?.storage?.session;
}

function newStamp(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Before any write the stamp is undefined; a view saved then carries this in its place. */
const FIRST_STAMP = 'start';

/**
 * Dexie middleware: changes the stamp when a write to a viewed table starts, and again when its
 * transaction completes. Best effort: a failed `storage.session` call never fails the write.
 */
export function stampViewsOnWrite(db: Dexie, store: SessionStore | undefined = sessionStore()) {
  if (!store) return;
  const bump = () => void store.set({ [VIEW_STAMP_KEY]: newStamp() }).catch(() => undefined);
  const stamped = new WeakSet<object>();
  db.use({
    stack: 'dbcore',
    name: 'view-stamp',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (!VIEWED_TABLES.has(name)) return table;
        return {
          ...table,
          mutate: (req) => {
            // Dexie's IndexedDB core hands the IDBTransaction itself down as `trans`.
            const trans = req.trans as unknown as IDBTransaction;
            if (!stamped.has(trans)) {
              stamped.add(trans);
              bump();
              trans.addEventListener?.('complete', bump);
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
}

interface SavedView<T> {
  stamp: string;
  value: T;
}

/** The view saved under `key`, if it is still current; undefined otherwise or on any failure. */
export async function readView<T>(
  key: string,
  isValue: (value: unknown) => value is T,
  store: SessionStore | undefined = sessionStore(),
): Promise<T | undefined> {
  if (!store) return undefined;
  const items = await store.get([VIEW_STAMP_KEY, key]).catch(() => ({}) as Record<string, unknown>);
  const saved = items[key] as Partial<SavedView<unknown>> | undefined;
  const stamp = (items[VIEW_STAMP_KEY] as string | undefined) ?? FIRST_STAMP;
  if (!saved || saved.stamp !== stamp || !isValue(saved.value)) return undefined;
  return saved.value;
}

/**
 * Reads the stamp, then the view (`read`, from the database), and saves the view under that
 * stamp: all of it, or what `keep` keeps of it (what the page's first render shows). Returns
 * all that `read` returned.
 */
export async function saveView<T>(
  key: string,
  read: () => Promise<T>,
  { keep, store = sessionStore() }: { keep?: (value: T) => unknown; store?: SessionStore } = {},
): Promise<T> {
  if (!store) return read();
  const items = await store.get([VIEW_STAMP_KEY]).catch(() => ({}) as Record<string, unknown>);
  const stamp = (items[VIEW_STAMP_KEY] as string | undefined) ?? FIRST_STAMP;
  const value = await read();
  const view: SavedView<unknown> = { stamp, value: keep ? keep(value) : value };
  // Not saved: the page's next opening reads the database instead, as without a saved view.
  await store.set({ [key]: view }).catch(() => undefined);
  return value;
}
