/**
 * Performance figures, one group per file (bench/rules.ts, bench/lookalike.ts): prints a table
 * and writes bench/results.json as [{ figure, value, unit, target, pass }]. Times are medians
 * of repeated runs. Exits non-zero when a figure misses its target.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lookalikeFigures } from './lookalike';
import type { Figure } from './measure';
import { rulesFigures } from './rules';

const GROUPS: Array<() => Figure[]> = [rulesFigures, lookalikeFigures];

const figures = GROUPS.flatMap((group) => group());
console.table(
  figures.map((f) => ({
    figure: f.figure,
    value: `${f.value} ${f.unit}`,
    target: `≤ ${f.target} ${f.unit}`,
    pass: f.pass,
  })),
);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.json');
writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);
if (figures.some((f) => !f.pass)) process.exitCode = 1;
