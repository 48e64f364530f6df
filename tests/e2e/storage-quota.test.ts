// A really full storage in Chromium (issue 8, item 7). With `unlimitedStorage` the quota is the
// free disk space and cannot be lowered, so this file loads a copy of the build without that one
// permission, lowers the extension origin's quota over CDP (Storage.overrideQuotaForOrigin) and
// fills it from an extension page, as another database of the profile would. A real failed
// PayPal sign-in then meets QuotaExceededError in the worker: nothing is lost, the popup says
// "Storage is full", and once room is made the waiting events are stored in order, the chain
// intact, the notice gone.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyRecords } from '../../src/storage/chain';
import type { StoredEvent } from '../../src/model/event-types';
import { kinds, startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { DIST_CHROME } from './harness/paths';
import { payPalSignIn } from './harness/paypal';

let session: ExtensionSession;
let copy: string;

beforeAll(async () => {
  copy = mkdtempSync(path.join(os.tmpdir(), 'ws-quota-'));
  const dir = path.join(copy, 'chrome');
  cpSync(DIST_CHROME, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  manifest.permissions = manifest.permissions.filter((p: string) => p !== 'unlimitedStorage');
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  session = await startExtensionSession(dir);
});

afterAll(async () => {
  await session?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

const storageStatus = () =>
  session.reader.evaluate(
    async () => (await chrome.storage.local.get('storage-status'))['storage-status'],
  ) as Promise<{ state?: string; held?: number } | undefined>;

/**
 * Writes records into another database of the extension's origin until the quota refuses even
 * 50 bytes: 20 KB records first, then ever smaller ones into what is left.
 */
function fill(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('filler', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('f', { autoIncrement: true });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    let written = 0;
    for (const size of [20_000, 2_000, 200, 50]) {
      for (let n = 0; n < 1000; n++) {
        const ok = await new Promise<boolean>((resolve) => {
          const tx = db.transaction('f', 'readwrite');
          tx.objectStore('f').add('x'.repeat(size));
          tx.oncomplete = () => resolve(true);
          tx.onabort = () => resolve(false);
        });
        if (!ok) break;
        written += size;
      }
    }
    db.close();
    return written;
  });
}

const failedSignIn = (page: Page) => payPalSignIn(page, { succeed: false });

it('keeps events waiting while storage is full, says so, and stores them in order once there is room', async () => {
  const { reader, browser } = session;
  const cdp = await browser.context.newCDPSession(reader);
  // The quota is set 300 KB above what the origin uses now. Right after install the extension
  // may still be writing (its database, its first views), so usage can pass that mark before the
  // filler starts and the filler finds the quota already reached: measure again and retry. What
  // is asserted is the outcome: the origin's storage ends up full.
  let filled = 0;
  for (let tries = 0; tries < 5 && filled === 0; tries++) {
    const { usage = 0 } = await reader.evaluate(() => navigator.storage.estimate());
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: `chrome-extension://${browser.extensionId}`,
      quotaSize: usage + 300_000,
    });
    filled = await fill(reader);
  }
  expect(filled).toBeGreaterThan(0);

  const page = await browser.context.newPage();
  await failedSignIn(page);
  await expect.poll(storageStatus, { timeout: 20_000 }).toMatchObject({ state: 'full', held: 2 });
  expect(await session.events('paypal')).toEqual([]);

  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const notice = popup.locator('.storage-status');
  await notice.waitFor();
  expect(await notice.innerText()).toContain('Storage is full');
  expect(await notice.innerText()).toContain('New events waiting to be saved: 2');

  // Room is made (the other database goes); the next event brings the waiting ones in first.
  await reader.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('filler');
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
      }),
  );
  await failedSignIn(page);
  const events = await session.waitFor('paypal', (e) => e.length === 4, 20_000);
  expect(kinds(events)).toEqual([
    'login.attempt',
    'login.failure',
    'login.attempt',
    'login.failure',
  ]);
  const all = (await session.events()) as unknown as StoredEvent[];
  expect(await verifyRecords(all)).toMatchObject({ ok: true, count: all.length });
  await expect.poll(storageStatus, { timeout: 20_000 }).toMatchObject({ state: 'ok', held: 0 });
  await notice.waitFor({ state: 'detached' });
});
