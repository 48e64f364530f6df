// The recovery guide as a user meets it: opened from a daily-limit warning on Binance it lands
// on that warning's box (Binance's own links and the five steps, issue 15), with the
// explanations ("Withdrawal limits") below; the
// contents work from the keyboard; axe finds nothing in English, Chinese or the dark theme;
// hostile text from a custom site renders as text and the page holds at 200% zoom.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getWallet } from '../../src/catalog';
import { startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { ROOT } from './harness/paths';
import { putRecords } from './harness/seed';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const artifacts = path.join(ROOT, 'artifacts');

const ANCHORS = [
  'step-status',
  'step-support',
  'step-appeal',
  'step-track',
  'step-escalate',
  'cause-technical',
  'cause-security',
  'cause-compliance',
  'cause-limits',
  'why-frozen',
  'secure-account',
  'support-tips',
  'support-failed',
  'choose-wallet',
];

const HOSTILE = '<img src=x onerror=alert(1)>';
const LONG = 'W'.repeat(10_000);
const AT = Date.UTC(2026, 10, 5, 6, 30);

/** As src/rules/withdrawal-limit-daily.ts writes it when the user's daily cap is exceeded. */
const LIMIT_FINDING = {
  id: 'withdrawal-limit-daily:binance:2026-11-05:USDT',
  ruleId: 'withdrawal-limit-daily',
  walletId: 'binance',
  severity: 'warning',
  cause: 'limits',
  at: AT,
  eventIds: [],
  guide: 'cause-limits',
  status: 'open',
  params: {
    source: 'settings',
    period: 'day',
    periodKey: '2026-11-05',
    currency: 'USDT',
    used: '5000',
    limit: '3000',
    over: '2000',
    count: 2,
    resetsAt: Date.UTC(2026, 10, 6),
    timeZone: 'UTC',
  },
};

/** A Gate account frozen, as src/rules/account-frozen.ts writes it. */
const GATE_FINDING = {
  id: 'account-frozen:gate:seeded',
  ruleId: 'account-frozen',
  walletId: 'gate',
  severity: 'critical',
  cause: 'security',
  at: AT,
  eventIds: [],
  guide: 'why-frozen',
  status: 'open',
  params: { message: '您的账户已被冻结', count: 1, firstAt: AT },
};

/** A site the user added, whose page wrote markup and a huge word into the finding. */
const HOSTILE_FINDING = {
  ...LIMIT_FINDING,
  id: 'withdrawal-limit-daily:custom:https://evil.example:2026-11-05:site',
  walletId: 'custom:https://evil.example',
  params: { source: 'site', period: 'day', message: `${HOSTILE}${LONG}`, currency: HOSTILE },
};

/** A row no rule writes: an unknown rule id is shown as is (findingTitle), so as text here. */
const HOSTILE_RULE_FINDING = {
  ...HOSTILE_FINDING,
  id: 'hostile-rule',
  ruleId: `${HOSTILE}${LONG}`,
  guide: `${HOSTILE}`,
};

let session: ExtensionSession;
let page: Page;
let base: string;
const dialogs: string[] = [];

const guideUrl = (query = '', hash = '') => `${base}guide.html${query}${hash}`;
const findingQuery = (id: string) => `?finding=${encodeURIComponent(id)}`;

async function openGuide(url: string): Promise<void> {
  // A URL differing from the current one only in its #hash would not reload the page.
  await page.goto('about:blank');
  await page.goto(url);
  await page.locator('h1').waitFor();
  // The finding's box is read asynchronously; focus moves once it has settled.
  await page.waitForFunction(
    () => document.querySelector('.context')?.getAttribute('data-state') !== 'loading',
  );
}

async function activeId(): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.id);
}

async function axeViolations(): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResult> } })
      .axe;
    interface AxeResult {
      violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
    }
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

async function horizontalOverflow(): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

beforeAll(async () => {
  session = await startExtensionSession();
  base = `chrome-extension://${session.browser.extensionId}/`;
  // Raw IndexedDB once the product has made the database: no product code between test and data.
  await putRecords(session.reader, 'findings', [
    LIMIT_FINDING,
    GATE_FINDING,
    HOSTILE_FINDING,
    HOSTILE_RULE_FINDING,
  ]);
  page = await session.browser.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  mkdirSync(artifacts, { recursive: true });
});
afterAll(async () => {
  await session?.close();
});

describe('guide opened from a daily-limit warning', () => {
  it('shows the warning, Binance and its help links on top', async () => {
    await openGuide(guideUrl(findingQuery(LIMIT_FINDING.id), '#cause-limits'));
    const box = page.locator('.context');
    await expect.poll(() => box.locator('.wallet-name').textContent()).toBe('Binance');
    expect(await box.locator('h2').textContent()).toMatch(/^Binance: .*limit/i);
    expect(await box.locator('.what').textContent()).toMatch(/limit/i);
    expect(await box.locator('time').getAttribute('datetime')).toBe(new Date(AT).toISOString());
    // A moment as the popup and the log write it: to the second, 24-hour, with the zone.
    expect(await box.locator('time').textContent()).toMatch(/^Nov 5, 2026, \d{2}:30:00 \S+$/);
    expect(await box.locator('.severity-warning').textContent()).toBe('Warning');
    expect(await box.locator('dd', { hasText: 'Open' }).count()).toBe(1);

    const binance = getWallet('binance')!;
    const help = box.locator('a.help-link');
    expect(await help.getAttribute('href')).toBe(binance.help);
    expect(await help.getAttribute('target')).toBe('_blank');
    expect(await help.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await box.locator('a.contact-link').getAttribute('href')).toBe(binance.contact);
    expect(await box.locator('a.case-link').getAttribute('href')).toBe(
      `cases.html?finding=${encodeURIComponent(LIMIT_FINDING.id)}`,
    );
    expect(await box.locator('a.case-link').textContent()).toBe('Open a recovery case');
    // Binance takes appeals through its support: no separate appeal link.
    expect(await box.locator('a.appeal-link').count()).toBe(0);
  });

  it('lands on the warning’s box: the warning, the links and the five steps in view, explanations below', async () => {
    // The popup links to the finding's own section (#cause-limits); what to do comes first.
    await expect.poll(activeId).toBe('finding');
    const box = page.locator('#finding');
    expect(await box.getAttribute('data-current')).toBe('');
    const steps = box.locator('ol.now-steps > li');
    expect(await steps.count()).toBe(5);
    expect(
      await steps
        .locator('a[href^="#step-"]')
        .evaluateAll((a) => a.map((e) => e.getAttribute('href'))),
    ).toEqual(['#step-status', '#step-support', '#step-appeal', '#step-track', '#step-escalate']);
    expect(await steps.nth(3).textContent()).toContain('10 business days');
    const shown = (await box.boundingBox())!;
    expect(shown.y).toBeGreaterThanOrEqual(0);
    expect(shown.y + shown.height).toBeLessThanOrEqual(900);
    // Explanations follow the box: the five steps in full, and the warning's own section.
    for (const id of ['steps', 'cause-limits']) {
      const section = (await page.locator(`#${id}`).boundingBox())!;
      expect(section.y, id).toBeGreaterThanOrEqual(shown.y + shown.height);
    }
    expect(await box.locator('.explain a').getAttribute('href')).toBe('#cause-limits');
    expect(await box.locator('.explain a').textContent()).toBe(
      'Why this happens: Withdrawal limits',
    );
    await page.screenshot({ path: path.join(artifacts, 'guide-en.png') });
  });

  it('the explanation link moves focus to the warning’s section', async () => {
    // The URL already ends in #cause-limits: no hashchange, the link itself focuses.
    await page.locator('#finding .explain a').click();
    await expect.poll(activeId).toBe('cause-limits');
    const section = page.locator('#cause-limits');
    expect(await section.getAttribute('data-current')).toBe('');
    expect(await section.locator('h3').textContent()).toBe('Withdrawal limits');
    const box = (await section.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(100);
    const background = await section.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('has every DESIGN anchor, landmarks and ordered headings', async () => {
    for (const id of ANCHORS) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
    expect(await page.locator('[id="regulators"]').count()).toBe(1);
    const order = await page.evaluate(
      (ids) => {
        const all = Array.from(document.querySelectorAll('[id]')).map((e) => e.id);
        return ids.map((id) => all.indexOf(id));
      },
      ANCHORS.slice(0, 5),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(await page.locator('header').count()).toBe(1);
    expect(await page.locator('nav').count()).toBe(1);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('h1').count()).toBe(1);
    const levels = await page.evaluate(() =>
      Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) =>
        Number(h.tagName[1]),
      ),
    );
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level, `heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    const stepTrack = await page.locator('#step-track').textContent();
    expect(stepTrack).toContain('10 business days');
    expect(stepTrack).toMatch(/keep following up/i);
  });

  it('has no axe violations (light and dark)', async () => {
    expect(await axeViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations()).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, 'guide-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('guide without context', () => {
  it('works from the keyboard: Tab reaches the contents, Enter moves focus into the section', async () => {
    await openGuide(guideUrl());
    let inToc = false;
    for (let i = 0; i < 5 && !inToc; i++) {
      await page.keyboard.press('Tab');
      inToc = await page.evaluate(() => !!document.activeElement?.closest('nav'));
    }
    expect(inToc).toBe(true);
    let href = '';
    for (let i = 0; i < 40 && !href.endsWith('#cause-security'); i++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    }
    expect(href).toBe('#cause-security');
    await page.keyboard.press('Enter');
    await expect.poll(activeId).toBe('cause-security');
    // Chromium focuses a focusable fragment target itself; the mark follows on `hashchange`.
    await expect.poll(() => page.locator('#cause-security').getAttribute('data-current')).toBe('');
    // The next Tab continues inside the section, not back at the contents.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#cause-security'))).toBe(
      true,
    );
  });

  it('an unknown warning id: a calm message, the guide still shows', async () => {
    await openGuide(guideUrl(findingQuery('no-such-finding'), '#step-appeal'));
    await expect
      .poll(() => page.locator('.context .calm').textContent())
      .toMatch(/no longer stored/);
    expect(await page.locator('.context a').count()).toBe(0);
    await expect.poll(activeId).toBe('step-appeal');
  });

  it('?wallet=revolut: its links on top and its regions first in the directory', async () => {
    await openGuide(guideUrl('?wallet=revolut'));
    const revolut = getWallet('revolut')!;
    expect(await page.locator('.context a.help-link').getAttribute('href')).toBe(revolut.help);
    const regions = await page
      .locator('#regulators .region')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.region));
    expect(regions).toEqual(['uk', 'eu', 'cn', 'hk', 'tw', 'sg', 'us']);
    expect(await page.locator('#regulators-uk .badge').textContent()).toBe('Revolut operates here');
    expect(await page.locator('#regulators-cn .badge').count()).toBe(0);
    for (const link of await page.locator('#regulators a[target="_blank"]').all()) {
      expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });
});

describe('hostile text', () => {
  it('renders markup and a 10,000-character string as text; no dialog; no overflow', async () => {
    await openGuide(guideUrl(findingQuery(HOSTILE_FINDING.id), '#cause-limits'));
    const box = page.locator('.context');
    await expect.poll(() => box.locator('.wallet-name').textContent()).toBe('evil.example');
    expect(await box.locator('.origin').textContent()).toBe('https://evil.example');
    expect(await box.locator('a.help-link').count()).toBe(0);
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0);

    await openGuide(guideUrl(findingQuery(HOSTILE_RULE_FINDING.id)));
    await expect.poll(() => box.locator('.what').textContent()).toContain(HOSTILE);
    expect(await box.locator('.what').textContent()).toContain(LONG);
    // The one image is the product icon in the header.
    expect(await page.locator('img').count()).toBe(1);
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 640, height: 900 });
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });
});

describe('200% zoom', () => {
  it('holds at 640 px and at 1280 px with CSS zoom 2, contents above the text', async () => {
    await page.setViewportSize({ width: 640, height: 900 });
    await openGuide(guideUrl(findingQuery(LIMIT_FINDING.id), '#regulators'));
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0);
    const nav = (await page.locator('nav').boundingBox())!;
    const text = (await page.locator('main .content').boundingBox())!;
    const context = (await page.locator('.context').boundingBox())!;
    // On a narrow screen: the finding's context, then the contents, then the text.
    expect(context.y + context.height).toBeLessThanOrEqual(nav.y + 1);
    expect(nav.y + nav.height).toBeLessThanOrEqual(text.y + 1);
    await page.screenshot({ path: path.join(artifacts, 'guide-640.png') });

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => {
      document.documentElement.style.zoom = '2';
    });
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.evaluate(() => {
      document.documentElement.style.zoom = '';
    });
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

describe('guide opened from a Gate frozen-account warning', () => {
  it('step 3 leads to Gate’s own appeal, named as Gate names it', async () => {
    await openGuide(guideUrl(findingQuery(GATE_FINDING.id)));
    const step = page.locator('#finding ol.now-steps > li').nth(2);
    const appeal = step.locator('a.appeal-link');
    await appeal.waitFor();
    expect(await appeal.textContent()).toMatch(/^Submit an appeal \(Gate help centre\)/);
    expect(await appeal.getAttribute('href')).toBe(getWallet('gate')!.appeal);
    expect(await appeal.getAttribute('rel')).toBe('noopener noreferrer');
    // The person's own record of it is one link away, beside it.
    expect(await step.locator('a.case-link').count()).toBe(1);
  });
});

describe('in Chinese', () => {
  it('speaks Chinese, lands on the section and has no axe violations', async () => {
    await session.reader.evaluate(() =>
      chrome.storage.local.set({ settings: { locale: 'zh_CN' } }),
    );
    await openGuide(guideUrl(findingQuery(LIMIT_FINDING.id), '#cause-limits'));
    expect(await page.locator('h1').textContent()).toBe('恢复指南');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.title()).toContain('恢复指南');
    await expect.poll(() => page.locator('.context .wallet-name').textContent()).toBe('币安');
    expect(await page.locator('#cause-limits h3').textContent()).toBe('提现限额');
    expect(await page.locator('#step-track').textContent()).toContain('10 个工作日');
    await expect.poll(activeId).toBe('finding');
    expect(await page.locator('#finding h3').textContent()).toBe('现在该怎么做');
    expect(await page.locator('#finding ol.now-steps > li').count()).toBe(5);
    expect(await axeViolations()).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, 'guide-zh.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(artifacts, 'guide-zh-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 640, height: 900 });
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('names Gate’s appeal "提交申诉" and the person’s record 恢复记录', async () => {
    await openGuide(guideUrl(findingQuery(GATE_FINDING.id)));
    const step = page.locator('#finding ol.now-steps > li').nth(2);
    await step.locator('a.appeal-link').waitFor();
    expect(await step.locator('a.appeal-link').textContent()).toMatch(
      /^提交申诉（Gate 芝麻开门 帮助中心）/,
    );
    expect(await step.textContent()).toContain('恢复记录');
    expect(await page.locator('main').textContent()).not.toContain('申诉记录');
    expect(await axeViolations()).toEqual([]);
  });
});
