// Issue 5's acceptance flow, as a user meets it: a withdrawal over the daily limit on a real-looking
// Alipay page → the popup's finding says so in numbers and links to the guide's limits section
// with Alipay's own help links → a recovery case is opened from it, the appeal recorded → the
// clock is moved past 10 business days (the worker's Date.now is shifted; nothing waits) →
// `case-overdue` is raised and shown. Popup and case view are checked with axe in both languages.
//
// WS_SCREENSHOTS=<dir> saves the README's screenshots there (scripts/screenshots.ts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getWallet } from '../../src/catalog';
import { axeViolations } from './harness/axe';
import { startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { readStore } from './harness/idb';
import { getWorker } from './harness/worker';
import { alipayWithdrawal } from './harness/alipay';

let session: ExtensionSession;
let popup: Page;
const shots = process.env.WS_SCREENSHOTS;
const DAY = 86_400_000;
/** An init script: the page's Date.now runs `shift` ms ahead, like the worker's in the test. */
const SHIFT_CLOCK = (shift: number) => {
  const real = Date.now.bind(Date);
  Date.now = () => real() + shift;
};

interface FindingRecord {
  id: string;
  ruleId: string;
  walletId: string;
  status: string;
  guide: string;
}

async function shot(page: Page, name: string, fullPage = true) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage });
}

const extensionUrl = (file: string) => `chrome-extension://${session.browser.extensionId}/${file}`;

async function findings(): Promise<FindingRecord[]> {
  return readStore<FindingRecord>(session.reader, 'findings');
}

async function setLocale(page: Page, locale: 'en' | 'zh_CN') {
  await page.evaluate(async (locale) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), locale } });
  }, locale);
}

beforeAll(async () => {
  session = await startExtensionSession();
  // The user's own cap: 800 CNY a day on Alipay, counted in Shanghai time.
  await session.reader.evaluate(() =>
    chrome.storage.local.set({
      settings: {
        timeZone: 'Asia/Shanghai',
        rules: { limits: [{ walletId: 'alipay', currency: 'CNY', daily: '800' }] },
      },
    }),
  );
  popup = await session.browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
});
afterAll(async () => {
  await session?.close();
});

describe('from a limit overrun to an overdue recovery case', () => {
  it('a withdrawal over the daily limit becomes a finding with the guide link and help links', async () => {
    const page = await session.browser.context.newPage();
    await alipayWithdrawal(page);
    await page.close();

    await expect
      .poll(async () => (await findings()).map((f) => f.ruleId), { timeout: 15_000 })
      .toContain('withdrawal-limit-daily');
    const limit = (await findings()).find((f) => f.ruleId === 'withdrawal-limit-daily')!;
    expect(limit).toMatchObject({ walletId: 'alipay', status: 'open', guide: 'cause-limits' });

    await popup.goto(extensionUrl('popup.html'));
    const card = popup.locator(`[data-finding="${limit.id}"]`);
    await expect
      .poll(() => card.locator('.detail').textContent())
      .toBe('Withdrawals of 1,000 CNY today exceed your daily limit of 800 CNY; resets at 00:00.');
    await expect
      .poll(() => popup.locator('[data-wallet="alipay"] .health-label').textContent())
      .toBe('Needs attention');
    const guideLink = card.locator('a.guide-link');
    expect(await guideLink.getAttribute('href')).toBe(
      `guide.html?finding=${encodeURIComponent(limit.id)}#cause-limits`,
    );
    expect(await axeViolations(popup)).toEqual([]);
    await shot(popup, 'popup-en');

    // The link opens the guide on the limits section, with Alipay's own help links on top.
    const [guide] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      guideLink.click(),
    ]);
    await guide.waitForLoadState();
    expect(guide.url()).toBe(
      extensionUrl(`guide.html?finding=${encodeURIComponent(limit.id)}#cause-limits`),
    );
    const alipay = getWallet('alipay')!;
    await expect.poll(() => guide.locator(`a[href="${alipay.help}"]`).count()).toBeGreaterThan(0);
    expect(await guide.locator('#cause-limits').isVisible()).toBe(true);
    await guide.setViewportSize({ width: 900, height: 900 });
    await guide.evaluate(() => window.scrollTo(0, 0));
    await shot(guide, 'guide-en', false);
    await guide.close();
  });

  it('opens a case from the finding, records the appeal, and starts a 10-business-day countdown', async () => {
    const limit = (await findings()).find((f) => f.ruleId === 'withdrawal-limit-daily')!;
    await popup.goto(extensionUrl('popup.html'));
    const [form] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      popup.locator(`[data-finding="${limit.id}"] a.case-link`).click(),
    ]);
    await form.waitForLoadState();
    await expect.poll(() => form.locator('#case-wallet').inputValue()).toBe('alipay');
    expect(await form.locator('#case-amount').inputValue()).toBe('1000');
    expect(await form.locator('#case-currency').inputValue()).toBe('CNY');
    // A bad amount is refused with a message, and nothing is stored.
    await form.locator('#case-amount').fill('1,000');
    await form.getByRole('button', { name: 'Open the case' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('Enter the amount');
    expect(await readStore(session.reader, 'cases')).toEqual([]);

    await form.locator('#case-amount').fill('1000');
    await form.locator('#case-ticket').fill('CS-20261125-0042');
    await Promise.all([
      form.waitForURL('**/cases.html?case=*'),
      form.getByRole('button', { name: 'Open the case' }).click(),
    ]);
    await form.getByRole('button', { name: 'I contacted support' }).click();
    await form.getByRole('button', { name: 'I submitted the appeal' }).click();
    await expect
      .poll(() => form.locator('.countdown').textContent())
      .toMatch(/^(10|9|8) business days left for a reply \(deadline /);
    await form
      .locator('#log-text')
      .fill('Appeal sent with the bank statement and the limit notice.');
    await form.locator('#log-attachments').fill('statement-2026-11.pdf\nlimit-notice.png');
    await form.getByRole('button', { name: 'Add to the log' }).click();
    await expect.poll(() => form.locator('.case-log > li').count()).toBe(1);

    const [stored] = await readStore<{
      status: string;
      ticket: string;
      findingId: string;
      deadline: number;
      appealAt: number;
      log: Array<{ attachments: string[] }>;
    }>(session.reader, 'cases');
    expect(stored).toMatchObject({
      status: 'waiting',
      ticket: 'CS-20261125-0042',
      findingId: limit.id,
    });
    expect(stored!.log[0]!.attachments).toEqual(['statement-2026-11.pdf', 'limit-notice.png']);
    // 10 business days are at least 12 calendar days and at most 16.
    expect(stored!.deadline - stored!.appealAt).toBeGreaterThan(11 * DAY);
    expect(stored!.deadline - stored!.appealAt).toBeLessThan(17 * DAY);
    // The worker will be woken at the deadline.
    const worker = await getWorker(session.browser.context, session.browser.extensionId);
    const alarm = await worker.evaluate(() => chrome.alarms.get('case-deadline:1'));
    expect(alarm?.scheduledTime).toBe(stored!.deadline);

    expect(await axeViolations(form)).toEqual([]);
    await form.setViewportSize({ width: 900, height: 900 });
    await shot(form, 'case-en');
    await form.close();
  });

  it('moving the clock past the deadline raises case-overdue, shown in the popup with the escalation step', async () => {
    const worker = await getWorker(session.browser.context, session.browser.extensionId);
    // Inject the clock: the worker's Date.now runs 16 days ahead; the deadline alarm is made to
    // fire now (alarms run on the real clock).
    await worker.evaluate((shift) => {
      const real = Date.now.bind(Date);
      Date.now = () => real() + shift;
      void chrome.alarms.create('case-deadline:1', { when: real() + 100 });
    }, 16 * DAY);
    await expect
      .poll(async () => (await findings()).find((f) => f.ruleId === 'case-overdue'), {
        timeout: 15_000,
      })
      .toMatchObject({ id: 'case-overdue:alipay:case-1', status: 'open', guide: 'step-escalate' });

    // The popup's clock runs as far ahead as the worker's from now on.
    await popup.addInitScript(SHIFT_CLOCK, 16 * DAY);
    await popup.goto(extensionUrl('popup.html'));
    const card = popup.locator('[data-finding="case-overdue:alipay:case-1"]');
    await expect.poll(() => card.locator('h3').textContent()).toBe('Recovery case overdue');
    expect(await card.locator('.detail').textContent()).toMatch(
      /^No reply on case CS-20261125-0042 10 business days after the appeal/,
    );
    expect(await card.locator('a.guide-link').getAttribute('href')).toBe(
      'guide.html?finding=case-overdue%3Aalipay%3Acase-1#step-escalate',
    );
  });

  it('"this was me" acknowledges a finding: it leaves the open list and the badge', async () => {
    const worker = await getWorker(session.browser.context, session.browser.extensionId);
    const badge = () => worker.evaluate(() => chrome.action.getBadgeText({}));
    await expect.poll(badge).toBe('2');
    const limitCard = popup.locator(
      '.findings-section > ol > li[data-finding^="withdrawal-limit-daily"]',
    );
    await limitCard.getByRole('button', { name: /^This was me/ }).click();
    await expect.poll(badge).toBe('1');
    await expect.poll(() => limitCard.count()).toBe(0);
    expect(await popup.locator('details.acknowledged summary').textContent()).toBe(
      '1 acknowledged',
    );
  });

  it('speaks Chinese, and stays accessible', async () => {
    await setLocale(popup, 'zh_CN');
    await popup.reload();
    await expect.poll(() => popup.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect
      .poll(() => popup.locator('[data-finding="case-overdue:alipay:case-1"] h3').textContent())
      .toBe('申诉已超期');
    expect(await axeViolations(popup)).toEqual([]);
    await shot(popup, 'popup-zh');
    const page = await session.browser.context.newPage();
    await page.addInitScript(SHIFT_CLOCK, 16 * DAY);
    await page.goto(extensionUrl('cases.html?case=1'));
    await expect.poll(() => page.locator('.countdown').textContent()).toMatch(/^截止日/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    await setLocale(popup, 'en');
  });
});
