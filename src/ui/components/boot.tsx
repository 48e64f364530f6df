import type { ComponentChildren } from 'preact';
import { PAGES, type PageSpec } from '../pages';
import { addMessages, type Catalog, type Language } from '../../wording/i18n';
import { startPage, type PageContext } from './start-page';

export type { PageContext } from './start-page';

/** Each page's own strings (src/wording/locales/<part>.<lang>.json), one lazy chunk per file. */
const PARTS = import.meta.glob<Catalog>('../../wording/locales/*.json', { import: 'default' });

/** Adds a page's own strings in one language (at start, and when the person switches language). */
export async function loadParts(page: string, language: Language): Promise<void> {
  const parts = (PAGES as Record<string, PageSpec>)[page]?.parts ?? [];
  const catalogs = await Promise.all(
    parts.map((part) => PARTS[`../../wording/locales/${part}.${language}.json`]?.()),
  );
  for (const catalog of catalogs) if (catalog) addMessages(language, catalog);
}

/** Starts a page that has its own strings (src/ui/pages.ts); see `startPage`. */
export function bootPage(app: (context: PageContext) => ComponentChildren): Promise<void> {
  return startPage(app, { loadParts });
}
