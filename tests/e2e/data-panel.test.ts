// The log page's data panel, as a person sees it: "keep every event" shows as such (issue 15: it
// showed 365 days), and the chain head to note down now is the newest recorded event's (issue 19).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { payPalSignIn } from './harness/paypal';

let session: ExtensionSession;

beforeAll(async () => {
  session = await startExtensionSession();
});
afterAll(async () => {
  await session?.close();
});

async function openLog() {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/log.html#data`);
  await page.waitForSelector('section.data-panel');
  return page;
}

describe('data panel', () => {
  it('shows "keep every event" when that is the setting, not the default 365 days', async () => {
    await session.reader.evaluate(() =>
      chrome.storage.local.set({ settings: { schemaVersion: 4, retentionDays: null } }),
    );
    const page = await openLog();
    const retention = page.locator('section.data-panel select').first();
    await expect.poll(() => retention.inputValue(), { timeout: 15_000 }).toBe('forever');
    await page.close();
  });

  it('shows the newest event’s hash as the chain head to note now', async () => {
    const page = await openLog();
    await expect
      .poll(() => page.textContent('section.data-panel'))
      .toContain('Nothing recorded yet.');
    const wallet = await session.browser.context.newPage();
    await payPalSignIn(wallet, { succeed: false });
    const events = await session.waitFor('paypal', (all) =>
      all.some((e) => e.kind === 'login.failure'),
    );
    const newest = (await session.events()).at(-1)!;
    expect(events.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.textContent('[data-testid="chain-head"]'), { timeout: 15_000 })
      .toBe(newest.hash);
    await page.close();
  });
});
