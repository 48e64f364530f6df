// Nothing lost (issue 8, item 6; SECURITY.md "What it stores"): three wallet tabs sign in 100
// times in all with real (trusted) key presses, each attempt answered by a failure message:
// 200 events. Meanwhile the test stops the extension's service worker through CDP at seeded
// random moments, as Chrome does to an idle worker, often while a message is on its way or
// being stored. Each content script resends until the worker answers, with the same delivery id,
// so every event must be stored exactly once and the hash chain must verify. Then the browser
// is closed and started again on the same profile: the same events, the same chain.
// Re-run a failure with its seed: WS_BURST_SEED=<printed seed>.
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { verifyRecords } from '../../src/storage/chain';
import type { StoredEvent } from '../../src/model/event-types';
import { readAllEvents, readStore, type StoredEventRecord } from './harness/idb';
import { keptProfile, type KeptProfile } from './harness/kept-profile';
import { DIST_CHROME } from './harness/paths';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { stopServiceWorkers, withTimeout } from './harness/worker';

const SEED = Number(process.env.WS_BURST_SEED ?? Date.now() % 1_000_000);
/** Attempts per tab: 34 + 33 + 33 = 100 attempts, each with its failure: 200 events. */
const TABS = [
  { host: 'www.bybit.com', walletId: 'bybit', attempts: 34 },
  { host: 'www.gate.com', walletId: 'gate', attempts: 33 },
  { host: 'www.bitget.com', walletId: 'bitget', attempts: 33 },
];
const TOTAL = TABS.reduce((sum, tab) => sum + tab.attempts * 2, 0);
/** The sign-in detector treats a second trigger within 2 s of an unsettled one as the same attempt. */
const BETWEEN_ATTEMPTS_MS = 2_100;

/** mulberry32: small, seeded, the same sequence for the same seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let server: FixtureServer | undefined;
let profile: KeptProfile | undefined;
let context: BrowserContext | undefined;

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await profile?.remove();
  await server?.close();
});

async function signInRepeatedly(page: Page, attempts: number) {
  await page.fill('#email', 'burst@example.com');
  await page.fill('#password', 'not-the-password');
  for (let i = 1; i <= attempts; i += 1) {
    const started = Date.now();
    await page.press('#password', 'Enter');
    // The site's answer names the attempt's number: wait for this one's.
    await page.waitForFunction(
      (n) => new RegExp(`\\D${n}\\D*$`).test(document.getElementById('error')?.textContent ?? ''),
      i,
      { timeout: 30_000 },
    );
    const wait = BETWEEN_ATTEMPTS_MS - (Date.now() - started);
    if (wait > 0) await page.waitForTimeout(wait);
  }
}

/** Reads through an extension page, waiting until `count` events are stored (or the deadline). */
async function waitForCount(reader: Page, count: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const events = await readAllEvents(reader);
    if (events.length >= count || Date.now() > deadline) return events;
    await reader.waitForTimeout(500);
  }
}

function expectEachOnce(events: StoredEventRecord[]) {
  expect(events.length).toBe(TOTAL);
  for (const tab of TABS) {
    const mine = events.filter((e) => e.walletId === tab.walletId);
    const attempts = mine.filter((e) => e.kind === 'login.attempt');
    const failures = mine.filter((e) => e.kind === 'login.failure');
    expect(attempts.length, `${tab.walletId} attempts`).toBe(tab.attempts);
    expect(new Set(attempts.map((e) => e.attemptId)).size).toBe(tab.attempts);
    // Each failure message carries its attempt's number: 1..N, each exactly once.
    const numbers = failures.map((e) => Number(/(\d+)\D*$/.exec(String(e.message))?.[1]));
    expect(
      numbers.sort((a, b) => a - b),
      `${tab.walletId} failures`,
    ).toEqual(Array.from({ length: tab.attempts }, (_, i) => i + 1));
    const attemptIds = new Set(attempts.map((e) => e.attemptId));
    expect(failures.every((e) => attemptIds.has(e.attemptId))).toBe(true);
  }
}

async function expectChainVerifies(events: StoredEventRecord[]) {
  const report = await verifyRecords(events as unknown as StoredEvent[]);
  expect(report).toMatchObject({ ok: true, count: TOTAL });
}

describe('worker stopped during a burst from several tabs', () => {
  it(
    'stores every event exactly once, and keeps them across a browser restart',
    async () => {
      console.log(`worker-stop-burst seed: ${SEED} (WS_BURST_SEED=${SEED} to repeat)`);
      const rand = random(SEED);
      server = await startFixtureServer();
      profile = await keptProfile(DIST_CHROME, server.port);
      const first = await profile.launch();
      context = first.context;
      const { extensionId } = first;
      for (const page of context.pages()) {
        if (page.url().includes('onboarding')) await page.close();
      }
      const reader = await context.newPage();
      await reader.goto(`chrome-extension://${extensionId}/log.html`);

      const tabs = await Promise.all(
        TABS.map(async (tab) => {
          const page = await context!.newPage();
          await page.goto(`https://${tab.host}/quick-login`);
          return page;
        }),
      );

      let running = true;
      let stops = 0;
      const stopper = (async () => {
        const cdpPage = reader;
        while (running) {
          await cdpPage.waitForTimeout(250 + Math.floor(rand() * 2_000));
          if (!running) break;
          await withTimeout(stopServiceWorkers(context!, cdpPage), 10_000, 'stop').then(
            () => (stops += 1),
            () => undefined,
          );
        }
      })();
      const started = Date.now();
      try {
        await Promise.all(tabs.map((page, i) => signInRepeatedly(page, TABS[i]!.attempts)));
      } finally {
        running = false;
        await stopper;
      }
      console.log(
        `worker-stop-burst: ${TOTAL} events from ${TABS.length} tabs in ${Date.now() - started} ms, worker stopped ${stops} times`,
      );
      expect(stops).toBeGreaterThanOrEqual(10);

      // The last resends may still be waiting out their back-off.
      const events = await waitForCount(reader, TOTAL, 60_000);
      // Nothing more arrives later either: no late duplicate.
      await reader.waitForTimeout(3_000);
      const settled = await readAllEvents(reader);
      expectEachOnce(settled);
      await expectChainVerifies(settled);
      expect(settled.map((e) => e.hash)).toEqual(events.map((e) => e.hash));
      // One receipt per delivered observation, none for a retry.
      expect((await readStore(reader, 'receipts')).length).toBe(TOTAL);

      await context.close();
      context = undefined;
      const second = await profile.launch();
      context = second.context;
      expect(second.extensionId).toBe(extensionId);
      const again = await context.newPage();
      await again.goto(`chrome-extension://${extensionId}/log.html`);
      const reopened = await readAllEvents(again);
      expect(reopened.map((e) => e.hash)).toEqual(settled.map((e) => e.hash));
      expectEachOnce(reopened);
      await expectChainVerifies(reopened);
    },
    10 * 60_000,
  );
});
