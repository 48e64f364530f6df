// Issue 16, the weekly summary, end to end in real Chromium: off by default; opted into on the
// welcome page; a week after opting in the worker's alarm sends one notification that says the
// week in counts ("all normal" as such), and the log page shows the same under "This week";
// switched off in the options, it stops.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { kinds, startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { payPalSignIn } from './harness/paypal';
import { getWorker } from './harness/worker';

let session: ExtensionSession;
const url = (file: string) => `chrome-extension://${session.browser.extensionId}/${file}`;
const worker = () => getWorker(session.browser.context, session.browser.extensionId);
const settings = () =>
  session.reader.evaluate(async () => (await chrome.storage.local.get('settings')).settings);

beforeAll(async () => {
  session = await startExtensionSession();
});
afterAll(async () => {
  await session?.close();
});

it('is off by default and opted into on the welcome page', async () => {
  expect((await settings())?.weeklySummary ?? false).toBe(false);
  const page = await session.browser.context.newPage();
  await page.goto(url('onboarding.html'));
  await page.getByLabel(/Once a week, tell me how my wallets did/).check();
  await expect.poll(async () => (await settings())?.weeklySummary).toBe(true);
  await page.getByText('On: the first summary comes in a week.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
  // Opting in starts the first week.
  await expect
    .poll(() =>
      session.reader.evaluate(
        async () => (await chrome.storage.local.get('weeklySummaryAt')).weeklySummaryAt,
      ),
    )
    .toBeGreaterThan(0);
});

it('a week later sends one notification, counts only, and the log shows the week', async () => {
  const page = await session.browser.context.newPage();
  await payPalSignIn(page, { succeed: true });
  await session.waitFor('paypal', (e) => kinds(e).includes('login.success'));
  await page.close();
  // The week began eight days ago; the worker's check runs now.
  await session.reader.evaluate(() =>
    chrome.storage.local.set({ weeklySummaryAt: Date.now() - 8 * 86_400_000 }),
  );
  await (
    await worker()
  ).evaluate(() => chrome.alarms.create('weekly-summary', { when: Date.now() + 100 }));
  let shown: Record<string, { title?: string; message?: string }> = {};
  await expect
    .poll(
      async () => {
        shown = (await (
          await worker()
        ).evaluate(() => chrome.notifications.getAll())) as typeof shown;
        return Object.keys(shown).filter((id) => id.startsWith('weekly:')).length;
      },
      { timeout: 20_000 },
    )
    .toBe(1);

  const log = await session.browser.context.newPage();
  await log.goto(url('log.html#this-week'));
  const week = log.locator('#this-week');
  await expect.poll(() => week.textContent()).toContain('Your week: all normal');
  expect(await week.textContent()).toContain('Sign-ins: 1 succeeded, 0 failed.');
  expect(await week.textContent()).toContain('All normal: no failed sign-in or withdrawal');
  // The worker does not send a second one for the same week.
  await (
    await worker()
  ).evaluate(() => chrome.alarms.create('weekly-summary', { when: Date.now() + 100 }));
  await log.waitForTimeout(1500);
  const again = await (await worker()).evaluate(() => chrome.notifications.getAll());
  expect(Object.keys(again).filter((k) => k.startsWith('weekly:'))).toHaveLength(1);
  await log.close();
});

it('is switched off in the options, which forgets its week', async () => {
  const page = await session.browser.context.newPage();
  await page.goto(url('options.html'));
  const box = page.locator('#weekly-summary');
  await box.waitFor();
  expect(await box.isChecked()).toBe(true);
  await box.uncheck();
  await expect.poll(async () => (await settings())?.weeklySummary).toBe(false);
  await expect
    .poll(() =>
      session.reader.evaluate(
        async () => (await chrome.storage.local.get('weeklySummaryAt')).weeklySummaryAt,
      ),
    )
    .toBeUndefined();
  await page.close();
});
