// A database that refuses writes for another reason than space (issue 19, item 1). A record
// numbered 2^53 is put straight into the extension's IndexedDB from an extension page, as a
// crafted import of an older release or a damaged file left it: IndexedDB's key generator is then
// used up and every later add fails with a real ConstraintError. A real PayPal sign-in follows.
// Before the fix the worker answered `storage-failed`, the content script gave up after about
// 30 s and the popup went on saying "Healthy". Now the events wait, the popup, log and options
// say "N events waiting — the database refuses writes (ConstraintError)", and "Delete
// everything" on the log page starts the database anew, after which the waiting events are
// stored.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/storage/settings';
import { kinds, startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { DB_NAME, EVENTS_STORE, readAllEvents } from './harness/idb';
import { payPalSignIn } from './harness/paypal';

let session: ExtensionSession;
beforeAll(async () => {
  session = await startExtensionSession();
});
afterAll(async () => {
  await session?.close();
});

const extensionPage = async (name: string) => {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/${name}.html`);
  return page;
};

interface Local {
  'storage-status'?: { state: string; held: number; error?: string; dropped: number };
  'held-events'?: Array<{ event: { kind: string; walletId: string } }>;
}
const readLocal = (page: Page) =>
  page.evaluate(
    () =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { get(k: string[]): Promise<Local> } } };
        }
      ).chrome.storage.local.get(['storage-status', 'held-events']) as Promise<Local>,
  );

/** Puts one event numbered 2^53 into the events store with the raw IndexedDB API. */
async function useUpIds(page: Page) {
  await page.evaluate(
    async ({ dbName, store }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(store, 'readwrite');
        tx.objectStore(store).put({
          id: 2 ** 53,
          at: Date.now() - 3_600_000,
          kind: 'logout',
          walletId: 'paypal',
          origin: 'https://www.paypal.com',
          path: '/myaccount',
          hash: 'f'.repeat(64),
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { dbName: DB_NAME, store: EVENTS_STORE },
  );
}

it('keeps the events of a sign-in waiting while the database refuses writes, says so, and stores them after "Delete everything"', async () => {
  // A first sign-in is stored, and the popup calls PayPal healthy.
  const wallet = await session.browser.context.newPage();
  await payPalSignIn(wallet, { succeed: true });
  await session.waitFor('paypal', (events) => events.length === 2);
  const before = await extensionPage('popup');
  await expect
    .poll(() => before.locator('.wallet[data-wallet="paypal"] .health-label').textContent())
    .toBe('Healthy');
  await before.close();

  // Then the ids are used up.
  const log = await extensionPage('log');
  await log.locator('h1').waitFor();
  await useUpIds(log);

  await payPalSignIn(wallet, { succeed: true });

  // Both events of the sign-in wait in the worker's waiting room, nothing given up.
  await expect
    .poll(async () => (await readLocal(log))['held-events']?.map((h) => h.event.kind) ?? [], {
      timeout: 20_000,
    })
    .toEqual(['login.attempt', 'login.success']);
  expect((await readLocal(log))['storage-status']).toMatchObject({
    state: 'refused',
    error: 'ConstraintError',
    held: 2,
    dropped: 0,
  });

  // The popup says what is wrong and never that the wallet is healthy.
  const popup = await extensionPage('popup');
  const notice = popup.locator('.storage-status');
  await notice.waitFor();
  expect(await notice.innerText()).toContain(
    '2 events waiting — the database refuses writes (ConstraintError)',
  );
  await popup.locator('.wallet[data-wallet="paypal"] .health-label').waitFor();
  expect(await popup.locator('.health-label').allInnerTexts()).not.toContain('Healthy');
  expect(await popup.locator('.wallet[data-wallet="paypal"] .health-label').innerText()).toBe(
    'Not up to date: events are waiting to be saved',
  );

  // The log page says it too, and so do the options, in Chinese.
  await log.locator('.storage-status').waitFor();
  expect(await log.locator('.storage-status').innerText()).toContain(
    'the database refuses writes (ConstraintError)',
  );
  const options = await extensionPage('options');
  await options.evaluate(
    (settings) =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(v: unknown): Promise<void> } } };
        }
      ).chrome.storage.local.set({ settings }),
    { ...DEFAULT_SETTINGS, locale: 'zh_CN', updatedAt: Date.now() },
  );
  await options.reload();
  await options.locator('.storage-status').waitFor();
  expect(await options.locator('.storage-status').innerText()).toContain(
    '2 条事件等待保存——数据库拒绝写入（ConstraintError）',
  );
  await options.evaluate(
    (settings) =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(v: unknown): Promise<void> } } };
        }
      ).chrome.storage.local.set({ settings }),
    { ...DEFAULT_SETTINGS, locale: 'en', updatedAt: Date.now() },
  );
  await options.close();

  // Past the content script's half-minute of resending: still waiting, nothing lost.
  await new Promise((resolve) => setTimeout(resolve, 35_000));
  expect((await readLocal(log))['held-events']?.map((h) => h.event.kind)).toEqual([
    'login.attempt',
    'login.success',
  ]);

  // "Delete everything" in the log's data tab: the database is made anew and what waited is
  // stored.
  await log.goto(`chrome-extension://${session.browser.extensionId}/log.html#data`);
  await log.click('[data-testid="delete-all"]');
  await log.getByRole('dialog').waitFor();
  await log.fill('[data-testid="confirm-word"]', 'DELETE');
  await log.click('[data-testid="confirm-delete"]');
  await expect
    .poll(async () => (await readAllEvents(log)).map((e) => [e.kind, e.id]), { timeout: 20_000 })
    .toEqual([
      ['login.attempt', 1],
      ['login.success', 2],
    ]);
  await expect
    .poll(async () => (await readLocal(log))['storage-status'])
    .toMatchObject({ state: 'ok', held: 0 });
  await notice.waitFor({ state: 'detached' });

  // Recording goes on: the next sign-in is stored at once.
  await payPalSignIn(wallet, { succeed: false });
  await session.waitFor('paypal', (events) => events.length === 4);
  expect(kinds(await session.events())).toEqual([
    'login.attempt',
    'login.success',
    'login.attempt',
    'login.failure',
  ]);
});
