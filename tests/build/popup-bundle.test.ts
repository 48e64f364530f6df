// The popup is one module (vite.popup.config.ts): the browser fetches one script before the
// first line runs, not a chain of shared chunks (issue 5, bench `popup.first-findings-100k`).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dist = (...parts: string[]) =>
  path.join(path.resolve(ROOT, process.env.WS_DIST ?? 'dist'), ...parts);

describe.each(['chrome', 'firefox'])('dist/%s popup', (browser) => {
  it('loads one script and one stylesheet, and the script imports nothing', () => {
    const html = readFileSync(dist(browser, 'popup.html'), 'utf8');
    expect(html.match(/<script\b[^>]*\bsrc="([^"]+)"/g)).toEqual([
      '<script type="module" crossorigin src="./popup.js"',
    ]);
    expect(html.match(/<link\b[^>]*rel="stylesheet"/g)).toHaveLength(1);
    const code = readFileSync(dist(browser, 'popup.js'), 'utf8');
    // Static `import … from "./x"`, bare `import "./x"` and dynamic `import("./x")`.
    expect(code).not.toMatch(/\bimport\s*(?:[\w{},*\s$]+from\s*)?["'][./]|\bimport\s*\(/);
  });

  it('carries no other page’s strings', () => {
    // A long plain guide sentence: in the guide's string chunk, never in the popup.
    const guide = JSON.parse(
      readFileSync(path.join(ROOT, 'src/ui/guide/messages.en.json'), 'utf8'),
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
