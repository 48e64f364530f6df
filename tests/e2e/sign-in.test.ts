// Sign-in detection end to end: real Chromium, the built dist/chrome loaded unchanged, fixture
// wallet sites served under their real host names. What a user would see in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyRecords } from '../../src/storage/chain';
import type { StoredEvent } from '../../src/model/event-types';
import { kinds, startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { getWorker, stopServiceWorkers } from './harness/worker';
import { payPalSignIn, sendPayPalSignIn } from './harness/paypal';

let session: ExtensionSession;

beforeAll(async () => {
  session = await startExtensionSession();
});
afterAll(async () => {
  await session?.close();
});

async function newPage() {
  return session.browser.context.newPage();
}

describe('sign-in detection in Chromium', () => {
  it('records a classic form sign-in on PayPal that succeeds, across the page load', async () => {
    const page = await newPage();
    await payPalSignIn(page, { succeed: true });

    const events = await session.waitFor('paypal', (e) => kinds(e).includes('login.success'));
    expect(kinds(events)).toEqual(['login.attempt', 'login.success']);
    const [attempt, success] = events;
    expect(attempt).toMatchObject({ origin: 'https://www.paypal.com', path: '/signin' });
    expect(success).toMatchObject({ path: '/myaccount/summary', attemptId: attempt?.attemptId });
    expect(attempt?.attemptId).toMatch(/^[0-9a-f-]{36}$/);
    await page.close();
  });

  it('records a failed sign-in on Binance (no <form>, div buttons, error toast 1.5 s later)', async () => {
    const page = await newPage();
    await page.goto('https://accounts.binance.com/en/login');
    await page.fill('input[name="username"]', 'trader@example.com');
    await page.click('text=Next');
    await page.fill('input[type="password"]', 'not-my-password');
    await page.click('#click_login_submit_v3');

    const events = await session.waitFor('binance', (e) => kinds(e).includes('login.failure'));
    expect(kinds(events)).toEqual(['login.attempt', 'login.failure']);
    expect(events[1]?.message).toBe('Incorrect password. You have 4 more attempts.');
    expect(events[1]?.attemptId).toBe(events[0]?.attemptId);
    expect(events[0]?.path).toBe('/en/login');

    // Enter in the password field is an attempt too; this one succeeds (SPA route change).
    await page.fill('input[type="password"]', 'correct-horse');
    await page.press('input[type="password"]', 'Enter');
    const after = await session.waitFor('binance', (e) => kinds(e).includes('login.success'));
    expect(kinds(after)).toEqual([
      'login.attempt',
      'login.failure',
      'login.attempt',
      'login.success',
    ]);
    expect(after[3]?.attemptId).toBe(after[2]?.attemptId);
    await page.close();
  });

  it('records a Chinese sign-in on Alipay with an SMS second-factor step', async () => {
    const page = await newPage();
    await page.goto('https://auth.alipay.com/login/index.htm');
    await page.fill('#J-input-user', '13800008888');
    await page.fill('#password_rsainput', '我的密码-123');
    await page.click('#J-login-btn');
    await session.waitFor('alipay', (e) => kinds(e).includes('login.challenge'));
    await page.fill('#J-sms-code', '246810');
    await Promise.all([page.waitForURL('**/portal/i.htm'), page.click('#J-sec-submit')]);

    const events = await session.waitFor('alipay', (e) => kinds(e).includes('login.success'));
    expect(kinds(events)).toEqual(['login.attempt', 'login.challenge', 'login.success']);
    expect(new Set(events.map((e) => e.attemptId)).size).toBe(1);
    expect(events[2]?.path).toBe('/portal/i.htm');
    await page.close();
  });

  it('records nothing for a sign-up form, nor on a site that is not a wallet', async () => {
    const before = (await session.events()).length;
    const okx = await newPage();
    await okx.goto('https://www.okx.com/');
    const passwords = okx.locator('input[type="password"]');
    await passwords.nth(0).fill('New-Passw0rd!');
    await passwords.nth(1).fill('New-Passw0rd!');
    await okx.locator('input[type="email"], input[name*="mail" i]').first().fill('new@example.com');
    await okx
      .getByRole('button', { name: /sign up/i })
      .first()
      .click();

    const evil = await newPage();
    await evil.goto('https://evil-wallet.example/');
    await evil.locator('input[type="email"]').first().fill('victim@example.com');
    await evil.locator('input[type="password"]').first().fill('hunter2');
    await evil.locator('button[type="submit"]').first().click();
    await evil.waitForLoadState('load');
    // Long enough for any outcome watcher or worker write to have landed.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const added = (await session.events()).slice(before);
    expect(added.filter((e) => e.walletId === 'okx' || e.origin.includes('evil'))).toEqual([]);
    await okx.close();
    await evil.close();
  });

  it('keeps both sign-ins when the service worker is stopped between them', async () => {
    const page = await newPage();
    await payPalSignIn(page, { succeed: false });
    const first = await session.waitFor(
      'paypal',
      (e) => kinds(e).filter((k) => k === 'login.failure').length === 1,
    );

    await stopServiceWorkers(session.browser.context, page);
    await sendPayPalSignIn(page, { succeed: false });
    const events = await session.waitFor(
      'paypal',
      (e) => kinds(e).filter((k) => k === 'login.failure').length === 2,
    );
    expect(events.length).toBe(first.length + 2);
    expect(events.at(-1)?.message).toBe("Some of your info isn't correct. Please try again.");

    // The whole chain still verifies, with hashes recomputed here in Node.
    await getWorker(session.browser.context, session.browser.extensionId);
    const all = (await session.events()) as unknown as StoredEvent[];
    expect(await verifyRecords(all)).toMatchObject({ ok: true, count: all.length });
    await page.close();
  });
});
