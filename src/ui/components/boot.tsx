import browser from 'webextension-polyfill';
import { render, type ComponentChildren } from 'preact';
import { openDb, type SentinelDb } from '../../storage/db';
import { readSettings, type Settings } from '../../storage/settings';
import { PAGE_PARTS } from './page-parts';
import { addMessages, resolveLanguage, setLanguage, type Catalog, type Language } from '../i18n';

export interface PageContext {
  db: SentinelDb;
  settings: Settings | undefined;
}

/** Each page's own strings (src/ui/<part>/messages.<lang>.json), one lazy chunk per file. */
const PARTS = import.meta.glob<Catalog>('../*/messages.*.json', { import: 'default' });

async function loadParts(page: string, language: Language): Promise<void> {
  const parts = PAGE_PARTS[page] ?? [];
  const catalogs = await Promise.all(
    parts.map((part) => PARTS[`../${part}/messages.${language}.json`]?.()),
  );
  for (const catalog of catalogs) if (catalog) addMessages(language, catalog);
}

/**
 * Every extension page starts the same way: settings read, the language chosen (the user's
 * setting, else the browser's), that language's strings for this page loaded, the database
 * opened, the app rendered into `#app`.
 */
export async function bootPage(app: (context: PageContext) => ComponentChildren): Promise<void> {
  // User Timing marks: `npm run bench` reads them to tell where a page's start-up time goes.
  performance.mark('boot:start');
  // The database opens while the settings are read.
  const db = openDb();
  void db.open().catch(() => undefined);
  const settings = await readSettings(browser.storage.local).catch(() => undefined);
  const language = resolveLanguage(settings?.locale ?? 'auto', browser.i18n.getUILanguage());
  setLanguage(language);
  const page = location.pathname.replace(/^\/|\.html$/g, '');
  await loadParts(page, language);
  performance.mark('boot:ready');
  const root = document.getElementById('app') as HTMLElement;
  render(app({ db, settings }), root);
}
