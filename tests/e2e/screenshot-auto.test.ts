// Automatic screenshots, end to end (issue 6): the user turns on "Screenshots as evidence" and
// "Also take one automatically…" in the options page and accepts the browser's real prompt for
// the optional `<all_urls>` permission (answered through the X server, as in options.test.ts).
// A failed PayPal sign-in in the tab in front then keeps one picture, linked to the failure,
// with no key press and no notification. With the automatic switch off (the permission still
// granted), or with the failure in a tab that is not in front, the same failure keeps nothing.
//
// Order matters: at most one automatic picture per wallet a minute, so the failures that must
// keep nothing come before the one that keeps a picture.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LaunchedBrowser } from './harness/browser';
import { readScreenshots, waitForEvents } from './harness/idb';
import { captureNotifications, capturedNotifications } from './harness/notifications';
import { DIST_CHROME } from './harness/paths';
import { answerPrompt, launchHeaded, XKeyboard, type HeadedSession } from './harness/x11';
import { sendPayPalSignIn } from './harness/paypal';

let headed: HeadedSession;
let keyboard: XKeyboard;
let browser: LaunchedBrowser;
let reader: Page;
let options: Page;

const url = (file: string) => `chrome-extension://${browser.extensionId}/${file}`;

/** Clicks what asks, then allows at the browser's prompt (tests/e2e/harness/x11.ts). */
const allowPrompt = (act: () => Promise<void>) => answerPrompt(keyboard, act, true);

/** The stored screenshots (tests/e2e/harness/idb.ts). */
const screenshots = () => readScreenshots(reader);

const allUrls = () =>
  reader.evaluate(() => chrome.permissions.contains({ origins: ['<all_urls>'] }));

async function patchSettings(patch: Record<string, unknown>) {
  await reader.evaluate(async (p) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), ...p } });
  }, patch);
}

let failures = 0;
/**
 * A failed PayPal sign-in in a new tab; with `behind`, another tab is brought to the front
 * before the form is sent, so the failure happens in a tab the user is not looking at.
 */
async function failSignIn(behind?: Page): Promise<{ page: Page; eventId: number }> {
  const page = await browser.context.newPage();
  await page.goto('https://www.paypal.com/signin');
  await page.bringToFront();
  if (behind) await behind.bringToFront();
  await sendPayPalSignIn(page, { succeed: false });
  failures += 1;
  const events = await waitForEvents(
    reader,
    (e) => e.filter((x) => x.kind === 'login.failure').length >= failures,
    20_000,
  );
  const failure = events.filter((x) => x.kind === 'login.failure').at(-1)!;
  return { page, eventId: failure.id as number };
}

/** Long enough for the worker's wait (600 ms) and a picture on this loaded machine. */
const settle = () => new Promise((r) => setTimeout(r, 8000));

beforeAll(async () => {
  headed = await launchHeaded(DIST_CHROME);
  ({ browser, keyboard, reader } = headed);
  for (const page of browser.context.pages()) {
    if (page.url().endsWith('/onboarding.html')) await page.close();
  }
});

afterAll(async () => {
  await headed?.close();
});

describe('automatic screenshots', () => {
  it('asks for <all_urls> when the automatic switch is turned on, in the click', async () => {
    options = await browser.context.newPage();
    await options.goto(url('options.html'));
    await options.locator('h1').waitFor();
    expect(await options.locator('#screenshot-auto').isDisabled()).toBe(true);
    await options.locator('#screenshot').click();
    await expect.poll(() => options.locator('#screenshot-auto').isDisabled()).toBe(false);
    expect(await allUrls()).toBe(false);
    await allowPrompt(() => options.locator('#screenshot-auto').click());
    await expect
      .poll(() => options.locator('#screenshot-auto-status').textContent(), { timeout: 15_000 })
      .toBe('Automatic screenshots are on.');
    expect(await options.locator('#screenshot-auto').isChecked()).toBe(true);
    expect(await allUrls()).toBe(true);
    const { settings } = await reader.evaluate(() => chrome.storage.local.get('settings'));
    expect(settings).toMatchObject({ screenshotEvidence: true, screenshotAuto: true });
  });

  it('keeps nothing with the automatic switch off, though the permission is granted', async () => {
    await patchSettings({ screenshotAuto: false });
    const { page } = await failSignIn();
    await settle();
    expect(await screenshots()).toEqual([]);
    await page.close();
    await patchSettings({ screenshotAuto: true });
  });

  it('keeps nothing when the failure is in a tab that is not in front', async () => {
    const { page } = await failSignIn(options);
    await settle();
    expect(await screenshots()).toEqual([]);
    await page.close();
  });

  it('keeps one picture of the failed sign-in in front, linked to it, without telling', async () => {
    const token = await captureNotifications(browser.context, browser.extensionId);
    const { page, eventId } = await failSignIn();
    await expect.poll(screenshots, { timeout: 20_000 }).toHaveLength(1);
    const [shot] = await screenshots();
    expect(shot).toMatchObject({
      walletId: 'paypal',
      path: '/signin',
      type: 'image/jpeg',
      eventId,
    });
    expect(shot!.size as number).toBeGreaterThan(2000);
    // The user did not ask at that moment: no notification.
    expect(await capturedNotifications(browser.context, browser.extensionId, token)).toEqual([]);
    await page.close();
  });

  it('gives the permission back when the automatic switch is turned off', async () => {
    await options.bringToFront();
    await options.reload();
    await options.locator('h1').waitFor();
    expect(await options.locator('#screenshot-auto').isChecked()).toBe(true);
    await options.locator('#screenshot-auto').click();
    await expect
      .poll(() => options.locator('#screenshot-auto-status').textContent())
      .toBe('Automatic screenshots are off and the permission is given back.');
    expect(await allUrls()).toBe(false);
    await options.close();
  });
});
