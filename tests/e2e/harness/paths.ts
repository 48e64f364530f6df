import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Repository root (this file lives in tests/e2e/harness/). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The unpacked Chrome build the e2e tests load, produced by `npm run build`. */
export const DIST_CHROME = path.join(path.resolve(ROOT, process.env.WS_DIST ?? 'dist'), 'chrome');

/** One folder per fixture host name: tests/fixtures/sites/<host>/. */
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'sites');

/** The unpacked Firefox build (background.scripts, gecko id), produced by `npm run build`. */
export const DIST_FIREFOX = path.join(path.resolve(ROOT, process.env.WS_DIST ?? 'dist'), 'firefox');
