// Builds both unpacked extensions and their store zips:
//   dist/chrome/   background.service_worker (module)     dist/wallet-sentinel-chrome-VERSION.zip
//   dist/firefox/  background.scripts + gecko settings    dist/wallet-sentinel-firefox-VERSION.zip
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { build } from 'vite';
import { PAGES, type PageName, type PageSpec } from '../src/ui/pages.ts';
import {
  contentBuild,
  earlyScriptBuild,
  pageBuild,
  verifyPageBuild,
  workerBuild,
} from '../vite.config.ts';

const root = resolve(import.meta.dirname, '..');
// WS_DIST builds elsewhere (parallel work on one machine); the e2e harness reads the same variable.
const dist = resolve(root, process.env.WS_DIST ?? 'dist');
const chromeDir = join(dist, 'chrome');
const firefoxDir = join(dist, 'firefox');
const GECKO_ID = 'wallet-sentinel@wallet-sentinel.dev';

rmSync(dist, { recursive: true, force: true });
await build(workerBuild());
// One build per page, each page alone (pageBuild in vite.config.ts says why).
for (const page of Object.keys(PAGES) as PageName[]) {
  await build(pageBuild(page));
  const spec: PageSpec = PAGES[page];
  if (spec.early) await build(earlyScriptBuild(page));
}
await build(contentBuild());
await build(verifyPageBuild());
// Each locale's messages.json: the core file plus every page's own part
// (src/wording/locales/<part>.<lang>.json), the same merge src/wording/i18n.ts does, so
// `browser.i18n` and `t()` know the same keys.
for (const lang of readdirSync(join(root, 'src/_locales'))) {
  const merged = JSON.parse(
    readFileSync(join(root, 'src/_locales', lang, 'messages.json'), 'utf8'),
  );
  const parts = join(root, 'src/wording/locales');
  for (const file of readdirSync(parts).sort())
    if (file.endsWith(`.${lang}.json`))
      Object.assign(merged, JSON.parse(readFileSync(join(parts, file), 'utf8')));
  mkdirSync(join(chromeDir, '_locales', lang), { recursive: true });
  writeFileSync(join(chromeDir, '_locales', lang, 'messages.json'), JSON.stringify(merged));
}
cpSync(join(root, 'icons'), join(chromeDir, 'icons'), { recursive: true });

const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const base = { ...source, version: pkg.version };

const chromeManifest = {
  ...base,
  background: { service_worker: 'background.js', type: 'module' },
  minimum_chrome_version: '116',
};
const firefoxManifest = {
  ...base,
  background: { scripts: ['background.js'], type: 'module' },
  browser_specific_settings: {
    gecko: {
      id: GECKO_ID,
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  },
};

cpSync(chromeDir, firefoxDir, { recursive: true });
writeFileSync(join(chromeDir, 'manifest.json'), `${JSON.stringify(chromeManifest, null, 2)}\n`);
writeFileSync(join(firefoxDir, 'manifest.json'), `${JSON.stringify(firefoxManifest, null, 2)}\n`);

function zipDir(dir: string, out: string): string {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      // A fixed date keeps the zip byte-for-byte reproducible.
      else
        files[relative(dir, path).split('\\').join('/')] = [
          readFileSync(path),
          { mtime: new Date('2026-01-01T00:00:00Z') },
        ];
    }
  };
  walk(dir);
  writeFileSync(out, zipSync(files, { level: 9 }));
  return out;
}

mkdirSync(dist, { recursive: true });
const zips = [
  zipDir(chromeDir, join(dist, `wallet-sentinel-chrome-${pkg.version}.zip`)),
  zipDir(firefoxDir, join(dist, `wallet-sentinel-firefox-${pkg.version}.zip`)),
];
const contentSize = statSync(join(chromeDir, 'content.js')).size;
console.log(
  `built dist/chrome and dist/firefox (content.js ${(contentSize / 1024).toFixed(1)} KB)`,
);
for (const zip of zips) console.log(`  ${relative(root, zip)}`);
