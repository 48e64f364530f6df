// Issue 16, the checklist per incident, end to end in real Chromium: a frozen-account notice on a
// wallet page becomes a finding; the recovery case opened from it carries the account-security
// checklist; ticking "submit the appeal" records the appeal and starts the 10-business-day
// countdown (and the worker's deadline alarm); "collect the evidence" makes this wallet's pack in
// one click and ticks itself; progress shows on the case and in the list, in both languages.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { kinds, startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { readStore } from './harness/idb';
import { getWorker } from './harness/worker';

let session: ExtensionSession;
const CANARY = 'Canary-Pw-7f3e91';
let casePage: Page;
const url = (file: string) => `chrome-extension://${session.browser.extensionId}/${file}`;
const setLocale = (locale: string) =>
  session.reader.evaluate(async (l) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), locale: l } });
  }, locale);

beforeAll(async () => {
  session = await startExtensionSession();
});
afterAll(async () => {
  await session?.close();
});

describe('a recovery case checklist', () => {
  it('opens from a frozen-account finding with the account-security tasks', async () => {
    const wallet = await session.browser.context.newPage();
    // A wrong password first, typed as a person types it: the canary must reach no message.
    await wallet.goto('https://www.gate.com/quick-login.html');
    await wallet.locator('#email').fill('holder@example.com');
    await wallet.locator('#password').pressSequentially(CANARY);
    await wallet.locator('#submit').click();
    await session.waitFor('gate', (e) => kinds(e).includes('login.failure'));
    await wallet.goto('https://www.gate.com/zh/myaccount');
    await session.waitFor('gate', (e) => kinds(e).includes('notice'));
    await wallet.close();
    let frozen: { id: string } | undefined;
    await expect
      .poll(async () => {
        frozen = (await readStore<{ id: string; ruleId: string }>(session.reader, 'findings')).find(
          (f) => f.ruleId === 'account-frozen',
        );
        return Boolean(frozen);
      })
      .toBe(true);

    // The warning card's main action, "Start recovery", opens the case for it.
    const popup = await session.browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(url('popup.html'));
    const card = popup.locator(`[data-finding="${frozen!.id}"]`);
    [casePage] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      card.getByRole('link', { name: /^Start recovery/ }).click(),
    ]);
    await casePage.waitForLoadState();
    expect(casePage.url()).toBe(url(`cases.html?finding=${encodeURIComponent(frozen!.id)}`));
    await popup.close();
    await expect.poll(() => casePage.locator('#case-wallet').inputValue()).toBe('gate');
    await casePage.locator('#case-amount').fill('2400');
    await casePage.locator('#case-currency').fill('USDT');
    await casePage.locator('#case-ticket').fill('GT-7781');
    await Promise.all([
      casePage.waitForURL('**/cases.html?case=*'),
      casePage.getByRole('button', { name: 'Open the case' }).click(),
    ]);
    const list = casePage.locator('.checklist');
    await list.waitFor();
    const tasks = await list
      .locator('li[data-task]')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-task')));
    expect(tasks).toEqual([
      'check-status',
      'change-password',
      'check-2fa',
      'review-sign-ins',
      'contact-support',
      'collect-evidence',
      'submit-appeal',
      'follow-up',
      'escalate',
    ]);
    expect(await list.locator('#checklist-progress').textContent()).toContain('0 of 9 done');
    // Each task leads somewhere real: the wallet's own support page, the log's sign-ins.
    expect(await list.locator('li[data-task="contact-support"] a').getAttribute('href')).toMatch(
      /^https:\/\/www\.gate\.(com|io)\//,
    );
    expect(await list.locator('li[data-task="review-sign-ins"] a').getAttribute('href')).toContain(
      'log.html?wallet=gate',
    );
    // The appeal goes through Gate's own form (usability test: people looked for "提交申诉").
    const appeal = list.locator('li[data-task="submit-appeal"] a');
    // Named for a screen reader too: it opens in a new tab, as the guide's links say.
    expect(await appeal.textContent()).toBe(
      'Submit an appeal (Gate help centre) (opens in a new tab)',
    );
    expect(await appeal.getAttribute('href')).toMatch(/^https:\/\/www\.gate\.(com|io)\//);
  });

  it('ticking "submit the appeal" starts the countdown and the deadline alarm', async () => {
    await casePage.getByLabel('Change the password').check();
    await casePage.getByLabel('Submit the appeal').check();
    await expect
      .poll(() => casePage.locator('.countdown').textContent())
      .toMatch(/business days left for a reply/);
    await expect
      .poll(() => casePage.locator('#checklist-progress').textContent())
      .toContain('2 of 9 done');
    const [stored] = await readStore<{
      id: number;
      status: string;
      appealAt: number;
      deadline: number;
      tasks: Record<string, number>;
    }>(session.reader, 'cases');
    expect(stored!.status).toBe('appeal-submitted');
    expect(stored!.deadline - stored!.appealAt).toBeGreaterThan(11 * 86_400_000);
    expect(Object.keys(stored!.tasks)).toEqual(['change-password']);
    const worker = await getWorker(session.browser.context, session.browser.extensionId);
    const alarm = await worker.evaluate(
      (id) => chrome.alarms.get(`case-deadline:${id}`),
      stored!.id,
    );
    expect(alarm?.scheduledTime).toBe(stored!.deadline);
    // Unticking by mistake takes the appeal back; ticking again starts a new countdown.
    await casePage.getByLabel('Submit the appeal').uncheck();
    await expect.poll(() => casePage.locator('.countdown').count()).toBe(0);
    await casePage.getByLabel('Submit the appeal').check();
    await casePage.locator('.countdown').waitFor();
  });

  it('"collect the evidence" makes the wallet\'s pack in one click and ticks itself', async () => {
    const [download] = await Promise.all([
      casePage.waitForEvent('download'),
      casePage.getByRole('button', { name: 'Make the evidence pack for Gate' }).click(),
    ]);
    const file = path.join(os.tmpdir(), `checklist-${Date.now()}.zip`);
    await download.saveAs(file);
    const files = unzipSync(await readFile(file));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['events.ndjson', 'report.html', 'verify.html', 'cases.json']),
    );
    const events = new TextDecoder().decode(files['events.ndjson']!).trim().split('\n').slice(1);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((line) => JSON.parse(line).walletId === 'gate')).toBe(true);
    await expect
      .poll(() => casePage.locator('li[data-task="collect-evidence"]').getAttribute('class'))
      .toBe('done');
    await expect
      .poll(() => casePage.locator('#checklist-progress').textContent())
      .toContain('3 of 9 done');
  });

  it('shows progress in the case list and on the warning card, speaks Chinese and stays accessible', async () => {
    const popup = await session.browser.context.newPage();
    await popup.goto(url('popup.html'));
    await expect
      .poll(() => popup.locator('.finding .case-progress').first().textContent())
      .toContain('case: 3 of 9 steps done');
    await popup.close();
    await casePage.goto(url('cases.html'));
    await expect
      .poll(() => casePage.locator('.case-list li').first().textContent())
      .toContain('3 of 9 done');
    expect(await axeViolations(casePage)).toEqual([]);
    await session.reader.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), locale: 'zh_CN' } });
    });
    await casePage.goto(url('cases.html?case=1'));
    await casePage.getByRole('heading', { name: '分步处理清单' }).waitFor();
    expect(await casePage.locator('#checklist-progress').textContent()).toContain('已完成 3/9');
    expect(await casePage.getByLabel('提交申诉').isChecked()).toBe(true);
    expect(await axeViolations(casePage)).toEqual([]);

    // The pack made in Chinese: its report and its verify page are accessible too (issue 15).
    const [download] = await Promise.all([
      casePage.waitForEvent('download'),
      casePage.locator('li[data-task="collect-evidence"] button').first().click(),
    ]);
    const folder = await mkdtemp(path.join(os.tmpdir(), 'checklist-zh-'));
    const zip = path.join(folder, 'pack.zip');
    await download.saveAs(zip);
    const files = unzipSync(await readFile(zip));
    for (const name of ['report.html', 'verify.html']) {
      await writeFile(path.join(folder, name), files[name]!);
      const viewer = await session.browser.context.newPage();
      await viewer.goto(`file://${path.join(folder, name)}`);
      await viewer.locator('h1').first().waitFor();
      if (name === 'report.html') {
        expect(await viewer.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      }
      expect(await axeViolations(viewer), name).toEqual([]);
      await viewer.close();
    }
  });

  it('writes a support request, an appeal and a regulator letter with the facts and no secret', async () => {
    await session.reader.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), locale: 'en' } });
    });
    await casePage.goto(url('cases.html?case=1'));
    const drafts = casePage.locator('section.drafts');
    const body = casePage.locator('#draft-body');
    // The wallet's own language comes first in the list; English is chosen here.
    await casePage.selectOption('#draft-language', 'en');
    await expect.poll(() => body.inputValue()).toContain('my Gate account');
    const support = await body.inputValue();
    const opened = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(Date.now());
    expect(support).toContain(opened);
    expect(support).toContain('Amount involved: 2,400 USDT');
    expect(support).toContain('Ticket number: GT-7781');
    expect(support).toMatch(/failed sign-in/);
    expect(support).toContain('密码不正确');
    expect(await casePage.locator('#draft-subject').inputValue()).toContain('Gate');
    expect(
      await drafts.getByRole('link', { name: 'Official support page' }).getAttribute('href'),
    ).toMatch(/^https:\/\/www\.gate\./);

    await drafts.getByLabel('Appeal').check();
    await expect.poll(() => body.inputValue()).toContain('I appeal against the restriction');
    expect(await body.inputValue()).toContain('I will follow up on');
    await drafts.getByLabel('Letter to a regulator').check();
    await expect.poll(() => body.inputValue()).toContain('I wish to complain about Gate');
    expect(await body.inputValue()).toMatch(/compare the chain head with [0-9a-f]{64}/);

    // In Chinese, edited by the person, and copied in one click.
    await drafts.getByLabel('Support request').check();
    await casePage.selectOption('#draft-language', 'zh_CN');
    await expect.poll(() => body.inputValue()).toContain('涉及金额：2,400 USDT');
    await body.fill(`${await body.inputValue()}\n补充：已提交身份证明。`);
    await casePage.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await drafts.getByRole('button', { name: 'Copy the message' }).click();
    await expect.poll(() => drafts.getByRole('status').textContent()).toContain('Copied');
    const clip = await casePage.evaluate(() => navigator.clipboard.readText());
    expect(clip).toContain('补充：已提交身份证明。');

    for (const text of [support, clip, await body.inputValue()]) expect(text).not.toContain(CANARY);
  });

  it('shows the wallet page: status, warnings, the case with its progress, the timeline, the contacts', async () => {
    // From the popup's wallet line, as a person gets there.
    const popup = await session.browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(url('popup.html'));
    const [page] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      popup.locator('[data-wallet="gate"] h3 a').click(),
    ]);
    await page.waitForLoadState();
    expect(page.url()).toBe(url('wallet.html?id=gate'));
    await popup.close();
    const status = page.locator('.status-line');
    await expect
      .poll(() => status.textContent())
      .toContain('Gate: act now — Account frozen or restricted');
    expect(await page.locator('.warnings [data-finding^="account-frozen:gate"]').count()).toBe(1);
    const caseLine = page.locator('.case-line');
    expect(await caseLine.textContent()).toContain('3 of 9 steps done');
    expect(await caseLine.locator('a').getAttribute('href')).toBe('cases.html?case=1');
    expect(await page.locator('.timeline li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Sign-in failed')]),
    );
    expect(
      await page.getByRole('link', { name: 'Contact Gate support' }).getAttribute('href'),
    ).toMatch(/^https:\/\/www\.gate\./);
    expect(
      await page
        .getByRole('link', { name: 'Submit an appeal (Gate help centre)' })
        .getAttribute('href'),
    ).toMatch(/^https:\/\/www\.gate\./);
    expect(await axeViolations(page)).toEqual([]);
    // In Chinese, light and dark: the language setting switches the page.
    await setLocale('zh_CN');
    await page.reload();
    await expect.poll(() => status.textContent()).toContain('Gate 芝麻开门');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(
      await page.getByRole('link', { name: '提交申诉（Gate 芝麻开门 帮助中心）' }).count(),
    ).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await setLocale('en');
    // Another wallet with nothing recorded says so; an unknown id is refused, not guessed.
    await page.goto(url('wallet.html?id=paypal'));
    await expect.poll(() => status.textContent()).toContain('PayPal looks normal');
    expect(await page.textContent('main')).toContain('Nothing recorded for this wallet yet.');
    await page.goto(url('wallet.html?id=<img>'));
    await page.getByRole('alert').waitFor();
    expect(await page.locator('img[src="x"], main img').count()).toBe(0);
    await page.close();
  });
});
