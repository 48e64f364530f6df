import browser from 'webextension-polyfill';
import { render, type ComponentChildren } from 'preact';
import { openDb, type SentinelDb } from '../../storage/db';
import { readSettings, type Settings } from '../../storage/settings';
import { resolveLanguage, setLanguage, type Language } from '../../wording/i18n';

export interface PageContext<T = undefined> {
  db: SentinelDb;
  settings: Settings | undefined;
  /** What `prepare` read while the page started; undefined when it failed (the page reads again). */
  prepared: T | undefined;
}

export interface StartOptions<T> {
  /** Loads this page's own strings in `language` (src/ui/components/boot.tsx). */
  loadParts?: (page: string, language: Language) => Promise<void>;
  /** The page's first read, started with the database so the first render has data. */
  prepare?: (db: SentinelDb) => Promise<T>;
}

/**
 * Every extension page starts the same way: settings read, the language chosen (the user's
 * setting, else the browser's), that language's strings for this page loaded, the database
 * opened, the app rendered into `#app`. The popup calls this directly (it has no page strings,
 * and its bundle must not carry every page's); the other pages call `bootPage`.
 */
export async function startPage<T = undefined>(
  app: (context: PageContext<T>) => ComponentChildren,
  { loadParts, prepare }: StartOptions<T> = {},
): Promise<void> {
  // User Timing marks: `npm run bench` reads them to tell where a page's start-up time goes.
  performance.mark('boot:start');
  // The database opens (and the first read runs) while the settings are read.
  const db = openDb();
  void db.open().catch(() => undefined);
  const prepared = prepare?.(db).catch(() => undefined);
  const settings = await readSettings(browser.storage.local).catch(() => undefined);
  const language = resolveLanguage(settings?.locale ?? 'auto', browser.i18n.getUILanguage());
  setLanguage(language);
  const page = location.pathname.replace(/^\/|\.html$/g, '');
  await loadParts?.(page, language);
  const value = await prepared;
  performance.mark('boot:ready');
  const root = document.getElementById('app') as HTMLElement;
  render(app({ db, settings, prepared: value }), root);
}
