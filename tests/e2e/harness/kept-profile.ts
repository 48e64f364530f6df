import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, fixtureBrowserArgs } from './browser';

/**
 * Chromium with the extension on a profile folder that outlives the browser, so a test can close
 * the browser and start it again on the same data (launchWithExtension deletes its profile on
 * close). The same flags as launchWithExtension.
 */
export interface KeptProfile {
  dir: string;
  launch(): Promise<{ context: BrowserContext; extensionId: string; worker: Worker }>;
  remove(): Promise<void>;
}

export async function keptProfile(extensionDir: string, port: number): Promise<KeptProfile> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wallet-sentinel-kept-'));
  return {
    dir,
    async launch() {
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [
          `--disable-extensions-except=${extensionDir}`,
          `--load-extension=${extensionDir}`,
          ...fixtureBrowserArgs(port),
        ],
      });
      const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
      const worker =
        context.serviceWorkers().find(isOurs) ??
        (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
      return { context, extensionId: new URL(worker.url()).host, worker };
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
