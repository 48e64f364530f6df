// A crafted evidence file must not stop the recorder (issue 19): a file whose last record id is
// 2^53 − 1 verifies, because anyone can recompute a chain; imported, the next event would get
// id 2^53 and every write after it would fail while the popup said "Healthy". The import now
// refuses such a record with a clear message, and recording goes on.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineSeal } from '../../src/export/format';
import { eventsFileText, exportEvents } from '../../src/export/json';
import { appendEvents } from '../../src/storage/events';
import { memoryDb } from '../unit/helpers/memory-db';
import { startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { payPalSignIn } from './harness/paypal';

let session: ExtensionSession;
let work: string;

/** A real export of four PayPal sign-ins from an hour ago, its last record renumbered and resealed. */
async function craftedFile(): Promise<string> {
  const db = memoryDb();
  const start = Date.now() - 3_600_000;
  await appendEvents(
    db,
    [0, 1, 2, 3].map((i) => ({
      at: start + i * 60_000,
      kind: 'login.attempt' as const,
      walletId: 'paypal',
      origin: 'https://www.paypal.com',
      path: '/signin',
    })),
  );
  const [header, ...records] = eventsFileText(await exportEvents(db, {}, Date.now()))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const last = records[records.length - 1];
  last.id = Number.MAX_SAFE_INTEGER;
  last.seal = lineSeal(header.exportId, last);
  const file = path.join(work, 'crafted.json');
  await writeFile(file, [header, ...records].map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'ws-import-hostile-'));
  session = await startExtensionSession();
});
afterAll(async () => {
  await session?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('a crafted import', () => {
  it('is refused with the record and the reason named, and sign-ins are still recorded', async () => {
    const file = await craftedFile();
    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/log.html#data`);
    await page.waitForSelector('section.data-panel');
    await page.setInputFiles('[data-testid="import-file"]', file);
    await expect
      .poll(() => page.textContent('[data-testid="data-status"]'), { timeout: 30_000 })
      .toMatch(/out of range/);
    expect(await page.textContent('[data-testid="data-status"]')).toContain(
      `Record ${Number.MAX_SAFE_INTEGER.toLocaleString('en-US')}`,
    );
    expect(await session.events()).toEqual([]);

    const wallet = await session.browser.context.newPage();
    await payPalSignIn(wallet, { succeed: false });
    const recorded = await session.waitFor('paypal', (events) =>
      events.some((e) => e.kind === 'login.failure'),
    );
    expect(recorded.every((e) => e.id < 1000)).toBe(true);
  });
});
