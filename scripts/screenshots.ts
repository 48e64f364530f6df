/**
 * `npm run screenshots`: the README's pictures, taken from the real extension in Chromium by the
 * recovery flow's e2e test (tests/e2e/recovery.test.ts) — popup in English and Chinese, the
 * guide opened from a finding, a recovery case — into docs/screenshots/. Builds first.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const run = (command: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

run('npm', ['run', 'build']);
run('npx', ['vitest', 'run', '--project', 'e2e', 'tests/e2e/recovery.test.ts'], {
  WS_SCREENSHOTS: path.join(root, 'docs', 'screenshots'),
});
console.log('screenshots written to docs/screenshots/');
