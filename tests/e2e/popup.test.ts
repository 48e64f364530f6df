// The toolbar popup as a user meets it: empty at first, then a health line per wallet and the
// open findings, updating while it is open, in English or Chinese; the badge counts open warnings.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kinds, startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { ROOT } from './harness/paths';
import { getWorker } from './harness/worker';

let session: ExtensionSession;
let popup: Page;
const artifacts = path.join(ROOT, 'artifacts');

beforeAll(async () => {
  session = await startExtensionSession();
  popup = await session.browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
  mkdirSync(artifacts, { recursive: true });
});
afterAll(async () => {
  await session?.close();
});

async function failBinanceSignIn() {
  const page = await session.browser.context.newPage();
  await page.goto('https://accounts.binance.com/en/login');
  await page.fill('input[name="username"]', 'trader@example.com');
  await page.click('text=Next');
  await page.fill('input[type="password"]', 'not-my-password');
  await page.click('#click_login_submit_v3');
  await session.waitFor('binance', (e) => kinds(e).includes('login.failure'));
  await page.close();
}

async function failBinanceSignInTwiceMore() {
  const page = await session.browser.context.newPage();
  await page.goto('https://accounts.binance.com/en/login');
  await page.fill('input[name="username"]', 'trader@example.com');
  await page.click('text=Next');
  for (let i = 2; i <= 3; i++) {
    await page.fill('input[type="password"]', `wrong-${i}`);
    await page.click('#click_login_submit_v3');
    await session.waitFor(
      'binance',
      (e) => kinds(e).filter((k) => k === 'login.failure').length === i,
    );
  }
  await page.close();
}

async function badgeText() {
  const worker = await getWorker(session.browser.context, session.browser.extensionId);
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

describe('popup', () => {
  it('tells a new user what happens and which sites are watched', async () => {
    await expect.poll(() => popup.locator('h2').first().textContent()).toBe('Nothing recorded yet');
    await expect.poll(() => popup.locator('summary').textContent()).toBe('Watched sites (25)');
    expect(await badgeText()).toBe('');
  });

  it('shows a failed sign-in while open', async () => {
    await failBinanceSignIn();
    const line = popup.locator('[data-wallet="binance"]');
    await expect.poll(() => line.locator('h3').textContent(), { timeout: 10_000 }).toBe('Binance');
    // One failure is not a finding: the wallet stays healthy, the last event is named.
    expect(await line.locator('.health-label').textContent()).toBe('Healthy');
    // One time per line: the event's name, then when (the date and time on hover).
    expect(await line.locator('.reason').textContent()).toBe('Last: Sign-in failed');
    expect(await line.locator('.seen time').textContent()).toMatch(/ago$/);
    expect(await popup.locator('#status-heading').textContent()).toBe('Your wallet looks normal');
    expect(await popup.locator('#status-heading').getAttribute('data-count')).toBe('0');
    expect(await badgeText()).toBe('');
  });

  it('turns three failures in a few minutes into a finding the badge counts', async () => {
    await failBinanceSignInTwiceMore();
    await expect.poll(badgeText, { timeout: 10_000 }).toBe('1');
    const findings = await popup.evaluate(
      () =>
        new Promise<Array<{ ruleId: string; status: string; walletId: string }>>((resolve) => {
          const open = indexedDB.open('wallet-sentinel');
          open.onsuccess = () => {
            const get = open.result.transaction('findings').objectStore('findings').getAll();
            get.onsuccess = () => resolve(get.result);
          };
        }),
    );
    expect(findings.map((f) => [f.ruleId, f.walletId, f.status])).toEqual([
      ['failed-login-burst', 'binance', 'open'],
    ]);
    // The popup, still open, shows it with the numbers and the way to the guide.
    const card = popup.locator('[data-finding^="failed-login-burst:binance:"]');
    await expect
      .poll(() => card.locator('h3').textContent())
      .toBe('Several failed sign-ins in a row');
    expect(await card.locator('.detail').textContent()).toBe('3 failed sign-ins within 10 min.');
    // The headline says it first and counts what the badge counts.
    expect(await popup.locator('#status-heading').textContent()).toBe(
      'Binance: Several failed sign-ins in a row',
    );
    expect(await popup.locator('#status-heading').getAttribute('data-count')).toBe('1');
    expect(await popup.locator('#headline-action').textContent()).toBe('Secure your account');
    expect(await card.locator('a.guide-link').getAttribute('href')).toMatch(
      /^guide\.html\?finding=failed-login-burst%3Abinance%3A.+#secure-account$/,
    );
    expect(await popup.locator('[data-wallet="binance"] .health-label').textContent()).toBe(
      'Needs attention',
    );
    await popup.screenshot({ path: path.join(artifacts, 'popup-en.png') });
  });

  it('speaks Chinese when the user chooses it', async () => {
    await popup.evaluate(() => chrome.storage.local.set({ settings: { locale: 'zh_CN' } }));
    await popup.reload();
    const line = popup.locator('[data-wallet="binance"]');
    await expect.poll(() => line.locator('h3').textContent()).toBe('币安');
    expect(await line.locator('.health-label').textContent()).toBe('需要留意');
    expect(await popup.locator('#findings-heading').textContent()).toBe('1 条未处理警告');
    expect(await popup.locator('html').getAttribute('lang')).toBe('zh-CN');
    await popup.screenshot({ path: path.join(artifacts, 'popup-zh.png') });
  });
});
