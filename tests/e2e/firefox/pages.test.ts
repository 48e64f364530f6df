// Firefox ESR with dist/firefox installed as a temporary add-on: the background (an event page
// in Firefox, not a service worker) starts without errors and makes its alarms, the welcome page
// opens on install, and every extension page renders its heading with no script error.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { poll, startFirefoxSession, type FirefoxSession } from '../harness/firefox';

let session: FirefoxSession;
beforeAll(async () => {
  session = await startFirefoxSession();
});
afterAll(async () => {
  await session?.close();
});

it('starts the background without errors: alarms made, welcome page opened', async () => {
  const alarms = () =>
    session.reader.evaluate(async () => (await browser.alarms.getAll()).map((a) => a.name).sort());
  await expect
    .poll(alarms, { timeout: 30_000 })
    .toEqual(expect.arrayContaining(['refresh-badge', 'reminders', 'retention']));
  expect(await session.backgroundState()).toBe('running');
  // The install handler opened onboarding.html in a tab.
  await poll(
    async () =>
      (await session.reader.evaluate(
        async (url) => (await browser.tabs.query({ url })).length,
        session.url('onboarding.html'),
      )) === 1,
    30_000,
    'welcome tab',
  );
  expect(session.extensionErrors()).toEqual([]);
});

const PAGES: Array<[file: string, heading: string]> = [
  ['popup.html', 'Wallet Sentinel'],
  ['log.html', 'Activity log'],
  ['guide.html', 'Recovery guide'],
  ['cases.html', 'Recovery cases'],
  ['options.html', 'Options'],
  ['onboarding.html', 'Welcome to Wallet Sentinel'],
];

it.each(PAGES)('%s renders “%s” without a script error', async (file, heading) => {
  const page = await session.openExtensionPage(file);
  await expect.poll(() => page.text('h1'), { timeout: 30_000 }).toBe(heading);
  await page.close();
  expect(session.extensionErrors()).toEqual([]);
});
