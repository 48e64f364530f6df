// Firefox ESR driven by puppeteer-core over WebDriver BiDi: the browser adapter for what differs
// from Chromium (launching, opening extension pages, stopping the background). The fixture
// server, the flows and the IndexedDB readers are the Chromium tests' own.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startConnectProxy, type ConnectProxy } from './connect-proxy';
import { readAllEvents, waitForEvents, type StoredEventRecord } from './idb';
import { DIST_FIREFOX } from './paths';
import { startFixtureServer, type FixtureServer } from './server';
import type { FlowPage } from './paypal';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const GECKO_ID = 'wallet-sentinel@wallet-sentinel.dev';
/** Fixed through `extensions.webextensions.uuids`, so extension URLs are known before install. */
export const FIREFOX_UUID = '6f1f3b0e-7c1a-4d62-9a59-2f0c0a9b5e01';
export const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_UUID}`;

export interface FirefoxOptions {
  extensionDir?: string;
  /** Extra prefs, e.g. `extensions.webextOptionalPermissionPrompts`. */
  prefs?: Record<string, string | number | boolean>;
}

/** A puppeteer page with the few Playwright-named calls the shared flows use. */
export class FirefoxPage implements FlowPage {
  constructor(readonly raw: Page) {}

  async goto(url: string): Promise<void> {
    if (url.startsWith('moz-extension:')) return this.openExtensionUrl(url);
    await this.raw.goto(url, { waitUntil: 'load', timeout: 60_000 });
  }

  /**
   * `page.goto` to a moz-extension:// URL never resolves (no navigation events come from the
   * extension process): send BiDi `browsingContext.navigate` without waiting and poll the page.
   */
  private async openExtensionUrl(url: string): Promise<void> {
    const context = (this.raw.mainFrame() as unknown as { browsingContext: BidiContext })
      .browsingContext;
    await context.navigate(url, 'none');
    await poll(
      async () => {
        const state = await this.raw
          .evaluate(() => [location.href, document.readyState])
          .catch(() => ['', '']);
        return state[0] === url && state[1] === 'complete';
      },
      30_000,
      `open ${url}`,
    );
  }

  async fill(selector: string, value: string): Promise<void> {
    await this.raw.waitForSelector(selector, { visible: true, timeout: 30_000 });
    // Clear what is there, as Playwright's fill does, then type like a user.
    await this.raw.$eval(selector, (el) => {
      (el as HTMLInputElement).value = '';
    });
    await this.raw.type(selector, value);
  }

  async click(selector: string): Promise<void> {
    await this.raw.waitForSelector(selector, { visible: true, timeout: 30_000 });
    await this.raw.click(selector);
  }

  async press(selector: string, key: 'Enter'): Promise<void> {
    await this.raw.focus(selector);
    await this.raw.keyboard.press(key);
  }

  async select(selector: string, value: string): Promise<void> {
    await this.raw.waitForSelector(selector, { timeout: 30_000 });
    await this.raw.select(selector, value);
  }

  /** Waits until the URL matches `glob` (`**` any characters), like Playwright's waitForURL. */
  async waitForURL(glob: string): Promise<void> {
    const pattern = new RegExp(
      `^${glob
        .split('**')
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    await poll(async () => pattern.test(this.raw.url()), 30_000, `URL ${glob}`);
    await poll(
      async () =>
        (await this.raw.evaluate(() => document.readyState).catch(() => '')) === 'complete',
      30_000,
      `load of ${glob}`,
    );
  }

  /** Text of the first match, or null while there is none. */
  text(selector: string): Promise<string | null> {
    return this.raw.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
  }

  attribute(selector: string, name: string): Promise<string | null> {
    return this.raw.evaluate(
      (s, n) => document.querySelector(s)?.getAttribute(n) ?? null,
      selector,
      name,
    );
  }

  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (arg?: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.raw.evaluate(fn as (a: unknown) => Promise<R>, arg) as Promise<R>;
  }

  url(): string {
    return this.raw.url();
  }

  close(): Promise<void> {
    return this.raw.close().catch(() => undefined);
  }
}

interface BidiContext {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
}

export interface FirefoxSession {
  server: FixtureServer;
  proxy: ConnectProxy;
  browser: Browser;
  /** The downloads folder (`browser.download.dir`). */
  downloads: string;
  /**
   * The bytes of the one downloaded file whose name ends with `suffix`, once Firefox has
   * finished writing it (no `.part` file beside it, the same size twice 500 ms apart).
   */
  downloaded(suffix: string): Promise<{ name: string; bytes: Buffer }>;
  /** moz-extension://UUID/popup.html, kept open to read IndexedDB and call extension APIs. */
  reader: FirefoxPage;
  /** Every line Firefox wrote to stdout and stderr, extension console output included. */
  output: string[];
  /** Uncaught errors and console.error lines of the extension's own scripts. */
  extensionErrors(): string[];
  url(file: string): string;
  newPage(): Promise<FirefoxPage>;
  openExtensionPage(file: string): Promise<FirefoxPage>;
  events(walletId?: string): Promise<StoredEventRecord[]>;
  waitFor(
    walletId: string,
    predicate: (events: StoredEventRecord[]) => boolean,
    timeoutMs?: number,
  ): Promise<StoredEventRecord[]>;
  /** `stopped`, `starting`, `running` or `suspending`: the event page's state, from the parent process. */
  backgroundState(): Promise<string>;
  /** Evaluates `expression` in Firefox's own window (parent process), awaiting a promise. */
  chrome<T>(expression: string): Promise<T>;
  /** Unloads the event page, as Firefox does after 30 s idle (about:debugging's "Terminate"). */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One fixture server, the CONNECT proxy in front of it, and Firefox ESR with the extension
 * installed temporarily over BiDi `webExtension.install` (no signing needed).
 */
export async function startFirefoxSession(opts: FirefoxOptions = {}): Promise<FirefoxSession> {
  const server = await startFixtureServer();
  const proxy = await startConnectProxy(server.port);
  const downloads = await mkdtemp(path.join(os.tmpdir(), 'wallet-sentinel-ff-downloads-'));
  let browser: Browser | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    await proxy.close();
    await server.close();
    await rm(downloads, { recursive: true, force: true });
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      acceptInsecureCerts: true,
      // moz-extension:// pages can be opened and the parent process reached (stopBackground).
      args: ['--remote-allow-system-access'],
      // Firefox's own remote-settings sync stays home.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      protocolTimeout: 120_000,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // Every host through the proxy (no host-resolver rules in Firefox), HTTPS only.
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.trr.mode': 5,
        'network.http.http3.enable': false,
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        // Extension console output and uncaught errors to stdout.
        'devtools.console.stdout.content': true,
        // No notification daemon here: through the system (libnotify) every notification would
        // close at once and `notifications.getAll()` read empty. Firefox's own alert windows stay.
        'alerts.useSystemBackend': false,
        'browser.download.dir': downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        ...opts.prefs,
      },
    });
    const output: string[] = [];
    let partial = '';
    const collect = (chunk: Buffer | string) => {
      const lines = (partial + String(chunk)).split('\n');
      partial = lines.pop() ?? '';
      output.push(...lines);
    };
    browser.process()?.stdout?.on('data', collect);
    browser.process()?.stderr?.on('data', collect);

    await browser.installExtension(opts.extensionDir ?? DIST_FIREFOX);
    const b = browser;
    const newPage = async () => new FirefoxPage(await b.newPage());
    const openExtensionPage = async (file: string) => {
      const page = await newPage();
      await page.goto(`${EXTENSION_ORIGIN}/${file}`);
      return page;
    };
    const reader = await openExtensionPage('popup.html');
    await backgroundStarted(reader, () => errorsOf(output));
    const only = (walletId?: string) => (events: StoredEventRecord[]) =>
      walletId ? events.filter((e) => e.walletId === walletId) : events;
    const chrome = chromeScope(b);
    return {
      server,
      proxy,
      browser: b,
      downloads,
      downloaded: (suffix) => finishedDownload(downloads, suffix),
      reader,
      output,
      extensionErrors: () => errorsOf(output),
      url: (file) => `${EXTENSION_ORIGIN}/${file}`,
      newPage,
      openExtensionPage,
      events: async (walletId) => only(walletId)(await readAllEvents(reader)),
      waitFor: async (walletId, predicate, timeoutMs = 30_000) =>
        only(walletId)(
          await waitForEvents(reader, (all) => predicate(only(walletId)(all)), timeoutMs),
        ),
      backgroundState: () =>
        chrome.evaluate<string>(
          `String(WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension.backgroundState)`,
        ),
      chrome: (expression) => chrome.evaluate(expression),
      async stopBackground() {
        await chrome.evaluate(
          `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension` +
            `.terminateBackground({ disableResetIdleForTest: true })`,
        );
      },
      close: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** Uncaught errors and console.error lines of the extension's own scripts in Firefox's output. */
function errorsOf(output: string[]): string[] {
  return output.filter(
    (line) =>
      line.includes(EXTENSION_ORIGIN) &&
      /JavaScript error|console\.error|Uncaught|TypeError|ReferenceError/.test(line),
  );
}

/**
 * Waits until the background has run its install handler (its alarms exist); fails at once,
 * naming them, when the extension printed a script error first: a broken background fails every
 * Firefox file in its `beforeAll`, not test by test on timeouts.
 */
async function backgroundStarted(reader: FirefoxPage, errors: () => string[]): Promise<void> {
  await poll(
    async () => {
      const found = errors();
      if (found.length > 0) throw new Error(`the extension failed to start:\n${found.join('\n')}`);
      const alarms = await reader.evaluate(async () => (await browser.alarms.getAll()).length);
      return alarms > 0;
    },
    30_000,
    'the background’s alarms',
  );
}

/**
 * Script evaluation in Firefox's own browser window (BiDi `moz:scope: chrome`, allowed by
 * `--remote-allow-system-access`): the parent process, where the extension's background state
 * lives. Only for what no extension API offers.
 */
function chromeScope(browser: Browser) {
  const connection = (
    browser as unknown as {
      connection: { send(method: string, params: object): Promise<{ result: unknown }> };
    }
  ).connection;
  let context: string | undefined;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      if (!context) {
        const { result } = await connection.send('browsingContext.getTree', {
          'moz:scope': 'chrome',
          maxDepth: 0,
        });
        context = (result as { contexts: Array<{ context: string }> }).contexts[0]?.context;
      }
      const { result } = (await connection.send('script.evaluate', {
        expression,
        target: { context },
        awaitPromise: true,
      })) as { result: { type: string; result?: { value?: T }; exceptionDetails?: unknown } };
      if (result.type !== 'success') {
        throw new Error(`chrome-scope evaluate failed: ${JSON.stringify(result)}`);
      }
      return result.result?.value as T;
    },
  };
}

async function finishedDownload(
  dir: string,
  suffix: string,
): Promise<{ name: string; bytes: Buffer }> {
  let found: { name: string; size: number } | undefined;
  await poll(
    async () => {
      const names = await readdir(dir);
      const name = names.find((n) => n.endsWith(suffix));
      if (!name || names.some((n) => n.endsWith('.part'))) return false;
      const { size } = await stat(path.join(dir, name));
      const steady = found?.name === name && found.size === size && size > 0;
      found = { name, size };
      if (!steady) await new Promise((resolve) => setTimeout(resolve, 500));
      return steady;
    },
    30_000,
    `the download *${suffix}`,
  );
  return { name: found!.name, bytes: await readFile(path.join(dir, found!.name)) };
}

/** Polls `check` every 200 ms until it holds; rejects after `ms` naming `what`. */
export async function poll(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() >= deadline) throw new Error(`${what}: not reached within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
