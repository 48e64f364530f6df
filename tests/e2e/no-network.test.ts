// No network (issue 8, SECURITY.md "What never leaves the device"): across a full run — install,
// sign-in, withdrawal, popup, log, the three exports, options, a worker restart — the extension
// itself asks for nothing from any host. Every page and worker is watched from before it runs
// (see NetworkWatch). The extension is installed only once the watch is on (CDP
// Extensions.loadUnpacked), so even the worker's first run on install is seen.
//
// What counts as the extension's: any request from its worker or its pages (other than its own
// packaged files, blob: downloads and data: URLs), and any request a wallet page makes whose
// initiator stack passes through the content script (chrome-extension://ID/content.js). The
// fixture pages' own requests do not count; they are seen, as a check that the watch works.
// An extension page's fetch to another host is refused by its CSP before any request exists;
// the page's console says so, and that counts too.
//
// Seen failing (2026-11-26) on a copy of the build with a fetch appended to content.js and to
// log.js: four content-script requests (one per wallet page) and the log page's refusal. The
// same fetch appended to background.js is refused by the worker's CSP without a request and
// without a console line Playwright forwards (Chromium logs it to the worker's own target,
// which Playwright gives no CDP session for), so this test cannot see a worker's refused
// attempt; the CSP snapshot (tests/build/manifest-snapshot.test.ts) covers that one.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM_PATH, fixtureBrowserArgs } from './harness/browser';
import { readAllEvents, waitForEvents } from './harness/idb';
import { DIST_CHROME } from './harness/paths';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { getWorker, stopServiceWorkers } from './harness/worker';
import { payPalSignIn } from './harness/paypal';

interface CallFrame {
  url: string;
}
interface StackTrace {
  callFrames: CallFrame[];
  parent?: StackTrace;
}
interface SeenRequest {
  targetType: string;
  targetUrl: string;
  url: string;
  documentURL?: string;
  initiator: { type: string; url?: string; stack?: StackTrace };
  blockedReason?: string;
}

/**
 * Two views of every request. Playwright attaches to each page and worker before it runs
 * (Target.setAutoAttach with waitForDebuggerOnStart, Network.enable, then it may start), the
 * extension's service worker included, and reports their requests on the context. Wallet pages
 * are also watched through their own CDP session, because only CDP gives a request's initiator:
 * the stack that made it, which names the content script when the content script made it.
 */
class NetworkWatch {
  readonly requests: SeenRequest[] = [];
  /**
   * The browser's own word on attempts it refused: an extension page's or the worker's fetch to
   * another host is stopped by the CSP before any request exists, so only the console says so.
   */
  readonly refusals: Array<{ source: string; text: string }> = [];

  constructor(context: BrowserContext) {
    context.on('console', (message) => {
      const text = message.text();
      if (!/Refused to (connect|load|execute)|Content Security Policy/i.test(text)) return;
      const source = message.worker()?.url() ?? message.page()?.url() ?? message.location().url;
      this.refusals.push({ source, text });
    });
    context.on('request', (request) => {
      const worker = request.serviceWorker();
      let targetUrl = worker?.url() ?? '?';
      if (!worker) {
        try {
          targetUrl = request.frame().url();
        } catch {
          // A request of no frame and no service worker: kept, with an unknown source.
        }
      }
      this.requests.push({
        targetType: worker ? 'service_worker' : 'page',
        targetUrl,
        url: request.url(),
        initiator: { type: 'playwright' },
      });
    });
  }

  /** A new page whose requests are also seen with their initiators, from its first one. */
  async page(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (p) => {
      const event = p as unknown as {
        documentURL?: string;
        request: { url: string };
        initiator: SeenRequest['initiator'];
      };
      this.requests.push({
        targetType: 'page-cdp',
        targetUrl: event.documentURL ?? '?',
        url: event.request.url,
        documentURL: event.documentURL,
        initiator: event.initiator,
      });
    });
    cdp.on('Network.loadingFailed', (p) => {
      const event = p as unknown as { blockedReason?: string };
      if (event.blockedReason) {
        const last = this.requests.at(-1);
        if (last) last.blockedReason ??= event.blockedReason;
      }
    });
    await cdp.send('Network.enable');
    return page;
  }

  /** Requests the extension made: from its worker or pages, or through its content script. */
  extensionRequests(extensionId: string): SeenRequest[] {
    const ours = `chrome-extension://${extensionId}/`;
    const ownFile = (url: string) =>
      url.startsWith(ours) ||
      url.startsWith(`blob:${ours.slice(0, -1)}`) ||
      url.startsWith('data:');
    const viaContentScript = (r: SeenRequest) => {
      if (r.initiator.url?.startsWith(ours)) return true;
      for (let s = r.initiator.stack; s; s = s.parent)
        if (s.callFrames.some((f) => f.url.startsWith(ours))) return true;
      return false;
    };
    return this.requests.filter((r) => {
      if (r.targetUrl.startsWith(ours)) return !ownFile(r.url);
      return viaContentScript(r);
    });
  }
}

let server: FixtureServer;
let context: BrowserContext;
let userDataDir: string;
let watch: NetworkWatch;
let extensionId: string;
let reader: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  userDataDir = await mkdtemp(path.join(os.tmpdir(), 'wallet-sentinel-no-network-'));
  // As tests/e2e/harness/browser.ts, but the extension is not loaded at launch: it is installed
  // over CDP once the watch is on (Extensions.loadUnpacked needs the pipe Playwright uses and
  // --enable-unsafe-extension-debugging).
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      `--disable-extensions-except=${DIST_CHROME}`,
      '--enable-unsafe-extension-debugging',
      ...fixtureBrowserArgs(server.port),
    ],
  });
  watch = new NetworkWatch(context);
});
afterAll(async () => {
  await context?.close().catch(() => undefined);
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  await server?.close();
});

it('makes no request of its own across install, sign-in, withdrawal, popup, log, export', async () => {
  const cdp = await context.browser()!.newBrowserCDPSession();
  ({ id: extensionId } = (await cdp.send(
    'Extensions.loadUnpacked' as never,
    {
      path: DIST_CHROME,
    } as never,
  )) as { id: string });
  // The worker's install handler has run, watched: it made its alarms (src/background/index.ts).
  // (Right after the install Chromium may list a worker that is not yet the active one: ask anew.)
  const alarms = () =>
    getWorker(context, extensionId)
      .then((w) =>
        w.evaluate(async () => (await chrome.alarms.getAll()).map((a: { name: string }) => a.name)),
      )
      .catch(() => [] as string[]);
  await expect
    .poll(alarms, { timeout: 20_000 })
    .toEqual(expect.arrayContaining(['refresh-badge', 'reminders']));
  reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/popup.html`);
  // Sign-in (a form post) and a withdrawal on PayPal.
  const paypal = await watch.page(context);
  await payPalSignIn(paypal, { succeed: true });
  await paypal.goto('https://www.paypal.com/myaccount/money/transfer-to-bank');
  await paypal.locator('#fn-amount').fill('48.75');
  await paypal.getByText('Chase Bank').click();
  await paypal.getByRole('button', { name: 'Next' }).click();
  await paypal.getByRole('button', { name: 'Transfer Now' }).click();
  await paypal.getByText('Transfer successful').waitFor();
  // A frozen-account notice (a critical finding, so a notification) and an outage (webRequest).
  const gate = await watch.page(context);
  await gate.goto('https://www.gate.com/zh/myaccount');
  const gemini = await watch.page(context);
  await gemini.goto('https://exchange.gemini.com/home');
  const events = await waitForEvents(
    reader,
    (all) =>
      ['login.success', 'withdrawal.success', 'notice', 'site.error'].every((k) =>
        all.some((e) => e.kind === k),
      ),
    20_000,
  );
  expect(events.length).toBeGreaterThanOrEqual(5);

  // The popup, the log page with its three exports, the options page.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // Healthy wallets are folded under their count: the line is there, not necessarily shown.
  await popup.locator('[data-wallet="paypal"]').waitFor({ state: 'attached' });
  const log = await context.newPage();
  await log.goto(`chrome-extension://${extensionId}/log.html#data`);
  for (const format of ['json', 'csv', 'pack']) {
    const [download] = await Promise.all([
      log.waitForEvent('download'),
      log.click(`button[data-export="${format}"]`),
    ]);
    expect(await download.failure()).toBeNull();
  }
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('main').first().waitFor();

  // The worker stopped and started again: its top level runs anew, watched from its first line.
  await stopServiceWorkers(context, popup);
  const worker = await getWorker(context, extensionId);
  expect(await readAllEvents(reader)).toHaveLength(events.length);

  // The watch sees what it must: the worker's own fetches, extension pages' files, wallet pages.
  await worker.evaluate(() => fetch(chrome.runtime.getURL('manifest.json')).then(() => 1));
  const seen = (test: (r: SeenRequest) => boolean) => watch.requests.some(test);
  await expect
    .poll(() => seen((r) => r.targetType === 'service_worker' && r.url.endsWith('/manifest.json')))
    .toBe(true);
  expect(seen((r) => r.url === `chrome-extension://${extensionId}/log.js`)).toBe(true);
  expect(
    seen((r) => r.targetType === 'page-cdp' && r.url === 'https://www.paypal.com/signin'),
  ).toBe(true);

  expect(watch.extensionRequests(extensionId)).toEqual([]);
  expect(watch.refusals).toEqual([]);
});
