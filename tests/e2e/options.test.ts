// Options and onboarding end to end, as a user meets them: the welcome page opens on install;
// an own wallet site (MAX Exchange, not in the catalog) is added in the options page, the
// browser's own permission prompt is answered, the site is watched (`custom:<origin>`), then
// removed and no longer watched; a daily limit typed into the options page fires on the next
// Alipay withdrawal; a half-filled form saves nothing; axe is clean in en and zh_CN. Issue 15:
// limits first, thresholds folded under Advanced, every setting saved when changed.
//
// The permission prompt is real. Headless Chromium never resolves `permissions.request`, so
// this file runs a headed Chromium on a virtual display (Xvfb) and answers the prompt with key
// presses sent through the X server (XTEST), as a user at the keyboard would: Tab to "Allow",
// Enter. Tried first and dropped: chrome://extensions' `developerPrivate.addHostPermission`
// (answers "ok" but only re-grants withheld required hosts, never optional ones), CDP
// (`Browser.grantPermissions` covers web permissions only; the `Extensions` domain has no
// permission method), a Chromium switch (none auto-accepts extension prompts), and a managed
// policy (`ExtensionSettings` can block or allow hosts but not grant optional ones, and its
// file is machine-wide).
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import type { LaunchedBrowser } from './harness/browser';
import { readAllEvents, readStore, waitForEvents } from './harness/idb';
import { DIST_CHROME, ROOT } from './harness/paths';
import {
  answerPrompt as answerPromptWith,
  launchHeaded,
  XKeyboard,
  type HeadedSession,
} from './harness/x11';

const SITE = 'https://max.maicoin.com';
const artifacts = path.join(ROOT, 'artifacts');

/** The whole page, light and dark, for a person to look at (artifacts/, not committed). */
async function pictures(page: Page, name: string): Promise<void> {
  await mkdir(artifacts, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(artifacts, `${name}-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
const WALLET = `custom:${SITE}`;

let headed: HeadedSession;
let keyboard: XKeyboard;
let browser: LaunchedBrowser;
let reader: Page;

const url = (file: string) => `chrome-extension://${browser.extensionId}/${file}`;

/** The user at the browser's permission prompt (tests/e2e/harness/x11.ts). */
const answerPrompt = (act: () => Promise<void>, allow: boolean) =>
  answerPromptWith(keyboard, act, allow);

async function storedSettings(): Promise<Record<string, unknown>> {
  return reader.evaluate(async () => (await chrome.storage.local.get('settings')).settings ?? {});
}

async function registeredIds(): Promise<string[]> {
  return reader.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s: { id: string }) => s.id),
  );
}

async function hasOrigin(origin: string): Promise<boolean> {
  return reader.evaluate((o) => chrome.permissions.contains({ origins: [o] }), origin);
}

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url('options.html'));
  await page.locator('h1').waitFor();
  return page;
}

async function signInOnMax() {
  const page = await browser.context.newPage();
  await page.goto(`${SITE}/login`);
  await page.fill('#member_email', 'trader@example.com');
  await page.fill('#member_password', 'correct horse battery');
  await Promise.all([page.waitForURL('**/wallet/overview'), page.click('#login-submit')]);
  return page;
}

beforeAll(async () => {
  headed = await launchHeaded(DIST_CHROME);
  ({ browser, keyboard, reader } = headed);
});

afterAll(async () => {
  await headed?.close();
});

describe('onboarding', () => {
  it('opens on install, says what is watched and never read, and is clean for axe in both languages', async () => {
    await expect
      .poll(() => browser.context.pages().find((p) => p.url() === url('onboarding.html')), {
        timeout: 15_000,
      })
      .toBeTruthy();
    const page = browser.context.pages().find((p) => p.url() === url('onboarding.html'))!;
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome to Wallet Sentinel');
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Allowed: the known wallet sites are watched.');
    expect(await page.locator('#never-heading').textContent()).toBe('What it never reads');
    expect(await axeViolations(page)).toEqual([]);

    await page.evaluate(() => chrome.storage.local.set({ settings: { locale: 'zh_CN' } }));
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('欢迎使用钱包哨兵');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await axeViolations(page)).toEqual([]);
    // Dark theme, in Chinese and then in English.
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => chrome.storage.local.remove('settings'));
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome to Wallet Sentinel');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.close();
  });
});

describe('options page', () => {
  it('is clean for axe in en and, switched from its own language menu, in zh_CN', async () => {
    const page = await openOptions();
    expect(await page.locator('h1').textContent()).toBe('Options');
    expect(await axeViolations(page)).toEqual([]);
    // The language menu is the first field on the page (usability test: hard to find).
    expect(await page.evaluate(() => document.querySelector('main select, main input')?.id)).toBe(
      'language',
    );
    await page.selectOption('#language', 'zh_CN');
    await expect.poll(() => page.locator('h1').textContent()).toBe('设置');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await pictures(page, 'options-zh');
    await page.selectOption('#language', 'en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Options');
    await page.close();
  });

  // Before the site is ever granted: once granted, Chromium remembers the origin even after
  // `permissions.remove` and grants a later request for it without a prompt.
  it('adds nothing when the prompt is declined, and says why', async () => {
    const page = await openOptions();
    await page.fill('#site-url', 'max.maicoin.com');
    await answerPrompt(
      () => page.getByRole('button', { name: 'Add and allow access' }).click(),
      false,
    );
    await expect
      .poll(() => page.locator('#site-url-error').textContent())
      .toContain('Access to max.maicoin.com was not allowed, so it was not added.');
    expect(await page.getAttribute('#site-url', 'aria-invalid')).toBe('true');
    expect((await storedSettings()).customSites ?? []).toEqual([]);
    expect(await hasOrigin(`${SITE}/*`)).toBe(false);
    await page.close();
  });

  it('adds an own site through the browser’s prompt, watches it, and stops when it is removed', async () => {
    expect(await hasOrigin(`${SITE}/*`)).toBe(false);
    const page = await openOptions();
    await page.fill('#site-url', `${SITE}/login`);
    await answerPrompt(
      () => page.getByRole('button', { name: 'Add and allow access' }).click(),
      true,
    );
    await expect
      .poll(() => page.locator('#sites .status').textContent())
      .toBe('max.maicoin.com is added and watched from now on.');
    expect(await hasOrigin(`${SITE}/*`)).toBe(true);
    expect((await storedSettings()).customSites).toEqual([
      { origin: SITE, addedAt: expect.any(Number) },
    ]);
    await expect.poll(registeredIds).toContain(`custom-site:${SITE}`);
    expect(await page.locator(`[data-origin="${SITE}"] .site-state`).textContent()).toBe('Watched');

    const site = await signInOnMax();
    const events = await waitForEvents(
      reader,
      (all) => all.some((e) => e.walletId === WALLET && e.kind === 'login.success'),
      15_000,
    );
    const mine = events.filter((e) => e.walletId === WALLET);
    expect(mine.map((e) => e.kind)).toEqual(['login.attempt', 'login.success']);
    expect(mine[0]).toMatchObject({ origin: SITE, path: '/login' });
    expect(mine[1]).toMatchObject({ origin: SITE, path: '/wallet/overview' });
    await site.close();

    await page.getByRole('button', { name: 'Remove max.maicoin.com' }).click();
    await expect
      .poll(() => page.locator('#sites .status').textContent())
      .toBe('max.maicoin.com is removed and its access given back.');
    await expect.poll(registeredIds).not.toContain(`custom-site:${SITE}`);
    expect(await hasOrigin(`${SITE}/*`)).toBe(false);
    expect((await storedSettings()).customSites).toEqual([]);

    const count = (await readAllEvents(reader)).length;
    const again = await signInOnMax();
    await new Promise((r) => setTimeout(r, 2500));
    expect((await readAllEvents(reader)).length).toBe(count);
    await again.close();
    await page.close();
  });

  it('puts limits first and wallets next, folds the thresholds under Advanced, and has no Save button', async () => {
    const page = await openOptions();
    const sections = await page
      .locator('main section.options-section')
      .evaluateAll((els) => els.map((e) => e.id));
    expect(sections.slice(0, 2)).toEqual(['limits', 'wallets']);
    expect(sections.at(-3)).toBe('thresholds');
    expect(await page.locator('#thresholds-heading').textContent()).toBe('Advanced');
    expect(await page.locator('#thresholds details').getAttribute('open')).toBeNull();
    expect(await page.locator('#th-failedLoginCount').isVisible()).toBe(false);
    expect(await page.locator('#wallets details').getAttribute('open')).toBeNull();
    // One saving model: settings save when changed; the only "Save" writes a file.
    const saves = await page.getByRole('button', { name: /^Save\b/ }).allTextContents();
    expect(saves).toEqual(['Save settings to a file']);
    expect(await page.locator('.save-model').textContent()).toMatch(/saved as soon as/);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(3200);
    await pictures(page, 'options-en');
    await page.close();
  });

  it('saves a threshold when it is left, and keeps the old one when the new one is not valid', async () => {
    const page = await openOptions();
    await page.locator('#thresholds summary').click();
    const field = page.locator('#th-failedLoginCount');
    const before = ((await storedSettings()).rules as Record<string, unknown> | undefined)
      ?.failedLoginCount;
    await field.fill('7');
    await field.press('Tab');
    await expect
      .poll(() => field.locator('xpath=..').locator('.save-note').textContent())
      .toBe('Saved');
    expect(((await storedSettings()).rules as Record<string, unknown>).failedLoginCount).toBe(7);
    await field.fill('7.5');
    await field.press('Enter');
    await expect
      .poll(() => page.locator('#th-failedLoginCount-error').textContent())
      .toMatch(/whole number/i);
    expect(await field.locator('xpath=..').locator('.save-note').textContent()).toMatch(
      /^Not saved/,
    );
    expect(((await storedSettings()).rules as Record<string, unknown>).failedLoginCount).toBe(7);
    await page.getByRole('button', { name: 'Reset all to defaults' }).click();
    await expect.poll(() => field.inputValue()).toBe(String(before ?? 3));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('refuses a half-filled limit with messages in place, and stores nothing', async () => {
    const before = await storedSettings();
    const page = await openOptions();
    await page.getByRole('button', { name: 'Add a limit' }).click();
    const row = page.locator('#limits [data-row="0"]');
    await expect
      .poll(() => row.locator(':scope > .save-note').textContent())
      .toBe('Not saved yet: choose the wallet, the currency and at least one limit.');
    await page.selectOption('#limit-0-walletId', 'alipay');
    await page.fill('#limit-0-currency', 'RMB');
    await page.fill('#limit-0-daily', '1,000');
    await page.press('#limit-0-daily', 'Tab');
    await expect
      .poll(() => row.locator(':scope > .save-note').textContent())
      .toBe('Not saved: correct the fields marked above. A limit saved before stays in use.');
    expect(await page.locator('#limit-0-currency-error').textContent()).toContain(
      '“RMB” is not a currency code',
    );
    expect(await page.locator('#limit-0-daily-error').textContent()).toContain('no commas');
    expect(await page.getAttribute('#limit-0-daily', 'aria-invalid')).toBe('true');
    expect(await storedSettings()).toEqual(before);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a daily limit set here raises the limit finding on the next withdrawal', async () => {
    const page = await openOptions();
    await page.getByRole('button', { name: 'Add a limit' }).click();
    await page.selectOption('#limit-0-walletId', 'alipay');
    await page.fill('#limit-0-currency', 'cny');
    await page.fill('#limit-0-daily', '800');
    await page.press('#limit-0-daily', 'Enter');
    await expect
      .poll(() => page.locator('#limits [data-row="0"] > .save-note').textContent())
      .toBe('Saved. It counts from the next withdrawal on.');
    const rules = (await storedSettings()).rules as { limits: unknown[] };
    expect(rules.limits).toEqual([{ walletId: 'alipay', currency: 'CNY', daily: '800' }]);
    expect(await page.locator('#limit-resets').textContent()).toMatch(
      /^Days and months are counted in /,
    );
    // The worker copies settings (not events) to storage.sync for the user's other computers.
    await expect
      .poll(() =>
        reader.evaluate(async () => Object.keys(await chrome.storage.sync.get(null)).sort()),
      )
      .toContain('settingsSync.meta');
    await page.close();

    // Issue 5's Alipay flow: 1,000 CNY, over the 800 just set.
    const alipay = await browser.context.newPage();
    await alipay.goto('https://personalweb.alipay.com/fund/withdraw/apply.htm');
    await alipay.locator('#J-amount').pressSequentially('1000');
    await alipay.locator('#J-card-select').click();
    await alipay.locator('.ui-select-option', { hasText: '招商银行' }).click();
    await alipay.locator('#J-next').click();
    await alipay.locator('#payPassword_rsainput').fill('135790');
    await Promise.all([
      alipay.waitForURL('**/fund/withdraw/result.htm'),
      alipay.click('#J-submit'),
    ]);
    await alipay.getByText('提现成功').waitFor();
    await alipay.close();
    await expect
      .poll(
        async () =>
          (await readStore<{ ruleId: string; walletId: string }>(reader, 'findings')).map(
            (f) => `${f.ruleId} ${f.walletId}`,
          ),
        { timeout: 15_000 },
      )
      .toContain('withdrawal-limit-daily alipay');
  });

  it('saves the settings to a file and refuses a tampered copy whole', async () => {
    const page = await openOptions();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save settings to a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^wallet-sentinel-settings-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const doc = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(doc.settings.rules.limits).toEqual([
      { walletId: 'alipay', currency: 'CNY', daily: '800' },
    ]);

    const before = await storedSettings();
    doc.settings.rules.limits[0].daily = '-800';
    doc.settings.locale = 'zh_CN';
    await page.setInputFiles('#import-file', {
      name: 'tampered.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doc)),
    });
    await expect
      .poll(() => page.locator('#import-error').textContent())
      .toBe(
        'Values in this backup that are not valid: 1 (the first: rules.limits). Nothing was changed.',
      );
    expect(await storedSettings()).toEqual(before);
    await page.close();
  });

  it('switches lookalike warnings on through the browser’s prompt, and off again', async () => {
    const page = await openOptions();
    await answerPrompt(() => page.locator('#lookalike').click(), true);
    await expect
      .poll(() => page.locator('#alerts .status').textContent())
      .toBe('Lookalike warnings are on.');
    expect((await storedSettings()).lookalikeWarnings).toBe(true);
    expect(
      await reader.evaluate(() => chrome.permissions.contains({ permissions: ['webNavigation'] })),
    ).toBe(true);
    await page.locator('#lookalike').click();
    await expect
      .poll(() => page.locator('#alerts .status').textContent())
      .toBe('Lookalike warnings are off and the permission is given back.');
    expect(
      await reader.evaluate(() => chrome.permissions.contains({ permissions: ['webNavigation'] })),
    ).toBe(false);
    await page.close();
  });
});
