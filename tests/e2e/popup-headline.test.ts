// Issue 15: the popup answers "is my money OK, and if not, what do I do now?" first. A Gate
// account frozen on the real-looking Gate page (a critical finding the worker raises), an OKX
// identity-verification notice and a first withdrawal to a new OKX address (an info note):
// the headline names the worst one and counts what the badge counts; notices the person did not
// cause offer "Already handled", never "This was me"; a finding with a recovery case links to
// the case, and the case form asks before a second; axe finds nothing in either language; at
// 200% zoom the headline and its action are on the first screen. Screenshots in artifacts/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { readStore } from './harness/idb';
import { ROOT } from './harness/paths';
import { putRecords } from './harness/seed';
import { getWorker } from './harness/worker';

let session: ExtensionSession;
let popup: Page;
const artifacts = path.join(ROOT, 'artifacts');
const url = (page: string) => `chrome-extension://${session.browser.extensionId}/${page}`;

const KYC_ID = 'kyc-required:okx:seeded';
const NOTE_ID = 'withdrawal-new-destination:okx:seeded';
const seeded = (id: string, ruleId: string, severity: string, params: Record<string, unknown>) => ({
  id,
  ruleId,
  walletId: 'okx',
  severity,
  cause: ruleId === 'kyc-required' ? 'compliance' : 'security',
  at: Date.now() - 3_600_000,
  eventIds: [],
  guide: ruleId === 'kyc-required' ? 'cause-compliance' : 'cause-security',
  status: 'open',
  params,
});

async function badgeText() {
  const worker = await getWorker(session.browser.context, session.browser.extensionId);
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

interface FindingRecord {
  id: string;
  ruleId: string;
  status: string;
}

const frozen = async () =>
  (await readStore<FindingRecord>(session.reader, 'findings')).find(
    (f) => f.ruleId === 'account-frozen',
  );

async function openPopup(width = 400, height = 600) {
  await popup.setViewportSize({ width, height });
  await popup.goto(url('popup.html'));
  await popup.locator('#status-heading').waitFor();
}

async function shot(name: string) {
  mkdirSync(artifacts, { recursive: true });
  await popup.screenshot({ path: path.join(artifacts, `popup-${name}.png`) });
}

beforeAll(async () => {
  session = await startExtensionSession();
  // Written before the worker's finding: the badge is refreshed when the Gate notice is stored.
  await putRecords(session.reader, 'findings', [
    seeded(KYC_ID, 'kyc-required', 'warning', {
      message: 'Complete identity verification to continue withdrawing.',
      count: 1,
      firstAt: Date.now() - 3_600_000,
    }),
    seeded(NOTE_ID, 'withdrawal-new-destination', 'info', {
      destination: 'TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9',
      addressKind: 'tron',
      checksum: 'valid',
    }),
  ]);
  const gate = await session.browser.context.newPage();
  await gate.goto('https://www.gate.com/zh/myaccount');
  await gate.getByText('您的账户已被冻结', { exact: false }).waitFor();
  for (let i = 0; i < 200 && !(await frozen()); i++) await gate.waitForTimeout(100);
  await gate.close();
  popup = await session.browser.context.newPage();
});
afterAll(async () => {
  await session?.close();
});

describe('popup headline', () => {
  it('names the worst warning first and counts what the badge counts', async () => {
    await expect.poll(badgeText, { timeout: 10_000 }).toBe('2');
    await openPopup();
    const heading = popup.locator('#status-heading');
    expect(await heading.textContent()).toBe('Gate: Account frozen or restricted');
    expect(await heading.getAttribute('data-count')).toBe(await badgeText());
    expect(await popup.locator('.alert-count').textContent()).toBe(
      '2 warnings need your attention, the worst first',
    );
    expect(await popup.locator('#headline-action').textContent()).toBe('Start recovery');
    // The same two as cards; the note is folded under its count, not counted.
    expect(await popup.locator('.findings-section .finding').count()).toBe(2);
    expect(await popup.locator('details.notes summary').textContent()).toBe(
      '1 note, nothing urgent',
    );
    // A wallet with only a note is not "healthy beside a warning title".
    const okx = popup.locator('[data-wallet="okx"]');
    expect(await okx.count()).toBe(0); // OKX has no recorded events: no line at all
    const gateLine = popup.locator('[data-wallet="gate"]');
    expect(await gateLine.locator('.health-label').textContent()).toBe('Critical');
    expect(await gateLine.locator('.reason').textContent()).toBe('Account frozen or restricted');
    // One time per line: relative, the date and time on hover.
    const time = popup.locator('[data-finding^="account-frozen"] .meta time');
    expect(await time.textContent()).toMatch(/ago$/);
    expect(await time.getAttribute('title')).toMatch(/\d{4}/);
    expect(
      await popup.locator('[data-finding^="account-frozen"] .detail').textContent(),
    ).not.toMatch(/since/);
    // Options is one click away, and the language menu too (usability test: hard to find).
    expect(await popup.getByRole('link', { name: 'Options' }).getAttribute('href')).toBe(
      'options.html',
    );
    expect(await popup.getByRole('link', { name: 'Language: English' }).getAttribute('href')).toBe(
      'options.html#language',
    );
    expect(await axeViolations(popup)).toEqual([]);
    await shot('en-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await shot('en-dark');
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('shows an event’s time in the log as the popup shows it: same instant, same clock', async () => {
    const popupTime = popup.locator('[data-wallet="gate"] .seen time');
    const log = await session.browser.context.newPage();
    await log.setViewportSize({ width: 1280, height: 800 });
    await log.goto(url('log.html?wallet=gate'));
    // The same event (Gate's last: the wallet line's time) in both places.
    const instant = await popupTime.getAttribute('datetime');
    const rowTime = log.locator(`.log-body [role=row][data-id] .time time[datetime="${instant}"]`);
    await rowTime.first().waitFor();
    const shown = await rowTime.first().textContent();
    expect(shown).toBe(await popupTime.getAttribute('title'));
    // A moment: to the second, 24-hour, with the zone (wording/format.ts, formatMoment).
    expect(shown).toMatch(/\d{2}:\d{2}:\d{2} (GMT|UTC)/);
    expect(shown).not.toMatch(/AM|PM/);
    await log.close();
  });

  it('offers "This was me" only where the person may have done it', async () => {
    const f = await frozen();
    const frozenCard = popup.locator(`[data-finding="${f!.id}"]`);
    const kycCard = popup.locator(`[data-finding="${KYC_ID}"]`);
    for (const card of [frozenCard, kycCard]) {
      // The card's actions are drawn once the popup has read its state: wait for them.
      await card.getByRole('button', { name: /^Already handled: / }).waitFor();
      expect(await card.getByRole('button', { name: /^This was me/ }).count()).toBe(0);
    }
    const note = popup.locator(`[data-finding="${NOTE_ID}"]`);
    await popup.locator('details.notes summary').click();
    await note.getByRole('button', { name: /^This was me: / }).waitFor();
    expect(await note.locator('a.main-action').textContent()).toBe('Check this address');
    expect(await note.locator('a.main-action').getAttribute('href')).toContain(
      'q=TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9',
    );
  });

  it('links a finding to its recovery case and never makes a second without asking', async () => {
    const f = (await frozen())!;
    const card = popup.locator(`[data-finding="${f.id}"]`);
    const [form] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      // "Start recovery", the card's main action, opens a case for it.
      card.getByRole('link', { name: /^Start recovery/ }).click(),
    ]);
    await expect.poll(() => form.locator('#case-wallet').inputValue()).toBe('gate');
    await Promise.all([
      form.waitForURL('**/cases.html?case=*'),
      form.getByRole('button', { name: 'Open the case' }).click(),
    ]);
    const caseId = Number(new URL(form.url()).searchParams.get('case'));
    // The popup, still open, now shows the case's state and links to it, also as the main action.
    await expect
      .poll(() => card.locator('a.case-link').textContent(), { timeout: 10_000 })
      .toBe('Recovery case open →');
    expect(await card.locator('a.case-link').getAttribute('href')).toBe(
      `cases.html?case=${caseId}`,
    );
    expect(await card.getByRole('link', { name: /^Open a recovery case/ }).count()).toBe(0);
    expect(await popup.locator('#headline-action').getAttribute('href')).toBe(
      `cases.html?case=${caseId}`,
    );
    // The form opened again for the same finding shows that case and asks first.
    await form.goto(url(`cases.html?finding=${encodeURIComponent(f.id)}`));
    await form.locator('#existing-case-heading').waitFor();
    expect(await form.locator('form').count()).toBe(0);
    expect(await form.getByRole('link', { name: 'Go to the case' }).getAttribute('href')).toBe(
      `cases.html?case=${caseId}`,
    );
    expect(await axeViolations(form)).toEqual([]);
    await form.screenshot({ path: path.join(artifacts, 'cases-existing-en.png') });
    await form.getByRole('button', { name: 'Open a second case anyway' }).click();
    await form.locator('form').waitFor();
    expect((await readStore(session.reader, 'cases')).length).toBe(1);
    await form.close();
  });

  it('speaks Chinese, axe-clean, with the same count', async () => {
    await popup.evaluate(() => chrome.storage.local.set({ settings: { locale: 'zh_CN' } }));
    await openPopup();
    expect(await popup.locator('#status-heading').textContent()).toBe(
      'Gate 芝麻开门：账户被冻结或受限',
    );
    expect(await popup.locator('#status-heading').getAttribute('data-count')).toBe(
      await badgeText(),
    );
    expect(await popup.locator('.alert-count').textContent()).toBe(
      '共 2 条警告需要您处理，最严重的在前',
    );
    expect(await popup.getByRole('link', { name: '设置' }).count()).toBe(1);
    expect(await popup.getByRole('link', { name: '语言：简体中文' }).count()).toBe(1);
    expect(await axeViolations(popup)).toEqual([]);
    await shot('zh-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await shot('zh-dark');
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('at 200% zoom shows the headline and its action on the first screen', async () => {
    for (const locale of ['zh_CN', 'en']) {
      await popup.evaluate((l) => chrome.storage.local.set({ settings: { locale: l } }), locale);
      await openPopup();
      await popup.evaluate(() => (document.documentElement.style.zoom = '2'));
      for (const selector of ['#status-heading', '#headline-action']) {
        const box = (await popup.locator(selector).boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(600);
      }
      expect(
        await popup.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
      await shot(`${locale === 'en' ? 'en' : 'zh'}-200`);
    }
  });

  it('says one warning as one, in both languages, without "the worst first"', async () => {
    // The KYC notice handled: the frozen account is the only warning left.
    await popup.evaluate(() => chrome.storage.local.set({ settings: { locale: 'en' } }));
    await openPopup();
    await popup
      .locator(`[data-finding="${KYC_ID}"]`)
      .getByRole('button', { name: /^Already handled: / })
      .click();
    await expect.poll(badgeText, { timeout: 10_000 }).toBe('1');
    await openPopup();
    await expect
      .poll(() => popup.locator('.alert-count').textContent())
      .toBe('1 warning needs your attention');
    await popup.evaluate(() => chrome.storage.local.set({ settings: { locale: 'zh_CN' } }));
    await openPopup();
    await expect.poll(() => popup.locator('.alert-count').textContent()).toBe('1 条警告需要您处理');
    expect(await popup.locator('#status-heading').getAttribute('data-count')).toBe('1');
  });

  it('leads from the popup to the language menu, first on the options page', async () => {
    await openPopup();
    const [options] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      popup.getByRole('link', { name: '语言：简体中文' }).click(),
    ]);
    await options.waitForLoadState();
    expect(options.url()).toBe(url('options.html#language'));
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('language');
    const box = (await options.locator('#language').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(options.viewportSize()?.height ?? 720);
    await options.selectOption('#language', 'en');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Options');
    await options.close();
  });
});
