/**
 * Every extension page, described once. The build (vite.config.ts, scripts/build.ts) makes each
 * page's HTML shell and bundle from this table; `bootPage` loads the page's own locale parts;
 * tests/unit/locales.test.ts checks that every part belongs to a page.
 *
 * A page `NAME` is `src/ui/NAME/main.tsx` (its script), `src/ui/NAME/NAME.css` (its styles, after
 * `components/base.css`) and, when it has strings of its own, the locale parts named here
 * (`src/wording/locales/PART.{en,zh_CN}.json`, listed in `src/wording/locale-parts.ts`).
 */
export interface PageSpec {
  /** Locale parts the page shows besides the core catalog, in this order. */
  parts: readonly string[];
  /** The element the app renders into: `main` where the whole page is the main landmark. */
  root?: 'div' | 'main';
  /**
   * A classic script loaded `async` first in the head, `NAME-early.js`, built alone from
   * `src/ui/NAME/early.ts` (vite.config.ts): it runs while the page's own script is fetched.
   */
  early?: boolean;
}

export const PAGES = {
  // Begins its reads before popup.js runs (src/ui/popup/early-read.ts).
  popup: { parts: [], early: true },
  log: { parts: ['log', 'export'], root: 'main' },
  guide: { parts: ['guide'] },
  // The checklist makes an evidence pack: its report, README and CSV speak the export part.
  cases: { parts: ['cases', 'export'] },
  options: { parts: ['options'] },
  onboarding: { parts: ['onboarding'] },
  wallet: { parts: ['wallet'] },
} as const satisfies Record<string, PageSpec>;

export type PageName = keyof typeof PAGES;

/** The HTML shell of a page, the same for every page but for its names. */
export function pageShell(name: string, spec: PageSpec): string {
  const root = spec.root ?? 'div';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Wallet Sentinel</title>
    <link rel="stylesheet" href="./components/base.css" />
    <link rel="stylesheet" href="./${name}/${name}.css" />
  </head>
  <body>
    <${root} id="app"></${root}>
    <script type="module" src="./${name}/main.tsx"></script>
  </body>
</html>
`;
}
