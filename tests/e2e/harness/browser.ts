import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export interface LaunchOptions {
  /** Unpacked extension folder (usually DIST_CHROME). */
  extensionDir: string;
  /** Port of the fixture server; every https host is mapped to it. */
  port: number;
  /**
   * Map only these host patterns (e.g. `*.binance.com`) to the fixture server instead of `*`;
   * every other host then goes to real DNS and the network.
   */
  hosts?: string[];
  /** Default true; the demo (`npm start`) shows a window where a display exists. */
  headless?: boolean;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** `[source] type: text` lines from every page and the extension's workers, in order. */
  consoleLines: string[];
  close(): Promise<void>;
}

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * The flags every test and bench browser runs with: quiet (no background traffic, no sync, no
 * first-run UI), and every HTTPS host sent to the fixture server on `port` (QUIC off, or it
 * would bypass the :443 TCP mapping). Add the extension flags where an extension is loaded.
 */
export function fixtureBrowserArgs(port: number, hosts?: string[]): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--ignore-certificate-errors',
    '--disable-quic',
    `--host-resolver-rules=${hostResolverRules(port, hosts)}`,
  ];
}

/** Chromium with the unpacked extension loaded and all HTTPS traffic sent to the fixture server. */
export async function launchWithExtension(opts: LaunchOptions): Promise<LaunchedBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'wallet-sentinel-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: opts.headless ?? true,
    // Playwright adds --disable-extensions itself; --disable-extensions-except overrides it.
    args: [
      `--disable-extensions-except=${opts.extensionDir}`,
      `--load-extension=${opts.extensionDir}`,
      ...fixtureBrowserArgs(opts.port, opts.hosts),
    ],
  });

  // One context-level listener sees pages and the extension's workers; per-page and per-worker
  // listeners as well would log service-worker lines twice.
  const consoleLines: string[] = [];
  context.on('console', (msg) => {
    const source = msg.worker()?.url() ?? msg.page()?.url() ?? msg.location().url;
    consoleLines.push(`[${source}] ${msg.type()}: ${msg.text()}`);
  });
  context.on('weberror', (error) => {
    consoleLines.push(`[${error.page()?.url() ?? '?'}] pageerror: ${error.error().message}`);
  });

  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
  };

  try {
    const worker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', {
        predicate: isExtensionWorker,
        timeout: 20_000,
      }));
    const extensionId = new URL(worker.url()).host;
    return { context, extensionId, worker, consoleLines, close };
  } catch (error) {
    await close();
    throw new Error(
      `extension service worker did not start from ${opts.extensionDir}: ${String(error)}`,
      { cause: error },
    );
  }
}

/** `MAP *:443 127.0.0.1:PORT, EXCLUDE localhost`, or one MAP per listed host. */
export function hostResolverRules(port: number, hosts?: string[]): string {
  const patterns = hosts && hosts.length > 0 ? hosts : ['*'];
  return [...patterns.map((h) => `MAP ${h}:443 127.0.0.1:${port}`), 'EXCLUDE localhost'].join(', ');
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}
