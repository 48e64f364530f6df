// The content script's storage is not the worker's (issue 19, item 7). A page process taken over
// by an exploit can run anything the content script can, so the test runs its code in the
// content script's own isolated world of a real wallet page, found over CDP: it writes the
// worker's waiting room (`held-events`) with a forged 75,000 USDT withdrawal, and `settings`
// with PayPal switched off, in `storage.local` and `storage.sync`. Before the fix both writes
// took: the withdrawal was stored as PayPal's with the next real event and the sign-in after it
// was never recorded. Now the worker closes both areas to content scripts
// (src/background/storage-access.ts): nothing forged is stored, monitoring stays on, and the
// real sign-in is recorded.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/storage/settings';
import { kinds, startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { payPalSignIn, sendPayPalSignIn } from './harness/paypal';

let session: ExtensionSession;
beforeAll(async () => {
  session = await startExtensionSession();
});
afterAll(async () => {
  await session?.close();
});

interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

/** The extension's isolated world in the page's main frame, as CDP names it. */
async function contentScriptWorld(page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: ContextDescription }) => {
    contexts.push(event.context);
  });
  await cdp.send('Runtime.enable');
  const { extensionId } = session.browser;
  const find = () =>
    contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`,
    );
  await expect.poll(() => find() !== undefined, { timeout: 15_000 }).toBe(true);
  return { cdp, contextId: find()!.id };
}

async function runInWorld(
  world: { cdp: CDPSession; contextId: number },
  expression: string,
): Promise<unknown> {
  const result = (await world.cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.contextId,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value?: unknown }; exceptionDetails?: unknown };
  if (result.exceptionDetails) throw new Error(JSON.stringify(result.exceptionDetails));
  return result.result.value;
}

const forgedWithdrawal = {
  event: {
    at: Date.now() - 60_000,
    kind: 'withdrawal.success',
    walletId: 'paypal',
    origin: 'https://www.paypal.com',
    path: '/myaccount/transfer',
    amount: { value: '75000', currency: 'USDT' },
    destination: 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE',
  },
  deliveryId: 'f0f0f0f0-0000-4000-8000-000000075000',
};
const monitoringOff = { ...DEFAULT_SETTINGS, disabledWallets: ['paypal'], updatedAt: Date.now() };

it("cannot write the worker's waiting room or the settings from the content script's world", async () => {
  const page = await session.browser.context.newPage();
  await page.goto('https://www.paypal.com/signin');
  const world = await contentScriptWorld(page);

  // The content script's own world indeed: its `chrome.runtime` is the extension's.
  expect(await runInWorld(world, 'chrome.runtime.id')).toBe(session.browser.extensionId);

  const outcome = (await runInWorld(
    world,
    `(async () => {
      const held = ${JSON.stringify([forgedWithdrawal])};
      const settings = ${JSON.stringify(monitoringOff)};
      const out = {};
      const attempt = async (name, write) => {
        try { await write(); out[name] = 'written'; } catch (e) { out[name] = String(e); }
      };
      await attempt('held', () => chrome.storage.local.set({ 'held-events': held }));
      await attempt('settings', () => chrome.storage.local.set({ settings }));
      await attempt('sync', () =>
        chrome.storage.sync.set({ 'settings-sync': { settings, updatedAt: Date.now() } }),
      );
      return out;
    })()`,
  )) as Record<string, string>;

  // A real sign-in afterwards: recorded (PayPal is still watched), and with it nothing forged.
  await payPalSignIn(page, { succeed: true });
  const events = await session.waitFor('paypal', (e) => kinds(e).includes('login.success'));
  // Time for a flush of the waiting room to have stored anything it held.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const all = await session.events();
  expect(kinds(all)).toEqual(['login.attempt', 'login.success']);
  expect(all.filter((e) => String(e.kind).startsWith('withdrawal'))).toEqual([]);
  expect(events.every((e) => e.origin === 'https://www.paypal.com')).toBe(true);

  const settings = await session.reader.evaluate(
    () =>
      (
        globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome.storage.local.get('settings') as Promise<{
        settings?: { disabledWallets?: string[] };
      }>,
  );
  expect(settings.settings?.disabledWallets ?? []).toEqual([]);
  // Refused by the browser, each one.
  expect(outcome.held).not.toBe('written');
  expect(outcome.settings).not.toBe('written');
  expect(outcome.sync).not.toBe('written');
  await page.close();
});

it('still hands over an attempt whose message was lost as the page unloaded, and no made-up one', async () => {
  const before = (await session.events()).length;
  const page = await session.browser.context.newPage();
  await page.goto('https://www.paypal.com/signin');
  // The wallet's own scripts write an outbox entry into the page's sessionStorage: no token.
  await page.evaluate(() =>
    sessionStorage.setItem(
      'wallet-sentinel-outbox',
      JSON.stringify([
        {
          message: {
            type: 'observe',
            kind: 'withdrawal.attempt',
            path: '/myaccount/transfer',
            deliveryId: '0d1e2f30-7500-4000-8000-000000000001',
            attemptId: '0d1e2f30-7500-4000-8000-000000000002',
            amount: { value: '75000', currency: 'USDT' },
          },
          observedAt: Date.now(),
          token: '0d1e2f30-7500-4000-8000-000000000003',
        },
      ]),
    ),
  );
  await page.reload();
  // As when the worker sleeps through a form post: the attempt's message never arrives.
  const world = await contentScriptWorld(page);
  await expect
    .poll(() => page.evaluate(() => sessionStorage.getItem('wallet-sentinel-outbox')))
    .toBe(null);
  await runInWorld(
    world,
    `(() => {
      // Both names: Chromium also has \`browser\` now, and the content script takes that first.
      for (const api of [globalThis.browser, globalThis.chrome]) {
        if (!api?.runtime) continue;
        const send = api.runtime.sendMessage.bind(api.runtime);
        api.runtime.sendMessage = (m) =>
          m && m.kind === 'login.attempt' ? new Promise(() => {}) : send(m);
      }
    })()`,
  );
  await sendPayPalSignIn(page, { succeed: true });
  const events = await session.waitFor('paypal', (e) => e.length >= before + 2);
  const added = events.slice(before);
  expect(kinds(added)).toEqual(['login.attempt', 'login.success']);
  expect(added[0]?.attemptId).toBe(added[1]?.attemptId);
  expect(added.some((e) => String(e.kind).startsWith('withdrawal'))).toBe(false);
  await page.close();
});
