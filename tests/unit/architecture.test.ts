// The layers of src/ (scripts/layers.mjs) hold for the whole import graph, and the lint rules
// made from them stop a wrong-way import before it lands.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS, mayImport } from '../../scripts/layers.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  for (const ext of ['', '.ts', '.tsx', '/index.ts']) {
    const file = base + ext;
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/** Every file of src/ with the files of src/ it imports (relative imports, static or dynamic). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((m) => resolve(file, (m[1] ?? m[2])!))
      .filter((t): t is string => t !== undefined && t.startsWith(SRC));
    graph.set(file, targets);
  }
  return graph;
}

const folderOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!;
const short = (file: string) => path.relative(ROOT, file);

/** Strongly connected components with more than one file (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(short(w));
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('architecture', () => {
  const graph = importGraph();

  it('every folder of src/ has a layer', () => {
    const folders = readdirSync(SRC).filter((f) => statSync(path.join(SRC, f)).isDirectory());
    expect(folders.filter((f) => !(f in LAYERS) && f !== '_locales')).toEqual([]);
  });

  it('no import runs from a lower layer to a higher one, and the programs never import each other', () => {
    const wrong = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((t) => !mayImport(folderOf(file), folderOf(t)))
        .map((t) => `${short(file)} -> ${short(t)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('no files import each other, directly or round a circle', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('finds a wrong-way import and a circle when there is one', () => {
    const file = (p: string) => path.join(SRC, p);
    const bad = new Map([
      [file('rules/a.ts'), [file('storage/b.ts')]],
      [file('storage/b.ts'), [file('rules/a.ts')]],
    ]);
    expect(mayImport('rules', 'storage')).toBe(false);
    expect(mayImport('ui', 'background')).toBe(false);
    expect(mayImport('background', 'ui')).toBe(false);
    expect(mayImport('storage', 'rules')).toBe(true);
    expect(circles(bad)).toEqual([['src/rules/a.ts', 'src/storage/b.ts']]);
  });

  it('the lint rules refuse a wrong-way import in each layer', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const probes: Array<[string, string]> = [
      ['src/rules/probe.ts', "import { openDb } from '../storage/db';\nexport const x = openDb;\n"],
      ['src/model/sub/probe.ts', "import { t } from '../../wording/i18n';\nexport const x = t;\n"],
      [
        'src/ui/popup/probe.ts',
        "import { x } from '../../background/notify';\nexport const y = x;\n",
      ],
      ['src/background/probe.ts', "import { x } from '../ui/popup/main';\nexport const y = x;\n"],
      ['src/storage/probe.ts', "import { x } from '../views/badge';\nexport const y = x;\n"],
      ['src/rules/engine/probe.ts', "import Dexie from 'dexie';\nexport const y = Dexie;\n"],
      ['src/wording/probe.ts', "import { h } from 'preact';\nexport const y = h;\n"],
    ];
    for (const [filePath, code] of probes) {
      const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
      const restricted = result!.messages.filter((m) => m.ruleId === 'no-restricted-imports');
      expect(restricted, filePath).toHaveLength(1);
    }
    const [fine] = await eslint.lintText(
      "import { DAY } from '../model/time';\nexport const y = DAY;\n",
      { filePath: path.join(ROOT, 'src/rules/probe.ts') },
    );
    expect(fine!.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
  });
});
