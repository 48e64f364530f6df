// The notice detector on a page that never stops changing (issue 9): Binance's markets overview
// fixture (about 3,000 elements, prices every 100 ms). After its first second the content script
// stops watching the price cells and the rows of the market table (src/content/watch-without-tickers.ts), so the
// page costs it nothing; these tests check that what is left out is only what cannot hold a
// notice: a notice added as a new row of that table, as a banner, as new text of a heading or
// inside a highlight card, is still recorded.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExtensionSession, type ExtensionSession } from './harness/extension-session';

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await startExtensionSession();
});
afterAll(async () => {
  await page?.close().catch(() => undefined);
  await session?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('busy page: Binance markets overview', () => {
  it('a notice added anywhere after the tickers were left out is recorded', async () => {
    page = await session.browser.context.newPage();
    await page.goto('https://www.binance.com/en/markets/overview');
    await page.waitForFunction(() => document.getElementsByTagName('*').length > 2500);
    // Several price updates, each followed by idle time: the tickers are excluded by now.
    await sleep(2_000);
    expect(await session.events('binance')).toEqual([]);

    await page.evaluate(() => {
      const rows = document.getElementById('market-rows') as HTMLElement;
      const row = document.createElement('div');
      row.className = 'css-vlibs4';
      row.setAttribute('role', 'row');
      const cell = document.createElement('div');
      cell.setAttribute('role', 'cell');
      cell.textContent = 'Your account has been frozen. Contact support.';
      row.append(cell);
      rows.insertBefore(row, rows.children[3] ?? null);
    });
    await page.evaluate(() => {
      const banner = document.createElement('div');
      banner.className = 'css-1x9 notice-bar';
      banner.textContent = 'Scheduled maintenance: withdrawals are paused until 10:00 UTC.';
      document.querySelector('main')?.prepend(banner);
    });
    await page.evaluate(() => {
      // A heading counts inside a status line or alert; a bare page heading does not (issue 19:
      // a search page's heading repeats whatever it was given).
      const status = document.createElement('div');
      status.setAttribute('role', 'status');
      const heading = document.createElement('h2');
      heading.textContent = 'Please verify your identity to continue trading';
      status.append(heading);
      document.querySelector('main')?.append(status);
    });
    await page.evaluate(() => {
      const card = document.querySelector('.css-hl-price')?.parentElement as HTMLElement;
      const note = document.createElement('span');
      note.textContent = 'Unusual activity detected on your account';
      card.append(note);
    });

    const want = ['frozen', 'kyc', 'maintenance', 'suspicious'];
    await session.waitFor(
      'binance',
      (events) => want.every((kind) => events.some((e) => e.notice === kind)),
      20_000,
    );
    await sleep(1_500);
    const events = await session.events('binance');
    expect(events.map((e) => e.kind)).toEqual(['notice', 'notice', 'notice', 'notice']);
    expect(events.map((e) => e.notice).sort()).toEqual(want);
    expect(events.every((e) => e.path === '/en/markets/overview')).toBe(true);
  });
});
