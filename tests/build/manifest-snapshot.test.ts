// Permissions stay narrow: both built manifests (permissions, host permissions, content-script
// matches, CSP, everything but the version) must equal the reviewed snapshot. A change fails
// here until `npm run snapshot:manifest -- "reason"` records it on purpose, with its reason.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const snapshot = JSON.parse(
  readFileSync(path.join(ROOT, 'tests/build/manifest-snapshot.json'), 'utf8'),
) as { reason: string; chrome: unknown; firefox: unknown };

const built = (browser: 'chrome' | 'firefox') => {
  const dist = path.resolve(ROOT, process.env.WS_DIST ?? 'dist');
  const m = JSON.parse(readFileSync(path.join(dist, browser, 'manifest.json'), 'utf8'));
  delete m.version;
  return m;
};

describe('manifest snapshot', () => {
  it('carries the reason for its last change', () => {
    expect(snapshot.reason.length).toBeGreaterThanOrEqual(10);
  });

  it.each(['chrome', 'firefox'] as const)('%s manifest is the reviewed one', (browser) => {
    expect(
      built(browser),
      'run `npm run snapshot:manifest -- "reason"` if this is on purpose',
    ).toEqual(snapshot[browser]);
  });

  it.each(['chrome', 'firefox'] as const)(
    '%s pages allow no remote code and no network',
    (browser) => {
      const csp = built(browser).content_security_policy.extension_pages as string;
      expect(csp).toContain("default-src 'none'");
      expect(csp).toMatch(/script-src 'self';/);
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    },
  );
});
