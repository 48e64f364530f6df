/**
 * Performance figures, one group per file (bench/rules.ts, bench/lookalike.ts in Node,
 * bench/log-page.ts in Chromium with the built extension): prints a table and writes
 * bench/results.json as [{ figure, value, unit, target, pass }]. Times are medians of repeated
 * runs. Exits non-zero when a figure misses its target.
 *
 *   npm run bench              every group (browser groups need `npm run build` first)
 *   npm run bench -- log       only groups whose name contains "log"; their figures replace
 *                              the same figures in results.json, the others are kept
 *
 * Browser groups load the extension from WS_DIST (default dist/), like the e2e tests.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentScriptFigures } from './content-script';
import { importFigures } from './import';
import { latencyFigures } from './latency';
import { logPageFigures } from './log-page';
import { walletPageFigures } from './wallet-page';
import { lookalikeFigures } from './lookalike';
import type { Figure } from './measure';
import { pageLoadFigures } from './page-load';
import { popupFigures } from './popup';
import { rulesFigures } from './rules';
import { storageFigures } from './storage';

interface Group {
  name: string;
  /** Node groups answer at once; browser groups are async. Groups run one at a time. */
  run: () => Figure[] | Promise<Figure[]>;
}

const GROUPS: Group[] = [
  { name: 'rules', run: rulesFigures },
  { name: 'lookalike', run: lookalikeFigures },
  { name: 'log-page', run: logPageFigures },
  { name: 'wallet-page', run: walletPageFigures },
  { name: 'popup', run: popupFigures },
  { name: 'content-script', run: contentScriptFigures },
  { name: 'page-load', run: pageLoadFigures },
  { name: 'latency', run: latencyFigures },
  { name: 'storage', run: storageFigures },
  { name: 'import', run: importFigures },
];

const only = process.argv.slice(2);
const chosen = GROUPS.filter((g) => only.length === 0 || only.some((o) => g.name.includes(o)));
if (chosen.length === 0) {
  console.error(
    `no bench group matches ${only.join(' ')}; groups: ${GROUPS.map((g) => g.name).join(', ')}`,
  );
  process.exit(2);
}

const figures: Figure[] = [];
for (const group of chosen) {
  const started = performance.now();
  figures.push(...(await group.run()));
  console.log(`${group.name}: ${Math.round(performance.now() - started)} ms`);
}
console.table(
  figures.map((f) => ({
    figure: f.figure,
    value: `${f.value} ${f.unit}`,
    target: `≤ ${f.target} ${f.unit}`,
    pass: f.pass,
  })),
);

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.json');
const fresh = new Set(figures.map((f) => f.figure));
const kept =
  only.length && existsSync(out)
    ? (JSON.parse(readFileSync(out, 'utf8')) as Figure[]).filter((f) => !fresh.has(f.figure))
    : [];
writeFileSync(out, `${JSON.stringify([...kept, ...figures], null, 2)}\n`);
if (figures.some((f) => !f.pass)) process.exitCode = 1;
