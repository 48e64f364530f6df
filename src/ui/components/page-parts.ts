/**
 * The locale parts each page shows besides the core catalog, by page file name (the log page
 * hosts the export panels). tests/unit/locales.test.ts checks every part has a page.
 */
export const PAGE_PARTS: Record<string, string[]> = {
  cases: ['cases'],
  guide: ['guide'],
  log: ['log', 'export'],
  onboarding: ['onboarding'],
  options: ['options'],
};
