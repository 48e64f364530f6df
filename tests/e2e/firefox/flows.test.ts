// The core flows in Firefox ESR, with the Chromium tests' fixture server and PayPal flow: a
// sign-in, a failed sign-in burst that becomes a finding the popup shows; a frozen-account notice
// (finding, badge, notification); an outage seen through `webRequest`; a daily limit saved in the
// options page and a withdrawal over it, whose finding links to the guide; the log page listing,
// filtering and exporting; and the background (an event page) unloaded and woken with nothing lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyExport } from '../../../src/export/verify';
import { verifyRecords } from '../../../src/storage/chain';
import type { StoredEvent } from '../../../src/model/event-types';
import { kinds } from '../harness/extension-session';
import { startFirefoxSession, type FirefoxPage, type FirefoxSession } from '../harness/firefox';
import { readStore } from '../harness/idb';
import { payPalSignIn, sendPayPalSignIn } from '../harness/paypal';

let session: FirefoxSession;
let popup: FirefoxPage;
beforeAll(async () => {
  session = await startFirefoxSession();
  popup = await session.openExtensionPage('popup.html');
});
afterAll(async () => {
  await session?.close();
});

const findingKeys = async () =>
  (await readStore<{ ruleId: string; walletId: string }>(session.reader, 'findings')).map(
    (f) => `${f.ruleId} ${f.walletId}`,
  );
const badgeText = () => session.reader.evaluate(() => browser.action.getBadgeText({}));

async function failBinanceSignIns(count: number) {
  const page = await session.newPage();
  await page.goto('https://accounts.binance.com/en/login');
  await page.fill('input[name="username"]', 'trader@example.com');
  await page.click('#click_login_submit_v2');
  for (let i = 1; i <= count; i++) {
    await page.fill('input[type="password"]', `wrong-${i}`);
    await page.click('#click_login_submit_v3');
    await session.waitFor(
      'binance',
      (e) => kinds(e).filter((k) => k === 'login.failure').length === i,
    );
  }
  await page.close();
}

describe('Firefox core flows', () => {
  it('records a PayPal sign-in across the page load', async () => {
    const page = await session.newPage();
    await payPalSignIn(page, { succeed: true });
    const events = await session.waitFor('paypal', (e) => kinds(e).includes('login.success'));
    expect(kinds(events)).toEqual(['login.attempt', 'login.success']);
    expect(events[1]).toMatchObject({
      path: '/myaccount/summary',
      attemptId: events[0]?.attemptId,
    });
    await page.close();
  });

  it('turns a burst of failed sign-ins into a finding the open popup shows, with the badge', async () => {
    await failBinanceSignIns(3);
    await expect.poll(findingKeys, { timeout: 30_000 }).toContain('failed-login-burst binance');
    await expect.poll(badgeText, { timeout: 30_000 }).toBe('1');
    const card = '[data-finding^="failed-login-burst:binance:"]';
    await expect
      .poll(() => popup.text(`${card} h3`), { timeout: 30_000 })
      .toBe('Several failed sign-ins in a row');
    expect(await popup.attribute(`${card} a.guide-link`, 'href')).toMatch(
      /^guide\.html\?finding=failed-login-burst%3Abinance%3A.+#secure-account$/,
    );
    expect(await popup.text('[data-wallet="binance"] .health-label')).toBe('Needs attention');
  });

  it('a frozen-account notice becomes a critical finding, a red badge and one notification', async () => {
    const page = await session.newPage();
    await page.goto('https://www.gate.com/zh/myaccount');
    await session.waitFor('gate', (e) => kinds(e).includes('notice'));
    await expect.poll(findingKeys, { timeout: 30_000 }).toContain('account-frozen gate');
    await expect.poll(badgeText, { timeout: 30_000 }).toBe('2');
    expect(await session.reader.evaluate(() => browser.action.getBadgeBackgroundColor({}))).toEqual(
      [179, 38, 30, 255],
    );
    await expect
      .poll(
        async () =>
          Object.keys(await session.reader.evaluate(() => browser.notifications.getAll())),
        { timeout: 30_000 },
      )
      .toEqual([expect.stringMatching(/^finding:account-frozen:gate:/)]);
    await page.close();
  });

  it('records an outage from what webRequest saw: Gemini’s API answering 503', async () => {
    const page = await session.newPage();
    await page.goto('https://exchange.gemini.com/home');
    const events = await session.waitFor('gemini', (e) => kinds(e).includes('site.error'));
    expect(events.find((e) => e.kind === 'site.error')).toMatchObject({
      origin: 'https://exchange.gemini.com',
      path: '/api/v1/balances',
      message: 'HTTP 503',
    });
    await page.close();
  });

  it('a daily limit saved in the options page raises its finding on the next withdrawal, linked to the guide', async () => {
    const options = await session.openExtensionPage('options.html');
    await options.click('#limits-add');
    await options.select('#limit-0-walletId', 'alipay');
    await options.fill('#limit-0-currency', 'cny');
    await options.fill('#limit-0-daily', '800');
    // Saved when the row is complete and the field is left (Enter), issue 15.
    await options.press('#limit-0-daily', 'Enter');
    await expect
      .poll(() => options.text('#limits [data-row="0"] > .save-note'), { timeout: 30_000 })
      .toBe('Saved. It counts from the next withdrawal on.');
    await options.close();

    const alipay = await session.newPage();
    await alipay.goto('https://personalweb.alipay.com/fund/withdraw/apply.htm');
    await alipay.fill('#J-amount', '1000');
    await alipay.click('#J-card-select');
    await alipay.click('.ui-select-option ::-p-text(招商银行)');
    await alipay.click('#J-next');
    await alipay.fill('#payPassword_rsainput', '135790');
    await Promise.all([
      alipay.waitForURL('**/fund/withdraw/result.htm'),
      alipay.click('#J-submit'),
    ]);
    await alipay.close();
    await expect.poll(findingKeys, { timeout: 30_000 }).toContain('withdrawal-limit-daily alipay');

    const card = '[data-finding^="withdrawal-limit-daily:alipay:"]';
    await expect.poll(() => popup.text(`${card} h3`), { timeout: 30_000 }).toBeTruthy();
    const href = await popup.attribute(`${card} a.guide-link`, 'href');
    expect(href).toMatch(
      /^guide\.html\?finding=withdrawal-limit-daily%3Aalipay%3A.+#cause-limits$/,
    );
    const guide = await session.openExtensionPage(href!);
    await expect
      .poll(() => guide.text('.context .wallet-name'), { timeout: 30_000 })
      .toBe('Alipay');
    expect(await guide.evaluate(() => Boolean(document.querySelector('#cause-limits')))).toBe(true);
    await guide.close();
  });

  it('the log lists the events, filters them by wallet and exports them as JSON', async () => {
    const total = (await session.events()).length;
    const log = await session.openExtensionPage('log.html');
    const rows = () =>
      log.evaluate(() => document.querySelectorAll('.log-body [role=row][data-id]').length);
    await expect.poll(rows, { timeout: 30_000 }).toBe(total);
    await log.select('select[name=wallet]', 'binance');
    await expect.poll(rows, { timeout: 30_000 }).toBe(6); // three attempts, three failures
    expect(log.url()).toContain('wallet=binance');

    await log.select('select[name=wallet]', '');
    await expect.poll(rows, { timeout: 30_000 }).toBe(total);
    // Export lives in the log's second tab.
    await log.click('#log-tab-data');
    await log.click('button[data-export="json"]');
    const text = (await session.downloaded('.ndjson')).bytes.toString('utf8');
    // The Node verifier (scripts/verify-export.ts uses it) accepts the file whole.
    expect(await verifyExport(text)).toMatchObject({ ok: true, count: total });
    await log.close();
  });

  it('keeps an attempt and its outcome when the background is unloaded between them', async () => {
    const before = (await session.events()).length;
    const page = await session.newPage();
    await page.goto('https://www.paypal.com/signin');
    await session.stopBackground();
    await expect.poll(() => session.backgroundState(), { timeout: 30_000 }).toBe('stopped');
    // The content script's message wakes the event page.
    await sendPayPalSignIn(page, { succeed: false });
    const events = await session.waitFor(
      'paypal',
      (e) => kinds(e).filter((k) => k === 'login.failure').length === 1,
    );
    expect(kinds(events).slice(-2)).toEqual(['login.attempt', 'login.failure']);
    expect(events.at(-1)?.attemptId).toBe(events.at(-2)?.attemptId);
    expect(await session.backgroundState()).toBe('running');
    const all = (await session.events()) as unknown as StoredEvent[];
    expect(all.length).toBe(before + 2);
    expect(await verifyRecords(all)).toMatchObject({ ok: true, count: all.length });
    await page.close();
  });

  it('wrote no script error of the extension to the console', () => {
    expect(session.extensionErrors()).toEqual([]);
  });
});
