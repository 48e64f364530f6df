// The popup paints first from the view it saved last (storage.session), without waiting for the
// database, but only while nothing it shows was written since (src/storage/view-stamp.ts). A
// security tool must never open on yesterday's picture: what the first paint shows is compared
// with what was stored, after a write by the worker (a failed sign-in) and by the popup itself
// ("This was me"), and the quick path is shown to be taken when nothing changed.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kinds, startExtensionSession, type ExtensionSession } from './harness/extension-session';

let session: ExtensionSession;

beforeAll(async () => {
  session = await startExtensionSession();
});
afterAll(async () => {
  await session?.close();
});

interface FirstPaint {
  wallets: string[];
  findings: string[];
  heading: string;
  /** The popup used its saved view (User Timing mark set by src/ui/popup/main.tsx). */
  fromSavedView: boolean;
}

// What #app holds the moment the popup first renders into it. A string: the init script runs in
// the page, where tsx's function-name helper does not exist.
const RECORD_FIRST_PAINT = `
  const observer = new MutationObserver(() => {
    const app = document.getElementById('app');
    if (!app || app.childElementCount === 0) return;
    observer.disconnect();
    globalThis.firstPaint = {
      wallets: [...app.querySelectorAll('[data-wallet]')].map((e) => e.dataset.wallet),
      findings: [...app.querySelectorAll('[data-finding]')].map((e) => e.dataset.finding),
      heading: app.querySelector('#findings-heading, #empty-heading')?.textContent ?? '',
      fromSavedView: performance.getEntriesByName('boot:saved-view').length > 0,
    };
  });
  observer.observe(document, { childList: true, subtree: true });
`;

async function openPopup(): Promise<{ popup: Page; first: FirstPaint }> {
  const popup = await session.browser.context.newPage();
  await popup.addInitScript(RECORD_FIRST_PAINT);
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
  await popup.waitForFunction(() => (globalThis as { firstPaint?: unknown }).firstPaint);
  const first = await popup.evaluate(
    () => (globalThis as unknown as { firstPaint: FirstPaint }).firstPaint,
  );
  return { popup, first };
}

/** The findings stored as open, read from IndexedDB by an extension page. */
async function openFindingIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('wallet-sentinel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('findings').objectStore('findings').getAll();
          get.onsuccess = () => {
            open.result.close();
            const rows = get.result as Array<{ id: string; status: string }>;
            resolve(rows.filter((f) => f.status === 'open').map((f) => f.id));
          };
        };
      }),
  );
}

async function failBinanceSignIns(count: number) {
  const page = await session.browser.context.newPage();
  await page.goto('https://accounts.binance.com/en/login');
  await page.fill('input[name="username"]', 'trader@example.com');
  await page.click('text=Next');
  const before = kinds(await session.events()).filter((k) => k === 'login.failure').length;
  for (let i = 1; i <= count; i++) {
    await page.fill('input[type="password"]', `wrong-${i}`);
    await page.click('#click_login_submit_v3');
    await session.waitFor(
      'binance',
      (e) => kinds(e).filter((k) => k === 'login.failure').length === before + i,
    );
  }
  await page.close();
}

describe('popup first paint', () => {
  it('shows, at first sight, the finding the worker stored since the popup was last opened', async () => {
    const empty = await openPopup();
    expect(empty.first.wallets).toEqual([]);
    expect(empty.first.heading).toBe('Nothing recorded yet');
    await empty.popup.close();

    await failBinanceSignIns(3);
    // Whether or not the worker has saved a new view yet (500 ms after its last write), the
    // empty view saved above must not be shown.
    const soon = await openPopup();
    const stored = await openFindingIds(soon.popup);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^failed-login-burst:binance:/);
    expect(soon.first.wallets).toEqual(['binance']);
    expect(soon.first.findings).toEqual(stored);
    expect(soon.first.heading).toBe('1 open warning');
    await soon.popup.close();
  });

  it('opens from its saved view while nothing changed, showing the same', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const { popup, first } = await openPopup();
    expect(first.fromSavedView).toBe(true);
    expect(first.wallets).toEqual(['binance']);
    expect(first.findings).toEqual(await openFindingIds(popup));
    await popup.close();
  });

  it('after "This was me", the next opening no longer shows the warning', async () => {
    const { popup } = await openPopup();
    const card = popup.locator('[data-finding^="failed-login-burst:binance:"]');
    await card.locator('button.ack').click();
    // The popup's live query shows the write committed; closed at once, the popup never saves
    // the new view (it does so 1 s after a change): the view saved before the click is all there is.
    await card.waitFor({ state: 'detached' });
    await popup.close();
    const next = await openPopup();
    expect(await openFindingIds(next.popup)).toEqual([]);
    expect(next.first.findings).toEqual([]);
    expect(next.first.heading).toBe('No open warnings. Everything recorded looks normal.');
    await next.popup.close();
  });
});
