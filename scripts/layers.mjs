// The layers of src/, bottom to top: a folder imports only from folders of a lower rank (and from
// itself). The ones of rank 7 are the three programs (worker, content script, pages), which never
// import each other. eslint.config.js turns this table into import rules, and
// tests/unit/architecture.test.ts checks the whole import graph against it.
export const LAYERS = {
  model: 0, // event, finding, case, settings-level types and constants; imports nothing
  catalog: 1, // the wallets, their hosts and help links; regulators
  parsing: 1, // amounts, currencies, destinations in page text
  messages: 1, // what the content script says to the worker, and its validation
  rules: 2, // pure folds over events: findings
  wording: 3, // i18n, labels, finding titles and details, every locale part
  storage: 4, // the only place that touches Dexie or browser.storage
  views: 5, // saved popup and log views, the badge
  export: 6, // export, verify, import, the evidence pack
  background: 7,
  content: 7,
  ui: 7,
};

/** Data a layer may read besides code: the browser's locale files. */
export const DATA = { _locales: 3 };

/** Packages only some folders may use: the pure layers stay free of the browser and the database. */
export const PACKAGES = {
  dexie: ['storage', 'views', 'export', 'background', 'ui'],
  'webextension-polyfill': ['storage', 'views', 'export', 'background', 'content', 'ui'],
  preact: ['ui'],
};

/** May a file in folder `from` import from folder `to`? */
export function mayImport(from, to) {
  if (from === to) return true;
  const a = LAYERS[from];
  if (a === undefined) return true;
  if (to in DATA) return DATA[to] <= a;
  const b = LAYERS[to];
  return b === undefined || b < a;
}
