import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from './browser';
import { readAllEvents, waitForEvents, type StoredEventRecord } from './idb';
import { DIST_CHROME } from './paths';
import { startFixtureServer, type FixtureServer } from './server';

/**
 * One fixture server and one Chromium with the built extension, plus an extension page to read
 * the database from. Each test file starts one in `beforeAll` and closes it in `afterAll`.
 */
export interface ExtensionSession {
  server: FixtureServer;
  browser: LaunchedBrowser;
  /** chrome-extension://ID/popup.html, kept open to read IndexedDB. */
  reader: Page;
  events(walletId?: string): Promise<StoredEventRecord[]>;
  waitFor(
    walletId: string,
    predicate: (events: StoredEventRecord[]) => boolean,
    timeoutMs?: number,
  ): Promise<StoredEventRecord[]>;
  close(): Promise<void>;
}

export async function startExtensionSession(extensionDir = DIST_CHROME): Promise<ExtensionSession> {
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ extensionDir, port: server.port });
  const reader = await browser.context.newPage();
  await reader.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const only = (walletId?: string) => (events: StoredEventRecord[]) =>
    walletId ? events.filter((e) => e.walletId === walletId) : events;
  return {
    server,
    browser,
    reader,
    events: async (walletId) => only(walletId)(await readAllEvents(reader)),
    waitFor: async (walletId, predicate, timeoutMs = 15_000) =>
      only(walletId)(
        await waitForEvents(reader, (all) => predicate(only(walletId)(all)), timeoutMs),
      ),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export const kinds = (events: StoredEventRecord[]) => events.map((e) => e.kind);
