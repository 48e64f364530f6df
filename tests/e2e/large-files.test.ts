// Large and hostile files on the log page (issue 19, item 8). Before: 250 MB of blank lines
// crashed the page (read whole, split into 262 million lines), a header claiming millions of
// records read as "not an export", and verify and import ran on the page's main thread with no
// progress and no way to stop (300,000 records froze it for seconds). Now a worker reads the file
// as a stream with progress and Cancel, caps end the reading with a clear message, and a
// cancelled import leaves the database as it was.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExportFile } from './harness/export-file';
import { readStore } from './harness/idb';
import { startExtensionSession, type ExtensionSession } from './harness/extension-session';

let session: ExtensionSession;
let work: string;
let blank: string;
let twentyK: string;
let head: string;
const MB = 1024 * 1024;

/** `size` bytes of "\n", written a megabyte at a time (the test itself holds one megabyte). */
async function blankLines(file: string, size: number): Promise<void> {
  const out = createWriteStream(file);
  const chunk = Buffer.alloc(MB, 0x0a);
  for (let left = size; left > 0; left -= MB) {
    if (!out.write(left >= MB ? chunk : chunk.subarray(0, left))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function logPage(): Promise<Page> {
  const page = await session.browser.context.newPage();
  // The data panel is on the log page's second tab (#data).
  await page.goto(`chrome-extension://${session.browser.extensionId}/log.html#data`);
  await page.waitForSelector('section.data-panel');
  return page;
}

const text = (page: Page, id: string) => page.textContent(`[data-testid="${id}"]`);

/** The page answers and its file pickers are ready for the next file. */
async function expectResponsive(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.readyState)).toBe('complete');
  await page.locator('[data-testid="import-file"]').waitFor({ state: 'attached' });
  expect(await page.locator('[data-testid="import-file"]').isEnabled()).toBe(true);
}

const count = async (store: string) => (await readStore(session.reader, store)).length;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'ws-large-files-'));
  blank = path.join(work, 'blank-lines.ndjson');
  await blankLines(blank, 250 * MB);
  twentyK = path.join(work, 'events-20k.ndjson');
  ({ head } = await writeExportFile(twentyK, 20_000, { end: Date.now() - 60_000, days: 60 }));
  session = await startExtensionSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('hostile files on the log page', () => {
  it('250 MB of blank lines: a clear message for verify and import, and the page lives on', async () => {
    const page = await logPage();
    let crashed = false;
    page.on('crash', () => (crashed = true));
    await page.setInputFiles('[data-testid="verify-file"]', blank);
    await expect
      .poll(() => text(page, 'verify-result'), { timeout: 60_000 })
      .toBe('This is not a Wallet Sentinel events file, or its first line is damaged.');
    await page.setInputFiles('[data-testid="import-file"]', blank);
    await expect
      .poll(() => text(page, 'data-status'), { timeout: 60_000 })
      .toBe(
        'This is not a Wallet Sentinel events file, or its first line is damaged. Nothing was imported.',
      );
    expect(crashed).toBe(false);
    await expectResponsive(page);
    expect(await count('events')).toBe(0);
    await page.close();
  });

  it('a header claiming more records than the cap, and a line far too long, are named as such', async () => {
    const [header, ...rest] = (await readFile(twentyK, 'utf8')).split('\n').slice(0, 4);
    const many = path.join(work, 'many.ndjson');
    await writeFile(many, [header!.replace(/"count":\d+/, '"count":5000000'), ...rest].join('\n'));
    const long = path.join(work, 'long.ndjson');
    await writeFile(long, `${header}\n${'{"n":0,'.padEnd(40 * 1024, ' ')}\n`);
    const page = await logPage();
    await page.setInputFiles('[data-testid="verify-file"]', many);
    await expect
      .poll(() => text(page, 'verify-result'), { timeout: 30_000 })
      .toBe(
        'Not checked: the file says it holds more than 1,000,000 records, more than any export of this extension.',
      );
    await page.setInputFiles('[data-testid="import-file"]', long);
    await expect
      .poll(() => text(page, 'data-status'), { timeout: 30_000 })
      .toBe(
        'Not checked: line 2 is longer than 16,384 characters, so this is not a Wallet Sentinel events file. Nothing was imported.',
      );
    await expectResponsive(page);
    expect(await count('events')).toBe(0);
    await page.close();
  });
});

describe('20,000 events', () => {
  it('verify shows its progress and ends intact', async () => {
    const page = await logPage();
    const seen = page.waitForFunction(
      () => {
        const line = document.querySelector('[data-testid="verify-progress"]')?.textContent;
        return /^Verifying… [\d,]+ of ~20,000 records/.test(line ?? '') && line;
      },
      null,
      { timeout: 60_000, polling: 'raf' },
    );
    await page.setInputFiles('[data-testid="verify-file"]', twentyK);
    expect(await (await seen).jsonValue()).toMatch(/^Verifying… [\d,]+ of ~20,000 records/);
    await expect
      .poll(() => text(page, 'verify-result'), { timeout: 60_000 })
      .toBe(`Intact: 20,000 records, chain head ${head}.`);
    await page.close();
  });

  it('an import shows its progress and, cancelled while writing, leaves the database as it was', async () => {
    const page = await logPage();
    const before = { events: await count('events'), gaps: await readStore(session.reader, 'gaps') };
    // Cancel from inside the page as soon as the first batch is written (the records are then in
    // the database): no round trip between seeing the progress and pressing the button.
    const cancelled = page.waitForFunction(
      () => {
        const progress = document.querySelector('[data-testid="import-progress"]');
        const written = /Importing… ([\d,]+) of 20,000 records/.exec(progress?.textContent ?? '');
        if (!written || Number(written[1]!.replace(/,/g, '')) < 1) return false;
        (document.querySelector('[data-testid="import-cancel"]') as HTMLButtonElement).click();
        return written[1];
      },
      null,
      { timeout: 90_000, polling: 'raf' },
    );
    // Every progress line the page shows, in order: checking comes first, however briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const line = document.querySelector('[data-testid="import-progress"]')?.textContent;
        if (line && seen.at(-1) !== line) seen.push(line);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.setInputFiles('[data-testid="import-file"]', twentyK);
    const writtenWhenCancelled = await (await cancelled).jsonValue();
    expect(writtenWhenCancelled).toMatch(/^[\d,]+$/);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    const checking = seen.findIndex((line) =>
      /Checking the file before anything is imported… [\d,]+ of ~20,000 records/.test(line),
    );
    expect(checking).toBeGreaterThanOrEqual(0);
    expect(seen.findIndex((line) => /Importing… [\d,]+ of 20,000/.test(line))).toBeGreaterThan(
      checking,
    );
    await expect
      .poll(() => text(page, 'data-status'), { timeout: 60_000 })
      .toBe('Import cancelled. Nothing was imported.');
    expect(await page.locator('[data-testid="import-progress"]').count()).toBe(0);
    expect(await count('events')).toBe(before.events);
    expect(await readStore(session.reader, 'gaps')).toEqual(before.gaps);
    await page.close();
  });

  it('an import left to finish brings every record, the chain head and one import marker', async () => {
    const page = await logPage();
    await page.setInputFiles('[data-testid="import-file"]', twentyK);
    await expect
      .poll(() => text(page, 'import-progress'), { timeout: 60_000 })
      .toMatch(/Importing… [\d,]+ of 20,000 records/);
    await expect
      .poll(() => text(page, 'data-status'), { timeout: 120_000 })
      .toBe('Imported: 20,000. Already here, skipped: 0.');
    const events = await readStore<{ id: number; hash: string }>(session.reader, 'events');
    expect(events).toHaveLength(20_000);
    expect(events.at(-1)).toMatchObject({ id: 20_000, hash: head });
    expect(await readStore(session.reader, 'gaps')).toMatchObject([
      { reason: 'import', imported: 20_000, firstId: 1, lastId: 20_000, links: [] },
    ]);
    await expect.poll(() => text(page, 'chain-head'), { timeout: 30_000 }).toBe(head);
    await page.close();
  });
});
