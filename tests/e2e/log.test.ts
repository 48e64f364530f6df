// The activity log as a user meets it after a year of use: 100,000 recorded events open at once
// newest first with a small DOM, scroll to the very first event with the keyboard, combine
// filters that land in a bookmarkable URL, narrow to the events behind an open finding, show a
// hostile site message as text, and pass axe in English and Chinese.
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchesEvent, type EventFilter } from '../../src/storage/event-filter';
import type { Finding, StoredEvent } from '../../src/model/event-types';
import { axeViolations } from './harness/axe';
import { launchWithExtension, type LaunchedBrowser } from './harness/browser';
import { DIST_CHROME, ROOT } from './harness/paths';
import { seedEvents, seedFindings } from './harness/seed';

const COUNT = 100_000;
const HOSTILE = '<img src=x onerror=alert(1)>';
const END = Date.now() - 3_600_000;
const artifacts = path.join(ROOT, 'artifacts');

let browser: LaunchedBrowser;
let page: Page;
let events: StoredEvent[];
let openFinding: Finding;
const dialogs: string[] = [];
let base: string;

/** What the log must list for a filter: every match, newest first. */
function expected(filter: EventFilter, open?: ReadonlySet<number>): number[] {
  return events
    .filter((e) => matchesEvent(e, filter, open))
    .sort((a, b) => b.at - a.at || b.id - a.id)
    .map((e) => e.id);
}

const bodyRows = () => page.locator('.log-body [role=row]');
const rowIds = () =>
  page.$$eval('.log-body [role=row][data-id]', (rows) =>
    rows
      .map((r) => [Number(r.getAttribute('aria-rowindex')), Number(r.getAttribute('data-id'))])
      .sort((a, b) => a[0]! - b[0]!)
      .map(([, id]) => id),
  );
const rowCount = () => page.getAttribute('[role=table]', 'aria-rowcount');

async function openLog(search = ''): Promise<void> {
  await page.goto(`${base}/log.html${search}`);
  await page.waitForSelector('.log-body [role=row][data-id], .empty', { timeout: 15_000 });
}

beforeAll(async () => {
  // No page is served: every host maps to a closed port.
  browser = await launchWithExtension({ extensionDir: DIST_CHROME, port: 9 });
  base = `chrome-extension://${browser.extensionId}`;
  page = await browser.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  // The product makes the database with its schema (seedEvents waits for it); retention off
  // keeps all 400 days.
  await page.goto(`${base}/popup.html`);
  await page.evaluate(() => chrome.storage.local.set({ settings: { retentionDays: null } }));
  events = await seedEvents(page, COUNT, {
    end: END,
    append: [
      {
        at: END + 60_000,
        kind: 'notice',
        notice: 'frozen',
        walletId: 'binance',
        origin: 'https://www.binance.com',
        path: '/',
        message: HOSTILE,
      },
    ],
  });
  const okxFailures = events.filter((e) => e.walletId === 'okx' && e.kind === 'login.failure');
  const finding = (id: string, ids: number[], status: Finding['status']): Finding => ({
    id,
    ruleId: 'failed-login-burst',
    walletId: 'okx',
    severity: 'warning',
    cause: 'security',
    at: events.find((e) => e.id === ids.at(-1))!.at,
    eventIds: ids,
    guide: 'secure-account',
    status,
    params: { count: ids.length, minutes: 10 },
  });
  openFinding = finding(
    'failed-login-burst:okx:a',
    okxFailures.slice(-3).map((e) => e.id),
    'open',
  );
  await seedFindings(page, [
    openFinding,
    finding(
      'failed-login-burst:okx:b',
      okxFailures.slice(0, 3).map((e) => e.id),
      'resolved',
    ),
  ]);
  // The welcome tab opened on install would keep this one behind it, at one frame a second.
  for (const other of browser.context.pages()) if (other !== page) await other.close();
  await page.bringToFront();
  mkdirSync(artifacts, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

describe('log page with 100,000 events', () => {
  it('shows the newest events first with at most 150 rows in the DOM', async () => {
    await openLog();
    const newest = expected({});
    expect((await rowIds()).slice(0, 10)).toEqual(newest.slice(0, 10));
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('log:first-rows').length))
      .toBe(1);
    await expect.poll(rowCount, { timeout: 20_000 }).toBe(String(COUNT + 2));
    expect(await page.locator('.count').textContent()).toBe('100,001 events');
    expect(await bodyRows().count()).toBeLessThanOrEqual(150);
  });

  it('shows a hostile site message as text, and nothing runs', async () => {
    const row = page.locator('.log-body [role=row][aria-rowindex="2"]');
    expect(await row.locator('.message').textContent()).toBe(HOSTILE);
    expect(await row.locator('img').count()).toBe(0);
    expect(await page.locator('.log-body img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('scrolls to the oldest event with the keyboard', async () => {
    const scroller = page.locator('.log-scroller');
    await scroller.focus();
    await page.keyboard.press('End');
    await expect
      .poll(() => scroller.evaluate((e) => e.scrollHeight - e.clientHeight - e.scrollTop), {
        timeout: 10_000,
      })
      .toBeLessThan(1);
    const last = page.locator(`.log-body [role=row][aria-rowindex="${COUNT + 2}"]`);
    await expect
      .poll(() => last.getAttribute('data-id'), { timeout: 10_000 })
      .toBe(String(events[0]!.id));
    expect(await last.locator('time').getAttribute('datetime')).toBe(
      new Date(events[0]!.at).toISOString(),
    );
    expect(await bodyRows().count()).toBeLessThanOrEqual(150);
    await page.keyboard.press('Home');
    await expect.poll(() => scroller.evaluate((e) => e.scrollTop), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => rowIds().then((ids) => ids[0])).toBe(expected({})[0]);
  });

  it('combines wallet, kind and text filters and writes them into the URL', async () => {
    const filter: EventFilter = { walletIds: ['okx'], kinds: ['login.failure'], text: '机会' };
    const want = expected(filter);
    expect(want.length).toBeGreaterThan(50);
    await page.selectOption('select[name=wallet]', 'okx');
    await page.selectOption('select[name=kind]', 'login.failure');
    await page.fill('input[name=q]', '机会');
    await expect
      .poll(() => page.url())
      .toBe(`${base}/log.html?wallet=okx&kind=login.failure&q=%E6%9C%BA%E4%BC%9A`);
    await expect.poll(rowCount, { timeout: 20_000 }).toBe(String(want.length + 1));
    const shown = await rowIds();
    expect(shown).toEqual(want.slice(0, shown.length));
    expect(await page.locator('.log-body .wallet').first().textContent()).toBe('OKX');
  });

  it('restores the filters and rows from that URL, and walks back through history', async () => {
    const url = page.url();
    const want = expected({ walletIds: ['okx'], kinds: ['login.failure'], text: '机会' });
    const reopened = await browser.context.newPage();
    try {
      await reopened.bringToFront();
      await reopened.goto(url);
      expect(await reopened.inputValue('select[name=wallet]')).toBe('okx');
      expect(await reopened.inputValue('select[name=kind]')).toBe('login.failure');
      expect(await reopened.inputValue('input[name=q]')).toBe('机会');
      await expect
        .poll(() => reopened.getAttribute('[role=table]', 'aria-rowcount'), { timeout: 20_000 })
        .toBe(String(want.length + 1));
      const first = reopened.locator('.log-body [role=row][aria-rowindex="2"]');
      expect(await first.getAttribute('data-id')).toBe(String(want[0]));
    } finally {
      await reopened.close();
      await page.bringToFront();
    }
    // Typing replaced the history entry; choosing the kind had pushed one.
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${base}/log.html?wallet=okx`);
    await expect.poll(() => page.inputValue('select[name=kind]')).toBe('');
    await expect.poll(() => page.inputValue('input[name=q]')).toBe('');
    await expect
      .poll(() => rowIds().then((ids) => ids.slice(0, 5)))
      .toEqual(expected({ walletIds: ['okx'] }).slice(0, 5));
    await page.goForward();
    await expect.poll(() => page.inputValue('input[name=q]')).toBe('机会');
  });

  it('shows only the events behind open findings, with the finding named', async () => {
    await openLog();
    await page.check('input[name=open]');
    await expect.poll(() => page.url()).toBe(`${base}/log.html?open=1`);
    const want = expected({ openFindingsOnly: true }, new Set(openFinding.eventIds));
    expect(want).toHaveLength(3);
    await expect.poll(rowIds).toEqual(want);
    expect(await rowCount()).toBe('4');
    expect(await page.locator('.log-body .findings').first().textContent()).toBe(
      'Several failed sign-ins in a row open',
    );
  });

  it('draws the chart with a text alternative and a table', async () => {
    await openLog('?range=month');
    const summary = page.locator('.chart .summary');
    await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toMatch(/sign-ins/);
    await page.click('text=Show as table');
    expect(await page.locator('.chart-table caption').textContent()).toBe('Activity per day');
  });

  it('sets a critical row apart: the frozen notice carries the word, a tint and a bar', async () => {
    await openLog();
    const frozen = page.locator('.log-body [role=row][aria-rowindex="2"]');
    expect(await frozen.getAttribute('data-severity')).toBe('critical');
    expect(await frozen.getAttribute('class')).toContain('severity-critical');
    expect(await frozen.locator('.critical-tag').textContent()).toBe('Critical');
    const plain = page.locator('.log-body [role=row][data-severity="info"]').first();
    const look = (row: typeof frozen) =>
      row.evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.backgroundColor} | ${style.boxShadow}`;
      });
    expect(await look(frozen)).not.toBe(await look(plain));
    expect(await look(frozen)).not.toContain('none');
  });

  it('ends the chart now: no bucket after the current hour, even for "today"', async () => {
    await openLog('?range=today');
    const svg = page.locator('.chart-svg');
    await expect.poll(() => svg.getAttribute('data-end'), { timeout: 20_000 }).toBeTruthy();
    expect(await svg.getAttribute('data-unit')).toBe('hour');
    const end = Date.parse((await svg.getAttribute('data-end'))!);
    // The last bucket is the hour under way: it ends within the hour to come, never later.
    expect(end).toBeGreaterThan(Date.now() - 60_000);
    expect(end).toBeLessThanOrEqual(Date.now() + 3_600_000);
  });

  it('at 200% zoom shows events on the first screen and scrolls nothing sideways', async () => {
    // A 1280 × 800 window at 200%: 640 × 400 CSS pixels.
    await page.setViewportSize({ width: 640, height: 400 });
    try {
      await openLog('?open=1');
      const first = page.locator('.log-body [role=row][data-id]').first();
      await first.waitFor();
      const row = (await first.boundingBox())!;
      expect(row.y).toBeGreaterThanOrEqual(0);
      expect(row.y + row.height).toBeLessThanOrEqual(400);
      const overflow = await page.evaluate(() => {
        const scroller = document.querySelector('.log-scroller')!;
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          list: scroller.scrollWidth - scroller.clientWidth,
        };
      });
      expect(overflow).toEqual({ page: 0, list: 0 });
      // The Findings column is on screen, with the finding's name.
      const findings = first.locator('.findings');
      expect(await findings.textContent()).toContain('Several failed sign-ins in a row');
      const cell = (await findings.boundingBox())!;
      expect(cell.width).toBeGreaterThan(100);
      expect(cell.x + cell.width).toBeLessThanOrEqual(640);
      await page.screenshot({ path: path.join(artifacts, 'log-200.png') });
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('keeps export, verify and the data in a second tab, reached by keyboard', async () => {
    await openLog();
    expect(await page.locator('section.export-panel').count()).toBe(0);
    await page.locator('#log-tab-events').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getAttribute('#log-tab-data', 'aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('log-tab-data');
    await page.locator('section.export-panel').waitFor();
    await page.locator('section.data-panel').waitFor();
    expect(await page.locator('#log-panel-events').isHidden()).toBe(true);
    expect(page.url()).toBe(`${base}/log.html#data`);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, 'log-data-en.png') });
    await page.goBack();
    await expect.poll(() => page.getAttribute('#log-tab-events', 'aria-selected')).toBe('true');
  });

  it('passes axe in English and in Chinese', async () => {
    await openLog();
    await page.locator('.chart .summary').waitFor({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, 'log-en.png') });
    await page.evaluate(() =>
      chrome.storage.local.set({ settings: { locale: 'zh_CN', retentionDays: null } }),
    );
    await openLog();
    expect(await page.locator('h1').textContent()).toBe('活动记录');
    await page.locator('.chart .summary').waitFor({ timeout: 20_000 });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, 'log-zh.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, 'log-zh-dark.png') });
    await page.click('#log-tab-data');
    await page.locator('section.data-panel').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(artifacts, 'log-data-zh-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(dialogs).toEqual([]);
  });
});

// Code passed to page.evaluate runs in the extension page, where `chrome` exists.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
