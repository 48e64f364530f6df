// The worker's errors are counted and shown (issue 18: "the worker fails silently"). A real
// failure, as a person can meet it: a setting changed over and over (150 saves in a row, as a
// script or a fast hand would) makes the worker copy each one to storage.sync, and Chromium
// refuses the writes past its quota of 120 a minute (MAX_WRITE_OPERATIONS_PER_MINUTE). Before
// issue 18 that refusal vanished in a `.catch(() => undefined)`; now the options page's
// diagnostics count it and offer details naming only scope, error, time and count, in en and
// zh_CN. Nothing test-only is in the build.
//
// Tried first and dropped: a database raised to a newer version from a page (Dexie 4 opens a
// newer database, and re-adds a dropped table itself, so nothing failed).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExtensionSession, type ExtensionSession } from './harness/extension-session';

let session: ExtensionSession;
let options: Page;

beforeAll(async () => {
  session = await startExtensionSession();
  options = await session.browser.context.newPage();
  await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await options.locator('h1').waitFor();
});
afterAll(async () => {
  await session?.close();
});

const count = () => options.locator('#diagnostics .diagnostics-count').innerText();
const details = () => options.locator('#diagnostics .diagnostics-details').textContent();

describe('worker errors on the options page', () => {
  it('shows none while nothing failed', async () => {
    await expect.poll(count, { timeout: 30_000 }).toBe('No errors in the last week.');
    expect(await options.locator('#diagnostics button').count()).toBe(0);
  });

  it('counts a real failure of the worker and offers its details, without any data', async () => {
    // A setting changed again and again (a person trying values): every change is copied to
    // storage.sync, which allows 120 writes a minute and refuses the rest.
    await options.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      const base = Date.now();
      for (let i = 1; i <= 150; i += 1) {
        await chrome.storage.local.set({
          settings: { ...(settings ?? {}), sync: true, updatedAt: base + i },
        });
      }
    });
    await expect
      .poll(count, { timeout: 60_000, interval: 500 })
      .toMatch(/^\d+ errors? in the last week$/);
    expect(await options.locator('#diagnostics button').innerText()).toBe('Copy details');
    await options.locator('#diagnostics summary').click();
    await expect.poll(details, { timeout: 30_000 }).toMatch(/ settings-sync Error: /);
    const text = (await details()) ?? '';
    const [head, ...lines] = text.split('\n');
    expect(head).toMatch(
      /^Wallet Sentinel \d+\.\d+\.\d+: \d+ worker errors in the 7 days to \d{4}-\d\d-\d\dT[\d:.]+Z \(\d+ since install\)$/,
    );
    // Every line: time, scope, error name, a message without numbers or quoted text, count.
    for (const line of lines) {
      expect(line).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z [a-z-]+ [A-Za-z]+: [^"'\d]* ×\d+$/);
    }
    expect(lines.find((l) => l.includes(' settings-sync Error: '))).toMatch(
      /: This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota\. ×\d+$/,
    );

    // Written on the click; reading it back is not possible here (Chromium grants no clipboard
    // permission to an extension origin over CDP: "opaque origin").
    await options.bringToFront();
    await options.locator('#diagnostics button').click();
    await expect
      .poll(() => options.locator('#diagnostics [role="status"]').innerText(), { timeout: 15_000 })
      .toBe('Details copied.');
  });

  it('says the same in Chinese', async () => {
    await options.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({
        settings: { ...(settings ?? {}), locale: 'zh_CN', updatedAt: Date.now() },
      });
    });
    await options.reload();
    await expect
      .poll(() => options.getAttribute('html', 'lang'), { timeout: 30_000 })
      .toBe('zh-CN');
    await expect.poll(count, { timeout: 30_000 }).toMatch(/^最近一周有 \d+ 个错误$/);
    expect(await options.locator('#diagnostics h2').innerText()).toBe('诊断');
    expect(await options.locator('#diagnostics button').innerText()).toBe('复制详情');
    // The details stay in plain English for whoever reads the bug report.
    await options.locator('#diagnostics summary').click();
    await expect.poll(details, { timeout: 15_000 }).toMatch(/ settings-sync Error: /);
  });
});
