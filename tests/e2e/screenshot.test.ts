// Screenshots as evidence, end to end: a failed PayPal sign-in, then the user presses the
// extension's shortcut (Alt+Shift+E) on that page. The browser lends the tab for that gesture
// (`activeTab`); the worker keeps one JPEG of it, linked to the failure, and the log page's
// evidence pack carries it with its SHA-256 in the report. With the user's switch off, the same
// key press keeps nothing.
//
// A browser shortcut is handled by the browser window, not the page, so CDP key events (which go
// to the page) cannot press it: this file runs a headed Chromium on a virtual display (Xvfb) and
// presses the keys through the X server (XTEST), as tests/e2e/options.test.ts does for a prompt.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LaunchedBrowser } from './harness/browser';
import { readScreenshots, waitForEvents } from './harness/idb';
import { captureNotifications, capturedNotifications } from './harness/notifications';
import { DIST_CHROME } from './harness/paths';
import { KEY, launchHeaded, XKeyboard, type HeadedSession } from './harness/x11';
import { payPalSignIn } from './harness/paypal';

let headed: HeadedSession;
let keyboard: XKeyboard;
let browser: LaunchedBrowser;
let reader: Page;
let work: string;

const url = (file: string) => `chrome-extension://${browser.extensionId}/${file}`;

/** The stored screenshots (tests/e2e/harness/idb.ts). */
const screenshots = () => readScreenshots(reader);

async function setScreenshots(on: boolean) {
  await reader.evaluate(
    (value) => chrome.storage.local.set({ settings: { screenshotEvidence: value } }),
    on,
  );
}

/** Alt+Shift+E with `page` in front, as the user presses it. */
async function pressShortcut(page: Page) {
  await page.bringToFront();
  await page.evaluate(() => document.body.focus());
  await keyboard.chord([KEY.alt, KEY.shift], KEY.e);
}

beforeAll(async () => {
  headed = await launchHeaded(DIST_CHROME);
  ({ browser, keyboard, reader } = headed);
  // The welcome tab would take the front; the test's own tabs are what the user looks at.
  for (const page of browser.context.pages()) {
    if (page.url().endsWith('/onboarding.html')) await page.close();
  }
  work = await mkdtemp(path.join(os.tmpdir(), 'ws-screenshot-'));
});

afterAll(async () => {
  await headed?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('screenshot evidence', () => {
  it('keeps one picture of the wallet page when the user presses the shortcut, linked to the failure', async () => {
    const page = await browser.context.newPage();
    await payPalSignIn(page, { succeed: false });
    const events = await waitForEvents(reader, (e) => e.some((x) => x.kind === 'login.failure'));
    const failure = events.find((x) => x.kind === 'login.failure')!;

    await setScreenshots(true);
    await pressShortcut(page);
    await expect.poll(screenshots, { timeout: 20_000 }).toHaveLength(1);
    const [shot] = await screenshots();
    expect(shot).toMatchObject({
      walletId: 'paypal',
      path: '/signin',
      type: 'image/jpeg',
      eventId: failure.id,
      head: 'ffd8ff',
    });
    expect(shot!.size).toBeGreaterThan(2000);
    expect(shot!.sha256).toBe(shot!.digest);
  });

  it('keeps nothing with the switch off or off a wallet page', async () => {
    const page = browser.context.pages().find((p) => p.url().includes('paypal.com'))!;
    const token = await captureNotifications(browser.context, browser.extensionId);
    // The key press reaches the worker some time after XTEST sends it. Each press ends with the
    // worker telling the user what it did; the next step waits for that, so the switch is not
    // turned back on before the worker has read it as off.
    const told = async (count: number, says: RegExp) => {
      await expect
        .poll(
          async () =>
            (await capturedNotifications(browser.context, browser.extensionId, token)).length,
          { timeout: 20_000 },
        )
        .toBeGreaterThanOrEqual(count);
      const notes = await capturedNotifications(browser.context, browser.extensionId, token);
      expect(String(notes[count - 1]!.options.message)).toMatch(says);
    };
    const before = (await screenshots()).length;
    await setScreenshots(false);
    await pressShortcut(page);
    await told(1, /Screenshots are off/);
    await setScreenshots(true);
    const other = await browser.context.newPage();
    await other.goto(url('guide.html'));
    await pressShortcut(other);
    await told(2, /only on watched wallet sites/);
    expect(await screenshots()).toHaveLength(before);
    // The positive control: the same press on the wallet page with the switch on keeps one.
    await pressShortcut(page);
    await told(3, /saved as evidence/);
    const shots = await screenshots();
    expect(shots.map((s) => s.walletId)).toEqual(['paypal', 'paypal']);
    await other.close();
  });

  it('puts the pictures in the evidence pack, named by time and wallet, hashes in the report', async () => {
    const shots = await screenshots();
    const log = await browser.context.newPage();
    await log.goto(url('log.html?wallet=paypal#data'));
    await log.waitForSelector('section.export-panel');
    const [file] = await Promise.all([
      log.waitForEvent('download'),
      log.click('button[data-export="pack"]'),
    ]);
    const saved = path.join(work, file.suggestedFilename());
    await file.saveAs(saved);
    const files = unzipSync(await readFile(saved));
    const pictures = Object.keys(files)
      .filter((name) => name.startsWith('screenshots/'))
      .sort();
    expect(pictures).toHaveLength(shots.length);
    for (const name of pictures)
      expect(name).toMatch(/^screenshots\/\d{4}-\d\d-\d\dT[\d-]+Z-paypal-\d+\.jpg$/);
    const digests = pictures.map((name) => createHash('sha256').update(files[name]!).digest('hex'));
    expect(digests.sort()).toEqual(shots.map((s) => s.sha256).sort());
    const report = strFromU8(files['report.html']!);
    for (const digest of digests) expect(report).toContain(digest);
    await log.close();
  });
});
