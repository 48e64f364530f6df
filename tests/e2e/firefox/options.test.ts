// The options page in Firefox: Firefox's own permission prompt is real and answered through the
// browser window in the parent process (the "Allow" / "Deny" buttons of its doorhanger), as a
// user at the mouse would. An own wallet site (MAX Exchange, not in the catalog) is refused,
// then allowed, watched and removed; lookalike warnings ask for the optional `webNavigation`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kinds } from '../harness/extension-session';
import { readScreenshots } from '../harness/idb';
import { payPalSignIn } from '../harness/paypal';
import { poll, startFirefoxSession, type FirefoxSession } from '../harness/firefox';

const SITE = 'https://max.maicoin.com';
const WALLET = `custom:${SITE}`;

let session: FirefoxSession;
beforeAll(async () => {
  session = await startFirefoxSession();
});
afterAll(async () => {
  await session?.close();
});

/** Waits for Firefox's permission doorhanger and presses Allow or Deny on it. */
async function answerPrompt(allow: boolean): Promise<void> {
  const panel = `PopupNotifications.panel.querySelector('#addon-webext-permissions-notification')`;
  await poll(
    async () =>
      session.chrome<boolean>(
        `Boolean(PopupNotifications.getNotification('addon-webext-permissions') && ${panel})`,
      ),
    30_000,
    'the permission prompt',
  );
  await session.chrome(`${panel}.${allow ? 'button' : 'secondaryButton'}.click()`);
}

const hasOrigin = (origin: string) =>
  session.reader.evaluate((o) => browser.permissions.contains({ origins: [o] }), origin);
const registeredIds = () =>
  session.reader.evaluate(async () =>
    (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id),
  );
const customSites = () =>
  session.reader.evaluate(
    async () =>
      ((await browser.storage.local.get('settings')).settings as { customSites?: unknown[] })
        ?.customSites ?? [],
  );

async function signInOnMax() {
  const page = await session.newPage();
  await page.goto(`${SITE}/login`);
  await page.fill('#member_email', 'trader@example.com');
  await page.fill('#member_password', 'correct horse battery');
  await Promise.all([page.waitForURL('**/wallet/overview'), page.click('#login-submit')]);
  return page;
}

describe('options in Firefox', () => {
  it('adds nothing when the prompt is denied, and says why', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.fill('#site-url', 'max.maicoin.com');
    await page.click('#sites button[type="submit"]');
    await answerPrompt(false);
    await expect
      .poll(() => page.text('#site-url-error'), { timeout: 30_000 })
      .toContain('Access to max.maicoin.com was not allowed, so it was not added.');
    expect(await customSites()).toEqual([]);
    expect(await hasOrigin(`${SITE}/*`)).toBe(false);
    await page.close();
  });

  it('adds an own site through the prompt, watches it, and stops when it is removed', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.fill('#site-url', `${SITE}/login`);
    await page.click('#sites button[type="submit"]');
    await answerPrompt(true);
    await expect
      .poll(() => page.text('#sites .status'), { timeout: 30_000 })
      .toBe('max.maicoin.com is added and watched from now on.');
    expect(await hasOrigin(`${SITE}/*`)).toBe(true);
    await expect.poll(registeredIds, { timeout: 30_000 }).toContain(`custom-site:${SITE}`);

    const site = await signInOnMax();
    const events = await session.waitFor(WALLET, (e) => kinds(e).includes('login.success'));
    expect(kinds(events)).toEqual(['login.attempt', 'login.success']);
    expect(events[1]).toMatchObject({ origin: SITE, path: '/wallet/overview' });
    await site.close();

    await page.click(`[data-origin="${SITE}"] .site-actions button.secondary`);
    await expect
      .poll(() => page.text('#sites .status'), { timeout: 30_000 })
      .toBe('max.maicoin.com is removed and its access given back.');
    await expect.poll(registeredIds, { timeout: 30_000 }).not.toContain(`custom-site:${SITE}`);
    expect(await hasOrigin(`${SITE}/*`)).toBe(false);

    const count = (await session.events()).length;
    const again = await signInOnMax();
    // Long enough for a content script, were one still registered, to have reported.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect((await session.events()).length).toBe(count);
    await again.close();
    await page.close();
  });

  it('switches lookalike warnings on through the prompt (webNavigation), and off again', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.click('#lookalike');
    await answerPrompt(true);
    await expect
      .poll(() => page.text('#alerts .status'), { timeout: 30_000 })
      .toBe('Lookalike warnings are on.');
    const navigation = () =>
      session.reader.evaluate(() =>
        browser.permissions.contains({ permissions: ['webNavigation'] }),
      );
    expect(await navigation()).toBe(true);

    // The background registers its webNavigation listener when the permission arrives: a
    // typo-squat of PayPal is recorded (the fixture server answers 404; the load still commits).
    const squat = await session.newPage();
    await squat.goto('https://www.paypa1.com/');
    const visits = await session.waitFor('paypal', (e) => kinds(e).includes('visit.lookalike'));
    expect(visits.find((e) => e.kind === 'visit.lookalike')).toMatchObject({
      origin: 'https://www.paypa1.com',
    });
    await squat.close();

    // Firefox forgets a listener added after its event page started (the grant) at the next
    // unload, so the background set an alarm to wake itself after it (src/background/index.ts).
    // That start (or any other: the settings just written may wake it first) registers the
    // listener at the top level, where Firefox keeps it: a navigation to a typo-squat then wakes
    // the unloaded page and is recorded.
    const alarmNames = () =>
      session.reader.evaluate(async () => (await browser.alarms.getAll()).map((a) => a.name));
    await expect.poll(alarmNames, { timeout: 30_000 }).toContain('navigation-listener');
    await session.stopBackground();
    await expect.poll(() => session.backgroundState(), { timeout: 30_000 }).toBe('stopped');
    await expect.poll(() => session.backgroundState(), { timeout: 90_000 }).toBe('running');
    await session.stopBackground();
    await expect.poll(() => session.backgroundState(), { timeout: 30_000 }).toBe('stopped');
    const second = await session.newPage();
    await second.goto('https://www.binance-support.com/');
    await session.waitFor('binance', (e) => kinds(e).includes('visit.lookalike'));
    await second.close();

    await page.click('#lookalike');
    await expect
      .poll(() => page.text('#alerts .status'), { timeout: 30_000 })
      .toBe('Lookalike warnings are off and the permission is given back.');
    expect(await navigation()).toBe(false);
    await page.close();
  });

  it('takes an automatic screenshot of a failed sign-in once <all_urls> is allowed (captureVisibleTab)', async () => {
    const page = await session.openExtensionPage('options.html');
    await page.click('#screenshot');
    await expect
      .poll(
        () =>
          page.evaluate(
            () => document.querySelector<HTMLInputElement>('#screenshot-auto')?.disabled,
          ),
        { timeout: 30_000 },
      )
      .toBe(false);
    await page.click('#screenshot-auto');
    await answerPrompt(true);
    // The switch is stored after the grant: the page stays open until it says so.
    await expect
      .poll(() => page.text('#screenshot-auto-status'), { timeout: 30_000 })
      .toBe('Automatic screenshots are on.');
    expect(await hasOrigin('<all_urls>')).toBe(true);
    await page.close();

    const paypal = await session.newPage();
    await payPalSignIn(paypal, { succeed: false });
    await session.waitFor('paypal', (e) => kinds(e).includes('login.failure'));
    await expect
      .poll(async () => (await readScreenshots(session.reader)).map((s) => [s.walletId, s.head]), {
        timeout: 30_000,
      })
      .toEqual([['paypal', 'ffd8ff']]);
    const [shot] = await readScreenshots(session.reader);
    expect(shot?.digest).toBe(shot?.sha256);
    await paypal.close();
  });

  it('wrote no script error of the extension to the console', () => {
    expect(session.extensionErrors()).toEqual([]);
  });
});
