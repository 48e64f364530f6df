// Findings end to end: a frozen-account notice on a wallet page becomes a critical finding, the
// badge turns red with its count, and the user gets one browser notification for it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { kinds, startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { getWorker } from './harness/worker';

let session: ExtensionSession;
beforeAll(async () => {
  session = await startExtensionSession();
});
afterAll(async () => {
  await session?.close();
});

it('a frozen account becomes a critical finding, a red badge and one notification', async () => {
  const page = await session.browser.context.newPage();
  await page.goto('https://www.gate.com/zh/myaccount');
  await session.waitFor('gate', (e) => kinds(e).includes('notice'));
  const worker = () => getWorker(session.browser.context, session.browser.extensionId);
  await expect
    .poll(async () => (await worker()).evaluate(() => chrome.action.getBadgeText({})), {
      timeout: 10_000,
    })
    .toBe('1');
  const color = await (await worker()).evaluate(() => chrome.action.getBadgeBackgroundColor({}));
  expect(color).toEqual([179, 38, 30, 255]);
  const notifications = await (await worker()).evaluate(() => chrome.notifications.getAll());
  const ids = Object.keys(notifications);
  expect(ids).toHaveLength(1);
  expect(ids[0]).toMatch(/^finding:account-frozen:gate:/);
  await page.close();
});
