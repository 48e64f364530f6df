// Issue 19, class 2, end to end: a page cannot make us say its words. A forum post on another
// site (deals-forum.example) links to real KuCoin URLs: a message page that writes its `msg`
// query into a red alert box ("Your account is frozen, call +1 888 555 0100 or Telegram
// @wallet_support"), the account page, and a URL that answers 503. None of that may become a
// critical warning, a notification, or an outage in our name; the scam's phone number and handle
// never show in the popup. KuCoin's own frozen notice, opened by the person, still is a critical
// warning with a notification, quoted without the phone number and handle it gives.
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kinds, startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { captureNotifications, capturedNotifications } from './harness/notifications';
import { getWorker } from './harness/worker';

// A fresh browser and database per test: the product keeps one notice of a kind per wallet for a
// while, so a notice one test stored would hide another test's.
let session: ExtensionSession;
beforeEach(async () => {
  session = await startExtensionSession();
});
afterEach(async () => {
  await session?.close();
});

/** The page's own result may take a while on a busy machine. */
const PAGE_MS = 20_000;
/** "Nothing recorded": nothing within this long after the page showed its words. */
const QUIET_MS = 4_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const worker = () => getWorker(session.browser.context, session.browser.extensionId);
const badge = async () => (await worker()).evaluate(() => chrome.action.getBadgeText({}));

/**
 * Each test looks only at what happened since it began: KuCoin's events after the newest one
 * stored before, and the notifications the worker created since (a failure in one test does not
 * make the next fail).
 */
let since = 0;
let token = '';
beforeEach(async () => {
  since = (await session.events()).at(-1)?.id ?? 0;
  token = await captureNotifications(session.browser.context, session.browser.extensionId);
});
const events = async () => (await session.events('kucoin')).filter((e) => e.id > since);
const kucoin = async (kind: string) => (await events()).filter((e) => e.kind === kind);
const notifications = async () =>
  (await capturedNotifications(session.browser.context, session.browser.extensionId, token)).map(
    (n) => n.id,
  );

async function popupText(): Promise<string> {
  const popup = await session.browser.context.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
  await popup.locator('h2').first().waitFor({ timeout: PAGE_MS });
  await sleep(1_000);
  const text = await popup.locator('body').innerText();
  await popup.close();
  return text;
}

async function forumLink(id: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto('https://deals-forum.example/');
  await page.click(`#${id}`);
  return page;
}

/** Notices the door refused because another site opened their page. */
async function refusals(): Promise<number> {
  const { rejections } = (await session.reader.evaluate(() =>
    chrome.storage.local.get('rejections'),
  )) as { rejections?: { byReason?: Record<string, number> } };
  return rejections?.byReason?.['opened-elsewhere'] ?? 0;
}

const SCAM = /888|555|0100|wallet_support|Telegram|400-800|kefu8888|微信/;

describe('words a page puts in our mouth', () => {
  it('a forum link to a KuCoin page that echoes its query into an alert → no notice, no warning, no notification', async () => {
    const page = await forumLink('echo-link');
    await page.getByText('Telegram @wallet_support').waitFor({ timeout: PAGE_MS });
    await sleep(QUIET_MS);
    expect(kinds(await events())).toEqual([]);
    expect(await notifications()).toEqual([]);
    expect(await badge()).toBe('');
    expect(await popupText()).not.toMatch(SCAM);
    await page.close();
  });

  it('a script on another site forwarding to the same page with Chinese scam words → no notice', async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://deals-forum.example/redirect.html');
    await page.getByText('加微信 kefu8888').waitFor({ timeout: PAGE_MS });
    await sleep(QUIET_MS);
    expect(kinds(await events())).toEqual([]);
    expect(await notifications()).toEqual([]);
    await page.close();
  });

  it('the same echo page opened by the person (typed, from a mail app) → no notice', async () => {
    const page = await session.browser.context.newPage();
    const msg = 'Your account is suspended. Verify your identity at kucoin-verify.example today';
    await page.goto(`https://www.kucoin.com/en/notice?msg=${encodeURIComponent(msg)}`);
    await page.getByText('kucoin-verify.example').waitFor({ timeout: PAGE_MS });
    await sleep(QUIET_MS);
    expect(kinds(await events())).toEqual([]);
    expect(await notifications()).toEqual([]);
    await page.close();
  });

  it("KuCoin's own frozen notice on a page a forum link opened → refused at the door, no warning", async () => {
    const before = await refusals();
    const page = await forumLink('status-link');
    await page.getByText('has been frozen').waitFor({ timeout: PAGE_MS });
    // The content script did report it: the door counted its refusal.
    await expect.poll(refusals, { timeout: 15_000 }).toBeGreaterThan(before);
    expect(kinds(await events())).toEqual([]);
    expect(await notifications()).toEqual([]);
    await page.close();
  });

  it("once KuCoin's own app moves to another address, its notices there count again", async () => {
    const page = await forumLink('status-link');
    await page.getByText('has been frozen').waitFor({ timeout: PAGE_MS });
    await expect.poll(refusals, { timeout: 15_000 }).toBeGreaterThan(0);
    // The app's own route change (as a click on its "Assets" tab would make), then its banner.
    await page.evaluate(() => {
      history.pushState(null, '', '/en/assets/overview');
      const bar = document.createElement('div');
      bar.className = 'KuxAlert-root KuxAlert-warning';
      bar.setAttribute('role', 'alert');
      bar.textContent = 'Scheduled maintenance: withdrawals are paused until 14:00 UTC.';
      document.getElementById('root')?.prepend(bar);
    });
    await session.waitFor('kucoin', (e) => e.some((x) => x.id > since && x.kind === 'notice'));
    expect((await kucoin('notice')).map((e) => [e.notice, e.path])).toEqual([
      ['maintenance', '/en/assets/overview'],
    ]);
    await page.close();
  });

  it('a forum link to a KuCoin URL that answers 503 → no outage; the person opening it → an outage', async () => {
    const page = await forumLink('outage-link');
    await page
      .getByText('503 Service Temporarily Unavailable')
      .first()
      .waitFor({ timeout: PAGE_MS });
    await sleep(QUIET_MS);
    expect(await kucoin('site.error')).toEqual([]);
    await page.goto('https://www.kucoin.com/en/unavailable');
    await session.waitFor('kucoin', (e) => e.some((x) => x.id > since && x.kind === 'site.error'));
    expect((await kucoin('site.error')).map((e) => e.message)).toEqual(['HTTP 503']);
    await page.close();
  });

  it("KuCoin's own frozen notice opened by the person → a critical warning and one notification, quoted without its phone number and handle", async () => {
    const page = await session.browser.context.newPage();
    await page.goto('https://www.kucoin.com/en/account-status');
    await session.waitFor('kucoin', (e) => e.some((x) => x.id > since && x.kind === 'notice'));
    const [notice] = await kucoin('notice');
    expect(notice?.notice).toBe('frozen');
    // The record keeps what the site said (evidence); our warning does not repeat the contacts.
    expect(notice?.message).toContain('+1 888 555 0100');
    await expect.poll(notifications, { timeout: 15_000 }).toHaveLength(1);
    expect((await notifications())[0]).toMatch(/^finding:account-frozen:kucoin:/);
    const text = await popupText();
    expect(text).toContain('Your account has been frozen for security reasons.');
    expect(text).toContain('[removed]');
    expect(text).not.toMatch(/888|KuCoin_Support/);
    await page.close();
  });
});
