import browser from 'webextension-polyfill';
import { render, type ComponentChildren } from 'preact';
import { openDb, type SentinelDb } from '../../storage/db';
import { readSettings, type Settings } from '../../storage/settings';
import { resolveLanguage, setLanguage } from '../i18n';

export interface PageContext {
  db: SentinelDb;
  settings: Settings | undefined;
}

/**
 * Every extension page starts the same way: settings read, the language chosen (the user's
 * setting, else the browser's), the database opened, the app rendered into `#app`.
 */
export async function bootPage(app: (context: PageContext) => ComponentChildren): Promise<void> {
  const settings = await readSettings(browser.storage.local).catch(() => undefined);
  setLanguage(resolveLanguage(settings?.locale ?? 'auto', browser.i18n.getUILanguage()));
  const root = document.getElementById('app') as HTMLElement;
  render(app({ db: openDb(), settings }), root);
}
