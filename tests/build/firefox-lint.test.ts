// `web-ext lint` on dist/firefox reports one UNSAFE_VAR_ASSIGNMENT warning per page (docs/firefox.md):
// one per page bundle, all in Preact's own support for `dangerouslySetInnerHTML`, which no page
// uses. This keeps that explanation true: the only `innerHTML =` in the Firefox build is that
// one Preact line per page, and the source never sets HTML from a string.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PAGES } from '../../src/ui/pages';

const ROOT = path.resolve(import.meta.dirname, '../..');
const firefox = path.join(path.resolve(ROOT, process.env.WS_DIST ?? 'dist'), 'firefox');
/** Preact's diff: `e.innerHTML = newProps.dangerouslySetInnerHTML.__html`, minified. */
const PREACT_LINE = /^[\w$]+\.innerHTML=[\w$]+\.__html$/;

const jsFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => path.join(e.parentPath, e.name));

it('sets innerHTML only in Preact’s dangerouslySetInnerHTML branch, once per page', () => {
  const found: string[] = [];
  for (const file of jsFiles(firefox)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/[\w$]+\.innerHTML\s*=(?!=)\s*[^,;)]+/g))
      found.push(`${path.relative(firefox, file)} ${match[0]}`);
  }
  expect(found.map((f) => f.split(' ')[0]).sort()).toEqual(
    Object.keys(PAGES)
      .map((page) => `${page}.js`)
      .sort(),
  );
  for (const line of found) expect(line.split(' ')[1]).toMatch(PREACT_LINE);
});

it('never uses dangerouslySetInnerHTML or innerHTML in src/', () => {
  const src = path.join(ROOT, 'src');
  const offenders = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) =>
      /dangerouslySetInnerHTML|\.innerHTML\b|outerHTML|insertAdjacentHTML/.test(
        readFileSync(file, 'utf8'),
      ),
    );
  expect(offenders).toEqual([]);
});
