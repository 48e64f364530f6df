// The popup and a case page with what a hostile or long-winded site can put into a finding: HTML
// and a javascript: link in a site message, an RTL override, 10,000 characters without a space,
// long German and Chinese words. They show as text (no dialog, no element made from them), the
// layout holds (no sideways scrolling, also at 200% zoom), and the popup works from the keyboard.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { putRecords } from './harness/seed';

let session: ExtensionSession;
let popup: Page;
const dialogs: string[] = [];
const HOSTILE = '<img src=x onerror=alert(1)><a href="javascript:alert(2)">click</a>\u202Egnp.exe';
const LONG = 'Auszahlungsbeschränkungsbenachrichtigung'.repeat(250); // 10,000 characters, no space

const finding = (id: string, ruleId: string, params: Record<string, string | number>) => ({
  id,
  ruleId,
  walletId: 'custom:https://wallet.example',
  severity: 'critical',
  cause: 'security',
  at: Date.now() - 60_000,
  eventIds: [],
  guide: 'why-frozen',
  status: 'open',
  params,
});

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

beforeAll(async () => {
  session = await startExtensionSession();
  session.browser.context.on('page', (page) =>
    page.on('dialog', (d) => void dialogs.push(d.message())),
  );
  await putRecords(session.reader, 'findings', [
    finding('account-frozen:custom:https://wallet.example:1', 'account-frozen', {
      message: HOSTILE,
      count: 2,
      firstAt: Date.now() - 3_600_000,
    }),
    finding('maintenance:custom:https://wallet.example:2', 'maintenance', {
      message: LONG,
      count: 1,
      firstAt: Date.now() - 3_600_000,
    }),
    finding('kyc-required:custom:https://wallet.example:3', 'kyc-required', {
      message: '您的账户因未完成实名认证已被限制提现，请尽快完成身份验证以恢复正常使用'.repeat(40),
      count: 1,
      firstAt: Date.now() - 3_600_000,
    }),
  ]);
  popup = await session.browser.context.newPage();
  popup.on('dialog', (d) => void dialogs.push(d.message()));
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
  await popup.locator('.finding').nth(2).waitFor();
});
afterAll(async () => {
  await session?.close();
});

describe('popup with hostile and long text', () => {
  it('shows site text as text and runs nothing', async () => {
    const frozen = popup.locator('[data-finding^="account-frozen"] .detail');
    expect(await frozen.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await popup.locator('main img, main a[href^="javascript"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('holds its width with 10,000-character German and long Chinese messages, also at 200%', async () => {
    expect(await overflow(popup)).toBeLessThanOrEqual(0);
    // A long message is clamped to a few lines, not a wall of text.
    const height = (await popup.locator('[data-finding^="maintenance"] .detail').boundingBox())!
      .height;
    expect(height).toBeLessThan(100);
    await popup.evaluate(() => (document.documentElement.style.zoom = '2'));
    expect(await overflow(popup)).toBeLessThanOrEqual(0);
    await popup.evaluate(() => (document.documentElement.style.zoom = ''));
  });

  it('works from the keyboard: Tab reaches "Already handled", Enter acknowledges', async () => {
    await popup.locator('body').focus();
    let focused = '';
    for (let i = 0; i < 20 && !focused.startsWith('Already handled'); i++) {
      await popup.keyboard.press('Tab');
      focused = await popup.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? '',
      );
    }
    // A frozen account is not something the person did: no "This was me" (issue 15).
    expect(focused).toMatch(/^Already handled: /);
    expect(await popup.getByRole('button', { name: /^This was me/ }).count()).toBe(0);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.findings-section > ol > .finding').count()).toBe(2);
    expect(await popup.locator('details.acknowledged summary').textContent()).toBe(
      '1 acknowledged',
    );
  });
});

describe('a case holding a long log', () => {
  it('keeps its layout at 200% zoom', async () => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 640, height: 800 });
    await page.goto(`chrome-extension://${session.browser.extensionId}/cases.html?new`);
    await page.locator('#case-wallet').selectOption('wise');
    await page.locator('#case-blocked').fill('Überweisungsbeschränkung'.repeat(8));
    await Promise.all([
      page.waitForURL('**/cases.html?case=*'),
      page.getByRole('button', { name: 'Open the case' }).click(),
    ]);
    await page.locator('#log-text').fill(LONG.slice(0, 3_000));
    await page.locator('#log-attachments').fill(HOSTILE);
    await page.getByRole('button', { name: 'Add to the log' }).click();
    await expect.poll(() => page.locator('.case-log > li').count()).toBe(1);
    expect(await page.locator('.attachments li').textContent()).toBe(HOSTILE);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.evaluate(() => (document.documentElement.style.zoom = '2'));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
