// The toolbar popup as a user meets it: empty at first, then each wallet with its recent events,
// updating while it is open, in English or Chinese; the badge counts recent failed sign-ins.
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
    const card = popup.locator('[data-wallet="binance"]');
    await expect.poll(() => card.locator('h2').textContent(), { timeout: 10_000 }).toBe('Binance');
    const rows = card.locator('.event');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).locator('.kind').textContent()).toBe('Sign-in failed');
    expect(await rows.nth(0).locator('.detail').textContent()).toBe(
      'Incorrect password. You have 4 more attempts.',
    );
    expect(await rows.nth(1).locator('.kind').textContent()).toBe('Sign-in attempt');
    expect(await card.locator('.meta .bad').textContent()).toBe('Failed sign-ins in 24 h: 1');
    // One failure is not a finding: the badge stays empty.
    expect(await badgeText()).toBe('');
    await popup.screenshot({ path: path.join(artifacts, 'popup-en.png') });
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
  });

  it('speaks Chinese when the user chooses it', async () => {
    await popup.evaluate(() => chrome.storage.local.set({ settings: { locale: 'zh_CN' } }));
    await popup.reload();
    const card = popup.locator('[data-wallet="binance"]');
    await expect.poll(() => card.locator('h2').textContent()).toBe('币安');
    expect(await card.locator('.event .kind').first().textContent()).toBe('登录失败');
    expect(await popup.locator('html').getAttribute('lang')).toBe('zh-CN');
    await popup.screenshot({ path: path.join(artifacts, 'popup-zh.png') });
  });
});
