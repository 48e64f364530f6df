// Damaged database files must not lose history without a word (issue 19, item 4; SECURITY.md
// "What it stores"). Real PayPal sign-ins are recorded and exported; then the database is damaged
// for real, twice, on one kept profile:
// 1. deleted from an extension page (indexedDB.deleteDatabase) while the worker is stopped, then
//    a new sign-in wakes the worker, which writes into the empty database Chromium makes;
// 2. the browser killed (SIGKILL) and the database's LevelDB files cut short (each .log and .ldb
//    file truncated to a third), then the browser started again.
// Each time the popup, the log and the options page must say how many events went and between
// which dates (src/storage/checkpoint.ts, src/ui/components/database-loss.tsx), the log lists the
// recovery gap, and importing the last export through the notice's link restores them: the same
// records, the chain verifying across the gap, and the notice saying so.
import { execFile } from 'node:child_process';
import { mkdtemp, open, readdir, rm, stat, truncate } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { gapLinks, verifyRecords } from '../../src/storage/chain';
import type { StoredEvent } from '../../src/model/event-types';
import { DEFAULT_SETTINGS } from '../../src/storage/settings';
import type { ChainGap } from '../../src/model/gap-types';
import { readAllEvents, readStore, type StoredEventRecord } from './harness/idb';
import { keptProfile, type KeptProfile } from './harness/kept-profile';
import { payPalSignIn } from './harness/paypal';
import { DIST_CHROME } from './harness/paths';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { stopServiceWorkers, withTimeout } from './harness/worker';

const run = promisify(execFile);

let server: FixtureServer | undefined;
let profile: KeptProfile | undefined;
let context: BrowserContext | undefined;
let extensionId = '';
let work = '';

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'ws-db-damage-'));
  server = await startFixtureServer();
  profile = await keptProfile(DIST_CHROME, server.port);
  await launch();
}, 60_000);
afterAll(async () => {
  await context?.close().catch(() => undefined);
  await profile?.remove();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const url = (page: string) => `chrome-extension://${extensionId}/${page}`;

async function launch() {
  const started = await profile!.launch();
  context = started.context;
  extensionId = started.extensionId;
  for (const page of context.pages()) if (page.url().includes('onboarding')) await page.close();
}

/**
 * An extension page that runs none of our code (one of its icons): raw IndexedDB reads and the
 * deletion happen there, so no product code opens the database on the side.
 */
async function rawPage(): Promise<Page> {
  const page = await context!.newPage();
  await page.goto(url('icons/16.png'));
  return page;
}

/** Signs in to PayPal `times` times (failing, then once succeeding): real events. */
async function signIns(times: number) {
  const page = await context!.newPage();
  for (let i = 1; i < times; i += 1) await payPalSignIn(page, { succeed: false });
  await payPalSignIn(page, { succeed: true });
  await page.close();
}

/** The stored events once their number has stayed the same for 2 s (outcomes arrive late). */
async function settledEvents(reader: Page, atLeast: number): Promise<StoredEventRecord[]> {
  let last = -1;
  let same = 0;
  for (let i = 0; i < 120; i += 1) {
    const events = await readAllEvents(reader);
    if (events.length >= atLeast && events.length === last) same += 1;
    else same = 0;
    if (same >= 4) return events;
    last = events.length;
    await reader.waitForTimeout(500);
  }
  throw new Error(`events did not settle: ${last}`);
}

const localItem = (page: Page, key: string) =>
  page.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);

/**
 * Waits (up to 20 s) until the checkpoint counts `count` events, so the damage comes after it is
 * written. Not an assertion: a build without a checkpoint must fail where the person would
 * notice, at the missing notice.
 */
async function checkpointCounts(page: Page, count: number) {
  for (let i = 0; i < 40; i += 1) {
    const saved = (await localItem(page, 'db-checkpoint')) as { count?: number } | undefined;
    if (saved?.count === count) return;
    await page.waitForTimeout(500);
  }
  console.log(`db-damage: the checkpoint never counted ${count} events`);
}

/** Opens the log, waits until the checkpoint counts `count` events, downloads the JSON export. */
async function exportAll(count: number): Promise<string> {
  const log = await context!.newPage();
  await log.goto(url('log.html#data'));
  await checkpointCounts(log, count);
  const [file] = await Promise.all([
    log.waitForEvent('download'),
    log.click('button[data-export="json"]'),
  ]);
  const saved = path.join(work, `export-${count}.json`);
  await file.saveAs(saved);
  await log.close();
  return saved;
}

/** The loss notice of an extension page, once it says something. */
async function lossNotice(page: string): Promise<{ page: Page; text: string }> {
  const opened = await context!.newPage();
  await opened.goto(url(page));
  const notice = opened.getByTestId('database-loss');
  await notice.waitFor({ timeout: 30_000 });
  return { page: opened, text: await notice.innerText() };
}

function expectLossSaid(text: string, lost: number) {
  expect(text).toContain('The activity database was damaged or removed');
  expect(text).toContain(`${lost} events recorded between`);
  expect(text).toContain('Import your last export to restore them.');
}

/** Imports `file` through the log's notice link and waits for the notice to say it is back. */
async function importThroughNotice(
  file: string,
  lost: number,
  added = lost,
  said = `All ${lost} missing events were restored from your export.`,
) {
  const { page: log, text } = await lossNotice('log.html');
  expectLossSaid(text, lost);
  await expect
    .poll(() => log.getByTestId('recovery-gap').allInnerTexts(), { timeout: 20_000 })
    .toContainEqual(
      expect.stringContaining(`${lost} events lost with a damaged or removed database`),
    );
  await log.getByTestId('database-loss-import').click();
  const input = log.locator('#log-panel-data [data-testid="import-file"]');
  await input.waitFor({ state: 'attached', timeout: 30_000 });
  await expect.poll(() => log.evaluate(() => location.hash)).toBe('#data');
  await input.setInputFiles(file);
  await expect
    .poll(() => log.textContent('[data-testid="data-status"]'), { timeout: 30_000 })
    .toMatch(new RegExp(`^Imported: ${added}\\.`));
  await expect
    .poll(() => log.getByTestId('database-loss').innerText(), { timeout: 30_000 })
    .toContain(said);
  await log.close();
}

async function expectChainIntact(reader: Page, count: number) {
  const events = await readAllEvents(reader);
  const gaps = await readStore<ChainGap>(reader, 'gaps');
  expect(
    await verifyRecords(events as unknown as StoredEvent[], undefined, 0, gapLinks(gaps)),
  ).toMatchObject({ ok: true, count });
}

describe('a damaged or removed database', () => {
  let before: StoredEventRecord[] = [];
  let exported = '';

  it('deleted while the worker is stopped: the loss is said on every page and the export restores it', async () => {
    const reader = await rawPage();
    await signIns(3);
    before = await settledEvents(reader, 3);
    exported = await exportAll(before.length);

    await withTimeout(stopServiceWorkers(context!, reader), 15_000, 'stop');
    await reader.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('wallet-sentinel');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    expect(await readAllEvents(reader)).toEqual([]);

    // The worker wakes for the next sign-in and writes into the empty database Chromium makes.
    await signIns(1);
    const after = await settledEvents(reader, 1);

    const popup = await lossNotice('popup.html');
    expectLossSaid(popup.text, before.length);
    await popup.page.close();
    // New events take ids after the lost ones, which stay free for the import.
    expect(after.every((e) => e.id > before.length)).toBe(true);
    const options = await lossNotice('options.html');
    expectLossSaid(options.text, before.length);
    await options.page.close();

    await importThroughNotice(exported, before.length);
    const restored = await readAllEvents(reader);
    expect(restored.slice(0, before.length)).toEqual(before);
    expect(restored.slice(before.length)).toEqual(after);
    await expectChainIntact(reader, restored.length);
    // Said once: a page opened again finds nothing new to report.
    const gaps = await readStore<ChainGap>(reader, 'gaps');
    expect(gaps.filter((gap) => gap.reason === 'recovery')).toHaveLength(1);
  }, 300_000);

  it('cut short after the browser was killed: the loss is said, and the last export restores what it holds', async () => {
    const { all, file, recorded } = await recordExportAndOneMore();
    await killBrowser();
    const cut = await damageFiles((name) => name.endsWith('.log'), cutToAThird);
    console.log(`db-damage: cut ${cut.join(', ')}`);
    await launch();
    const reader = await rawPage();

    const popup = await lossNotice('popup.html');
    const survivors = await readAllEvents(reader);
    console.log(`db-damage: ${all.length} events, ${survivors.length} left after the cut`);
    // What is left is what was there, unchanged; the newest writes went (not always the
    // newest ids: LevelDB keeps older writes in a table file the cut did not touch).
    const byId = new Map(all.map((e) => [e.id, e]));
    for (const survivor of survivors) expect(survivor).toEqual(byId.get(survivor.id));
    const lost = all.length - survivors.length;
    expect(lost).toBeGreaterThan(0);
    expectLossSaid(popup.text, lost);
    await popup.page.close();

    // The export was made before the last sign-in: it brings back all but that one's events.
    const kept = new Set(survivors.map((e) => e.id));
    const inFile = recorded.filter((e) => !kept.has(e.id)).length;
    expect(inFile).toBeGreaterThan(0);
    await importThroughNotice(
      file,
      lost,
      inFile,
      inFile === lost
        ? `All ${lost} missing events were restored from your export.`
        : `${inFile} of the ${lost} missing events were restored from your export; the others are not in that file.`,
    );
    const restored = await readAllEvents(reader);
    const expected = new Map([...recorded, ...survivors].map((e) => [e.id, e]));
    expect(restored).toEqual([...expected.values()].sort((a, b) => a.id - b.id));
    await expectChainIntact(reader, restored.length);
  }, 300_000);

  it('garbled after the browser was killed: Chromium starts an empty database, and that is said', async () => {
    const { all } = await recordExportAndOneMore();
    await killBrowser();
    const garbled = await damageFiles((name) => /\.(ldb|log)$/.test(name), garble);
    console.log(`db-damage: garbled ${garbled.join(', ')}`);
    await launch();
    const reader = await rawPage();
    const popup = await lossNotice('popup.html');
    const survivors = await readAllEvents(reader);
    console.log(`db-damage: ${all.length} events, ${survivors.length} left after garbling`);
    const lost = all.length - survivors.length;
    expect(lost).toBeGreaterThan(0);
    expectLossSaid(popup.text, lost);
    // Not "Nothing recorded yet" alone: the notice is on the popup with it.
    await popup.page.close();

    // In Chinese, on the options page.
    const settings = { ...DEFAULT_SETTINGS, locale: 'zh_CN', updatedAt: Date.now() };
    const options = await context!.newPage();
    await options.goto(url('options.html'));
    await options.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
    await options.reload();
    const zh = options.getByTestId('database-loss');
    await zh.waitFor({ timeout: 30_000 });
    const text = await zh.innerText();
    expect(text).toContain('活动数据库已损坏或被删除');
    expect(text).toContain(`${lost} 条事件已丢失`);
    expect(text).toContain('导入最近一次导出的文件');
    await options.evaluate((value) => chrome.storage.local.set({ settings: value }), {
      ...settings,
      locale: 'en',
      updatedAt: Date.now(),
    });
    await options.close();
  }, 300_000);

  it('not answering: the popup says so instead of waiting for ever, and clears it once it answers', async () => {
    // A connection that ignores "versionchange" and an upgrade request it blocks: every later
    // open of the database, the popup's included, queues behind that request and hangs.
    const holder = await rawPage();
    await holder.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const scope = globalThis as unknown as { held?: IDBDatabase };
          const open = indexedDB.open('wallet-sentinel');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            scope.held = open.result;
            const upgrade = indexedDB.open('wallet-sentinel', open.result.version + 1);
            // When it finally runs, it changes nothing.
            upgrade.onupgradeneeded = () => upgrade.transaction?.abort();
            upgrade.onerror = () => undefined;
            upgrade.onblocked = () => resolve();
          };
        }),
    );
    const popup = await context!.newPage();
    await popup.goto(url('popup.html'));
    const problem = popup.locator('.database-problem');
    await problem.waitFor({ timeout: 60_000 });
    const text = await problem.innerText();
    expect(text).toContain('The activity database does not answer');
    expect(text).toContain('no answer after 20 seconds');
    expect(text).toContain('close the browser and open it again');

    await holder.evaluate(() => (globalThis as unknown as { held: IDBDatabase }).held.close());
    await problem.waitFor({ state: 'detached', timeout: 60_000 });
    await popup.close();
    await holder.close();
  }, 300_000);
});

/**
 * Two more sign-ins, a JSON export of everything, one more sign-in after it; returns when the
 * checkpoint has seen every event (the browser is about to die).
 */
async function recordExportAndOneMore() {
  const reader = await rawPage();
  const start = (await readAllEvents(reader)).length;
  await signIns(2);
  const recorded = await settledEvents(reader, start + 2);
  const file = await exportAll(recorded.length);
  await signIns(1);
  const all = await settledEvents(reader, recorded.length + 1);
  const log = await context!.newPage();
  await log.goto(url('log.html'));
  await checkpointCounts(log, all.length);
  return { all, file, recorded };
}

const cutToAThird = async (file: string, size: number) => {
  await truncate(file, Math.floor(size / 3));
  return `${Math.floor(size / 3)}`;
};

/** Overwrites the middle third with bytes from a fixed pattern (not random: the same each run). */
const garble = async (file: string, size: number) => {
  const handle = await open(file, 'r+');
  const length = Math.max(1, Math.floor(size / 3));
  const junk = Buffer.alloc(length, 'Wallet Sentinel garbled this block. ');
  await handle.write(junk, 0, length, Math.floor(size / 3));
  await handle.close();
  return `${length} bytes at ${Math.floor(size / 3)}`;
};

/** Kills the kept profile's browser, as a crash or power cut would: no clean shutdown. */
async function killBrowser() {
  const { stdout } = await run('ps', ['-eo', 'pid=,args=']);
  const main = stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.includes(`--user-data-dir=${profile!.dir}`) && !line.includes('--type='))
    .map((line) => Number(line.split(/\s+/)[0]));
  expect(main).toHaveLength(1);
  process.kill(main[0]!, 'SIGKILL');
  await withTimeout(context!.close(), 10_000, 'close').catch(() => undefined);
  context = undefined;
}

/** Applies `damage` to the database's LevelDB files that `pick` names. */
async function damageFiles(
  pick: (name: string) => boolean,
  damage: (file: string, size: number) => Promise<string>,
): Promise<string[]> {
  const dir = path.join(
    profile!.dir,
    'Default/IndexedDB',
    `chrome-extension_${extensionId}_0.indexeddb.leveldb`,
  );
  const done: string[] = [];
  for (const name of (await readdir(dir)).filter(pick)) {
    const file = path.join(dir, name);
    const { size } = await stat(file);
    if (size === 0) continue;
    done.push(`${name} (${size} bytes): ${await damage(file, size)}`);
  }
  expect(done.length).toBeGreaterThan(0);
  return done;
}
