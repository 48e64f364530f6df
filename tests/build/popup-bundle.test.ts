// The popup's first paint waits for one module script (issue 5, bench `popup.first-findings-100k`),
// its first reads begun by a small classic one (issue 15): no chain of shared chunks fetched one
// import at a time, and no database library evaluated before it paints. Dexie (most of the code)
// is loaded after the first paint, as one chunk.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dist = (...parts: string[]) =>
  path.join(path.resolve(ROOT, process.env.WS_DIST ?? 'dist'), ...parts);

/** A class name only Dexie's code carries. */
const DEXIE = 'DatabaseClosedError';

describe.each(['chrome', 'firefox'])('dist/%s popup', (browser) => {
  it('loads one module script whose static imports the page preloads, and Dexie only later', () => {
    const html = readFileSync(dist(browser, 'popup.html'), 'utf8');
    // Beside it, the small early script that starts the first reads while popup.js loads.
    expect(html.match(/<script\b[^>]*\bsrc="([^"]+)"/g)).toEqual([
      '<script async src="./popup-early.js"',
      '<script type="module" crossorigin src="./popup.js"',
    ]);
    const early = readFileSync(dist(browser, 'popup-early.js'), 'utf8');
    expect(early.length).toBeLessThan(4_000);
    expect(early).not.toContain(DEXIE);
    expect(early).not.toMatch(/\bimport\b/);
    expect(html.match(/<link\b[^>]*rel="stylesheet"/g)).toHaveLength(1);
    const code = readFileSync(dist(browser, 'popup.js'), 'utf8');
    // Static `import … from "./x"` and bare `import "./x"`: each one listed for preloading, small.
    const imported = [...code.matchAll(/\bimport\s*(?:[\w{},*\s$]+from\s*)?["']\.\/([^"']+)["']/g)];
    const preloaded = [
      ...html.matchAll(/<link rel="modulepreload" crossorigin href="\.\/([^"]+)">/g),
    ];
    expect(imported.map((m) => m[1]).sort()).toEqual(preloaded.map((m) => m[1]).sort());
    for (const [, file] of imported) {
      expect(readFileSync(dist(browser, file!), 'utf8').length).toBeLessThan(4_000);
    }
    // The one dynamic import: the database side, with Dexie in it and not in the page's script.
    const lazy = [...code.matchAll(/\bimport\(\s*[`"']\.\/([^`"']+)[`"']\s*\)/g)].map((m) => m[1]);
    expect(lazy).toHaveLength(1);
    expect(readFileSync(dist(browser, lazy[0]!), 'utf8')).toContain(DEXIE);
    expect(code).not.toContain(DEXIE);
    for (const [, file] of imported)
      expect(readFileSync(dist(browser, file!), 'utf8')).not.toContain(DEXIE);
  });

  it('carries no other page’s strings', () => {
    // A long plain guide sentence: in the guide's string chunk, never in the popup.
    const guide = JSON.parse(
      readFileSync(path.join(ROOT, 'src/wording/locales/guide.en.json'), 'utf8'),
    ) as Record<string, { message: string }>;
    const sample = Object.values(guide)
      .map((entry) => entry.message)
      .find((message) => /^[A-Za-z ,.]{60,}$/.test(message)) as string;
    const chunks = readdirSync(dist(browser, 'chunks'))
      .map((name) => readFileSync(dist(browser, 'chunks', name), 'utf8'))
      .join('\n');
    expect(chunks).toContain(sample);
    expect(readFileSync(dist(browser, 'popup.js'), 'utf8')).not.toContain(sample);
  });
});
