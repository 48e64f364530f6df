// Export, verify, import and delete end to end: real Chromium, the built extension, events
// recorded by the worker from a fixture sign-in plus records written with the raw IndexedDB API.
// The JSON download is checked by the Node verifier, then imported into a second, fresh profile
// through the data panel, which must then hold the same events and chain head.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { chainHash, gapLinks, GENESIS_HASH, verifyRecords } from '../../src/storage/chain';
import type { NewEvent, StoredEvent } from '../../src/model/event-types';
import type { ChainGap } from '../../src/model/gap-types';
import { startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { CHROMIUM_PATH } from './harness/browser';
import { DB_NAME, readAllEvents } from './harness/idb';
import { DIST_CHROME, ROOT } from './harness/paths';
import { putRecords } from './harness/seed';
import { payPalSignIn } from './harness/paypal';

const run = promisify(execFile);
let work: string;
let extensionDir: string;
/** The page that shows the export and data panels. */
// Export, verify and the data panel live in the log's second tab (issue 15: events first).
const panelsPage = 'log.html#data';
let source: ExtensionSession;
let target: ExtensionSession | undefined;

/** Appends records after the newest stored one, hash-chained in Node, with the raw IndexedDB API. */
async function appendRaw(page: Page, records: NewEvent[]): Promise<void> {
  const stored = await readAllEvents(page);
  const last = stored[stored.length - 1];
  let previous = (last?.hash as string | undefined) ?? GENESIS_HASH;
  let id = last?.id ?? 0;
  const rows: StoredEvent[] = [];
  for (const record of records) {
    const hash = await chainHash(previous, record);
    id += 1;
    rows.push({ ...record, id, hash });
    previous = hash;
  }
  await putRecords(page, 'events', rows);
}

async function readGaps(page: Page): Promise<ChainGap[]> {
  return page.evaluate(
    (dbName) =>
      new Promise<ChainGap[]>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('gaps').objectStore('gaps').getAll();
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as ChainGap[]);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    DB_NAME,
  );
}

async function openPanels(session: ExtensionSession): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/${panelsPage}`);
  await page.waitForSelector('section.export-panel');
  await page.waitForSelector('section.data-panel');
  return page;
}

async function download(page: Page, format: 'json' | 'csv' | 'pack'): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`button[data-export="${format}"]`),
  ]);
  const saved = path.join(work, file.suggestedFilename());
  await file.saveAs(saved);
  return saved;
}

async function verifyCli(file: string) {
  try {
    const { stdout } = await run(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/verify-export.ts', file],
      { cwd: ROOT, env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' } },
    );
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, out: failed.stdout };
  }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'ws-export-e2e-'));
  extensionDir = DIST_CHROME;
  source = await startExtensionSession(extensionDir);
});
afterAll(async () => {
  await source?.close();
  await target?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('export, verify and import in Chromium', () => {
  let events: Awaited<ReturnType<typeof readAllEvents>>;
  let jsonFile: string;

  it('records a sign-in and more events in the source profile', async () => {
    const page = await source.browser.context.newPage();
    await payPalSignIn(page, { succeed: true });
    await source.waitFor('paypal', (e) => e.some((x) => x.kind === 'login.success'));
    await page.close();
    const at = Date.now();
    await appendRaw(source.reader, [
      {
        walletId: 'alipay',
        origin: 'https://auth.alipay.com',
        path: '/login/index.htm',
        at,
        kind: 'login.failure',
        message: '密码错误，您还有 4 次机会',
      },
      {
        walletId: 'binance',
        origin: 'https://www.binance.com',
        path: '/en/my/wallet/withdraw',
        at: at + 1,
        kind: 'withdrawal.failure',
        amount: { value: '2500', currency: 'USDT' },
        message: '=HYPERLINK("http://evil","x")',
      },
      {
        walletId: 'binance',
        origin: 'https://www.binance.com',
        path: '/en/my',
        at: at + 2,
        kind: 'notice',
        notice: 'frozen',
        message: '<img src=x onerror=alert(1)>',
      },
    ]);
    events = await readAllEvents(source.reader);
    expect(events.length).toBeGreaterThanOrEqual(5);
    expect(await verifyRecords(events as unknown as StoredEvent[])).toMatchObject({ ok: true });
  });

  it('downloads the JSON export, which the Node verifier says is intact with the chain head', async () => {
    const page = await openPanels(source);
    jsonFile = await download(page, 'json');
    expect(path.basename(jsonFile)).toMatch(/^wallet-sentinel-events-\d{8}-\d{6}\.ndjson$/);
    await page.getByText(`Saved ${events.length} events.`).waitFor();
    const head = events[events.length - 1]!.hash as string;
    const { code, out } = await verifyCli(jsonFile);
    expect(out).toContain(`Intact: ${events.length} records, chain head ${head}.`);
    expect(code).toBe(0);

    // The same check in the page, and a tampered copy named at its first bad record.
    await page.setInputFiles('[data-testid="verify-file"]', jsonFile);
    await expect
      .poll(() => page.textContent('[data-testid="verify-result"]'))
      .toBe(`Intact: ${events.length} records, chain head ${head}.`);
    const lines = (await readFile(jsonFile, 'utf8')).split('\n');
    lines[2] = lines[2]!.replace('"path":"/', '"path":"/x');
    const tampered = path.join(work, 'tampered.ndjson');
    await writeFile(tampered, lines.join('\n'));
    await page.setInputFiles('[data-testid="verify-file"]', tampered);
    await expect
      .poll(() => page.textContent('[data-testid="verify-result"]'))
      .toBe(`Not intact: record ${events[1]!.id} (line 3) was changed.`);
    expect((await verifyCli(tampered)).code).toBe(1);
    await page.close();
  });

  it('downloads a CSV for Excel and an evidence pack with a static report', async () => {
    const page = await openPanels(source);
    const csv = await readFile(await download(page, 'csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv.toString('utf8')).toContain('密码错误，您还有 4 次机会');
    const files = unzipSync(await readFile(await download(page, 'pack')));
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'cases.json',
      'events.csv',
      'events.ndjson',
      'findings.json',
      'report.html',
      'verify.html',
    ]);
    const report = strFromU8(files['report.html']!);
    expect(report).not.toMatch(/<script|<img/i);
    expect(report).toContain('&lt;img src=x onerror=alert(1)&gt;');

    // Opened in the browser, the report runs nothing and breaks no policy.
    const reportFile = path.join(work, 'report.html');
    await writeFile(reportFile, report);
    const viewer = await source.browser.context.newPage();
    const dialogs: string[] = [];
    const logged: string[] = [];
    viewer.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    viewer.on('console', (m) => logged.push(m.text()));
    await viewer.goto(`file://${reportFile}`);
    expect(await viewer.locator('img, script').count()).toBe(0);
    expect(await viewer.textContent('body')).toContain('<img src=x onerror=alert(1)>');
    expect(dialogs).toEqual([]);
    // Its own stylesheet is allowed by the CSP hash, and nothing else was attempted.
    expect(
      await viewer.evaluate(() => getComputedStyle(document.querySelector('th')!).borderTopStyle),
    ).toBe('solid');
    expect(logged.filter((line) => /Content Security Policy/i.test(line))).toEqual([]);
    // A support agent or a regulator reads it, maybe with a screen reader (issue 15).
    expect(await axeViolations(viewer)).toEqual([]);
    await viewer.close();
    await page.close();

    // The pack, unzipped, checks itself: verify.html in a browser with no extension and no
    // network says intact, and names the record after one byte of it is changed.
    const folder = path.join(work, 'unzipped-pack');
    await mkdir(folder, { recursive: true });
    for (const [name, data] of Object.entries(files)) {
      if (name.endsWith('/')) continue;
      await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
      await writeFile(path.join(folder, name), data);
    }
    const head = events[events.length - 1]!.hash as string;
    expect(strFromU8(files['README.txt']!).split('\n')[0]).toContain(head);
    expect(strFromU8(files['report.html']!)).toContain('verify.html');
    const plain = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--lang=en-US'],
    });
    try {
      const reader = await (await plain.newContext({ offline: true, locale: 'en-US' })).newPage();
      const problems: string[] = [];
      reader.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      reader.on('pageerror', (e) => problems.push(e.message));
      await reader.goto(`file://${path.join(folder, 'verify.html')}`);
      await reader.getByRole('heading', { name: 'Check this evidence pack' }).waitFor();
      expect(await reader.textContent('#pack-head')).toBe(head);
      expect(await axeViolations(reader)).toEqual([]);
      await reader
        .getByLabel('Choose events.ndjson from this folder')
        .setInputFiles(path.join(folder, 'events.ndjson'));
      const result = reader.getByRole('status');
      await expect
        .poll(() => result.textContent())
        .toContain('Intact: events.ndjson is consistent');
      expect(await result.textContent()).toContain(
        'Its chain head is the one written into this pack',
      );
      // The head the account holder sent apart from the pack.
      await reader.getByLabel(/Chain head the account holder sent/).fill(head);
      await expect
        .poll(() => result.textContent())
        .toContain('It matches the chain head you received separately.');
      await reader.getByLabel(/Chain head the account holder sent/).fill('0'.repeat(64));
      await expect.poll(() => result.textContent()).toContain('It does NOT match');

      // One byte of the second record changed: the page names that record and its line.
      const original = await readFile(path.join(folder, 'events.ndjson'), 'utf8');
      const lines = original.split('\n');
      lines[2] = lines[2]!.replace('"path":"/', '"path":"/X');
      expect(lines.join('\n').length).toBe(original.length + 1);
      const changed = path.join(folder, 'events-changed.ndjson');
      await writeFile(changed, lines.join('\n'));
      await reader.getByLabel('Choose events.ndjson from this folder').setInputFiles(changed);
      await expect
        .poll(() => result.textContent())
        .toContain(`Not intact: record ${events[1]!.id} (line 3) was changed.`);
      expect(await result.textContent()).toContain('was changed after export');

      // In Chinese for a Chinese reader.
      await reader.getByRole('button', { name: '中文' }).click();
      await reader.getByRole('heading', { name: '检查此证据包' }).waitFor();
      expect(await axeViolations(reader)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await plain.close();
    }
  });

  it('imports the file into a fresh profile through the data panel: same events, same head', async () => {
    target = await startExtensionSession(extensionDir);
    const page = await openPanels(target);
    await page.setInputFiles('[data-testid="import-file"]', jsonFile);
    await expect
      .poll(() => page.textContent('[data-testid="data-status"]'), { timeout: 15_000 })
      .toBe(`Imported: ${events.length}. Already here, skipped: 0.`);
    const imported = await readAllEvents(target.reader);
    expect(imported).toEqual(events);
    expect(imported[imported.length - 1]!.hash).toBe(events[events.length - 1]!.hash);

    // A second import of the same file adds nothing.
    await page.setInputFiles('[data-testid="import-file"]', jsonFile);
    await expect
      .poll(() => page.textContent('[data-testid="data-status"]'))
      .toBe(`Imported: 0. Already here, skipped: ${events.length}.`);
    await page.close();
  });

  it('deletes one wallet’s history after a keyboard confirmation (the chain still verifies), then everything', async () => {
    const page = await openPanels(target!);
    // PayPal's events are the oldest: the survivors after them must be linked across the gap.
    const paypal = events.filter((e) => e.walletId === 'paypal').length;
    await page.selectOption('[data-testid="delete-wallet-choice"]', 'paypal');
    await page.focus('[data-testid="delete-wallet"]');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete the history of PayPal?' });
    await dialog.waitFor();
    // Cancel has the focus: Enter alone deletes nothing.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await readAllEvents(target!.reader)).length).toBe(events.length);

    await page.focus('[data-testid="delete-wallet"]');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.textContent('[data-testid="data-status"]'))
      .toBe(`Deleted ${paypal} events.`);
    const left = (await readAllEvents(target!.reader)) as unknown as StoredEvent[];
    expect(left.map((e) => e.walletId)).not.toContain('paypal');
    const gaps = await readGaps(target!.reader);
    // The import into this profile left its marker first (issue 19: every import is listed).
    expect(gaps).toMatchObject([
      { reason: 'import', imported: events.length, removed: 0 },
      { reason: 'delete-wallet', walletId: 'paypal', removed: paypal },
    ]);
    expect(await verifyRecords(left)).toMatchObject({ ok: false });
    expect(await verifyRecords(left, GENESIS_HASH, 0, gapLinks(gaps))).toMatchObject({
      ok: true,
      count: events.length - paypal,
    });

    // Everything: the delete button waits for the typed word.
    await page.click('[data-testid="delete-all"]');
    const confirmAll = page.getByRole('dialog', { name: 'Delete everything?' });
    await confirmAll.waitFor();
    expect(await page.isDisabled('[data-testid="confirm-delete"]')).toBe(true);
    await page.fill('[data-testid="confirm-word"]', 'DELETE');
    await page.click('[data-testid="confirm-delete"]');
    await expect
      .poll(() => page.textContent('[data-testid="data-status"]'))
      .toBe(`Deleted ${events.length - paypal} events.`);
    expect(await readAllEvents(target!.reader)).toEqual([]);
    expect((await readGaps(target!.reader)).map((g) => g.reason)).toEqual([
      'import',
      'delete-wallet',
      'delete-all',
    ]);
    await page.close();
  });
});
