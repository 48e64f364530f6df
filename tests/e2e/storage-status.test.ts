// The "storage full" notice (issue 8, item 7) as the user meets it: the worker's status key
// (src/storage/storage-status.ts, written by src/storage/store-event.ts; unit-tested in
// tests/unit/storage-faults.test.ts) shown on the log and options pages, in English and Chinese,
// with what to do, and gone as soon as storage is fine again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../../src/storage/settings';
import { startExtensionSession, type ExtensionSession } from './harness/extension-session';

let session: ExtensionSession;
beforeAll(async () => {
  session = await startExtensionSession();
});
afterAll(async () => {
  await session?.close();
});

const setLocal = (page: Page, items: Record<string, unknown>) =>
  page.evaluate(
    (values) =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { set(v: unknown): Promise<void> } } };
        }
      ).chrome.storage.local.set(values),
    items,
  );

const full = { state: 'full', since: Date.now(), held: 3, dropped: 2, pruned: 0 };

describe('storage status notice', () => {
  it('says storage is full, how many events wait, and what to do; then goes away', async () => {
    const log = await session.browser.context.newPage();
    await log.goto(`chrome-extension://${session.browser.extensionId}/log.html`);
    await log.locator('h1').waitFor();
    const notice = log.locator('.storage-status');
    expect(await notice.count()).toBe(0);

    await setLocal(log, { 'storage-status': full });
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain('Storage is full');
    expect(text).toContain('New events waiting to be saved: 3');
    expect(text).toContain('could not be kept while storage was full: 2');
    expect(text).toContain('free up disk space');
    // Default retention (365 days): the oldest events make room.
    expect(text).toContain('oldest events are removed to make room');
    expect(await notice.getAttribute('role')).toBe('alert');

    await setLocal(log, { 'storage-status': { ...full, state: 'ok', held: 0, dropped: 0 } });
    await notice.waitFor({ state: 'detached' });
    await log.close();
  });

  it('speaks Chinese, and says nothing is deleted when the user keeps everything', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await setLocal(options, {
      settings: {
        ...DEFAULT_SETTINGS,
        locale: 'zh_CN',
        retentionDays: null,
        updatedAt: Date.now(),
      },
      'storage-status': full,
    });
    await options.reload();
    const notice = options.locator('.storage-status');
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain('存储空间已满');
    expect(text).toContain('等待保存的新事件：3 条');
    expect(text).toContain('清理这台电脑的磁盘空间');
    expect(text).toContain('不会为腾出空间而删除任何事件');
    await options.close();
  });

  it('in the popup: the database will not open, events wait, nothing was deleted', async () => {
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await setLocal(popup, {
      settings: { ...DEFAULT_SETTINGS, locale: 'en', updatedAt: Date.now() },
      'storage-status': { ...full, state: 'unavailable', dropped: 0 },
    });
    await popup.reload();
    const notice = popup.locator('.storage-status');
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain('The activity database cannot be opened right now');
    expect(text).toContain('New events waiting to be saved: 3');
    expect(text).toContain('Nothing has been deleted');
    expect(text).not.toContain('Storage is full');
    await setLocal(popup, { 'storage-status': { ...full, state: 'ok', held: 0 } });
    await notice.waitFor({ state: 'detached' });
    await popup.close();
  });
});
