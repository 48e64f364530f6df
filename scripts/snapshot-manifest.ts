/**
 * `npm run snapshot:manifest -- "why the permissions changed"`: records both built manifests in
 * tests/build/manifest-snapshot.json with the reason. tests/build/manifest-snapshot.test.ts
 * fails on any difference until this is run on purpose (after `npm run build`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reason = process.argv.slice(2).join(' ').trim();
if (reason.length < 10) {
  console.error('say why the manifest changes: npm run snapshot:manifest -- "reason…"');
  process.exit(2);
}
const dist = path.resolve(root, process.env.WS_DIST ?? 'dist');
const read = (browser: string) => {
  const m = JSON.parse(readFileSync(path.join(dist, browser, 'manifest.json'), 'utf8'));
  delete m.version; // bumps are not permission changes
  return m;
};
const out = path.join(root, 'tests/build/manifest-snapshot.json');
writeFileSync(
  out,
  `${JSON.stringify({ reason, chrome: read('chrome'), firefox: read('firefox') }, null, 2)}\n`,
);
console.log(`wrote ${path.relative(root, out)}`);
