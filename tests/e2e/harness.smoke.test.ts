// Checks the e2e harness itself: fixture server, Chromium with an extension, worker stop/wake,
// raw IndexedDB reads. Uses dist/chrome when built, else a throw-away one-line MV3 extension.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from './harness/browser';
import { dumpExtensionStorage, readAllEvents, waitForEvents } from './harness/idb';
import { DIST_CHROME } from './harness/paths';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { getWorker, stopServiceWorkers, withTimeout } from './harness/worker';

async function throwawayExtension(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wallet-sentinel-smoke-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'harness smoke',
    version: '0.0.1',
    background: { service_worker: 'sw.js' },
    action: { default_popup: 'popup.html' },
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(path.join(dir, 'sw.js'), 'chrome.runtime.onMessage.addListener(() => {});\n');
  await writeFile(
    path.join(dir, 'popup.html'),
    '<!doctype html><title>smoke popup</title><script src="popup.js"></script>\n',
  );
  // Like a real popup asking the background for status: the message is what wakes the worker.
  await writeFile(
    path.join(dir, 'popup.js'),
    "chrome.runtime.sendMessage({ type: 'ping' }).catch(() => {});\n",
  );
  return dir;
}

/** Only in the throw-away extension: two `events` records written out of id order. */
async function seedEvents(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('wallet-sentinel', 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
          open.result.createObjectStore('findings', { keyPath: 'id' });
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('events', 'readwrite');
          const base = { walletId: 'paypal', origin: 'https://www.paypal.com', path: '/signin' };
          tx.objectStore('events').put({ ...base, id: 2, at: 2, kind: 'login.failure' });
          tx.objectStore('events').put({ ...base, id: 1, at: 1, kind: 'login.attempt' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

describe('e2e harness', () => {
  let server: FixtureServer;
  let browser: LaunchedBrowser;
  let tempExtension: string | undefined;

  beforeAll(async () => {
    server = await startFixtureServer();
    const builtExists = existsSync(path.join(DIST_CHROME, 'manifest.json'));
    tempExtension = builtExists ? undefined : await throwawayExtension();
    browser = await launchWithExtension({
      extensionDir: tempExtension ?? DIST_CHROME,
      port: server.port,
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tempExtension) await rm(tempExtension, { recursive: true, force: true });
  });

  it('serves a fixture wallet site under its real host name', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.paypal.com/');
    expect(await page.title()).toMatch(/PayPal/);
    expect(server.requests).toContainEqual({ host: 'www.paypal.com', method: 'GET', path: '/' });
    await page.goto('https://no-such-wallet.test/');
    expect(await page.textContent('body')).toContain('no fixture for no-such-wallet.test');
    await page.close();
  }, 60_000);

  it('finds the extension service worker', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await getWorker(browser.context, browser.extensionId);
    expect(
      await withTimeout(
        worker.evaluate(() => self.location.href),
        5_000,
        'worker eval',
      ),
    ).toContain(browser.extensionId);
  }, 60_000);

  it('stops the worker over CDP and gets a fresh one when an extension page opens', async () => {
    const worker = await getWorker(browser.context, browser.extensionId);
    // A mark in the worker's global scope: a restarted worker no longer has it.
    await worker.evaluate(() => Object.assign(self, { harnessMark: 'before-stop' }));
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await stopServiceWorkers(browser.context, page);
    // What is guaranteed is a fresh worker, not how soon Chromium starts one: the open popup can
    // wake it at once (on a busy machine the old handle even answered), so no timing is asserted.
    await page.close();

    let mark = 'before-stop';
    const deadline = Date.now() + 30_000;
    while (mark !== 'fresh' && Date.now() < deadline) {
      const revived = await getWorker(browser.context, browser.extensionId);
      mark = await withTimeout(
        revived.evaluate(
          () => (self as unknown as { harnessMark?: string }).harnessMark ?? 'fresh',
        ),
        5_000,
        'revived worker eval',
      ).catch(() => 'unreachable');
      if (mark !== 'fresh') await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(mark).toBe('fresh');
  }, 60_000);

  it('reads IndexedDB and chrome.storage from an extension page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    if (tempExtension) await seedEvents(page);
    const events = await readAllEvents(page);
    if (tempExtension) {
      expect(events.map((e) => e.id)).toEqual([1, 2]);
      await waitForEvents(page, (all) => all.some((e) => e.kind === 'login.failure'), 2_000);
      await expect(waitForEvents(page, (all) => all.length > 5, 500)).rejects.toThrow(
        /2 event\(s\) seen/,
      );
    } else {
      expect(Array.isArray(events)).toBe(true);
    }
    const dump = JSON.parse(await dumpExtensionStorage(page)) as {
      indexedDb: Record<string, unknown[]> | null;
      storage: Record<string, unknown>;
    };
    expect(Object.keys(dump.storage)).toEqual(['local', 'sync', 'session']);
    if (tempExtension) expect(dump.indexedDb?.events).toHaveLength(2);
    await page.close();
  }, 60_000);
  // The fixtures behave as their header comments say (no extension involved). Set
  // FIXTURE_SCREENSHOTS=1 to write /tmp/fixture-*.png for a look.
  it('walks every fixture wallet flow', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const shot = async (name: string): Promise<void> => {
      if (process.env.FIXTURE_SCREENSHOTS)
        await page.screenshot({ path: `/tmp/fixture-${name}.png` });
    };

    await page.goto('https://www.paypal.com/');
    await shot('paypal-landing');
    await page.click('text=Log In');
    await page.fill('#email', 'user@example.com');
    await page.fill('#password', 'wrong-password');
    await page.click('#btnLogin');
    await page.waitForURL('**/signin?error=1');
    expect(await page.textContent('[role=alert]')).toContain(
      "Some of your info isn't correct. Please try again.",
    );
    await shot('paypal-signin-error');
    await page.fill('#email', 'user@example.com');
    await page.fill('#password', 'hunter2');
    await page.click('#btnLogin');
    await page.waitForURL('**/myaccount/summary');
    expect(await page.textContent('body')).toContain('$1,234.56 USD available');
    await shot('paypal-summary');

    await page.goto('https://accounts.binance.com/en/login');
    expect(await page.locator('form').count()).toBe(0);
    await shot('binance-login');
    await page.fill('input[name=username]', 'user@example.com');
    await page.click('[role=button]:has-text("Next")');
    await page.fill('input[type=password]', 'nope');
    await page.click('[role=button]:has-text("Log in")');
    await expect
      .poll(() => page.textContent('.bn-toast.error'), { timeout: 4_000 })
      .toBe('Incorrect password. You have 4 more attempts.');
    await shot('binance-toast');
    await page.fill('input[type=password]', 'correct-horse');
    await page.press('input[type=password]', 'Enter');
    await page.waitForURL('**/en/my/dashboard');
    await page.waitForSelector('text=0.00123456 BTC');
    await shot('binance-dashboard');

    await page.goto('https://auth.alipay.com/');
    expect(page.url()).toBe('https://auth.alipay.com/login/index.htm');
    await shot('alipay-login');
    await page.fill('input[placeholder="手机号码/邮箱"]', '13800008888');
    await page.fill('input[type=password]', 'secret');
    await page.click('text=登 录');
    await page.waitForSelector('text=安全校验');
    await page.fill('input[autocomplete=one-time-code]', '123456');
    await shot('alipay-sms');
    await page.click('text=确定');
    await page.waitForURL('**/portal/i.htm');
    expect(await page.textContent('body')).toContain('¥1,000.00');
    await shot('alipay-portal');

    await page.goto('https://www.okx.com/');
    expect(await page.locator('input[autocomplete=new-password]').count()).toBe(2);
    await shot('okx-signup');

    await page.goto('https://evil-wallet.example/');
    await shot('evil-signin');
    await page.fill('#email', 'user@example.com');
    await page.fill('#password', 'hunter2');
    await page.click('#btnLogin');
    await page.waitForURL('https://www.paypal.com/');
    await page.close();
  }, 60_000);
});
