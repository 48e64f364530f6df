import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildEvidencePack } from '../../src/export/evidence-pack';
import { importExport } from '../../src/export/import';
import { lineSeal } from '../../src/export/format';
import { eventsFileText, exportEvents } from '../../src/export/json';
import { verifyExport } from '../../src/export/verify';
import type { NewEvent } from '../../src/model/event-types';
import { appendEvents, chainHead, verifyChain } from '../../src/storage/events';
import { deleteAllHistory, deleteWalletHistory, pruneExpired } from '../../src/storage/retention';
import { memoryDb } from './helpers/memory-db';

const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);
const HOUR = 3_600_000;
/** When the imports happen: after every recorded event (an event from the future is refused). */
const NOW = T0 + 100 * HOUR;
const wallets = ['paypal', 'binance', 'alipay'];
const ev = (i: number, extra: Partial<NewEvent> = {}): NewEvent => ({
  walletId: wallets[i % 3]!,
  origin: `https://www.${wallets[i % 3]}.com`,
  path: '/login',
  at: T0 + i * HOUR,
  kind: i % 4 === 0 ? 'login.failure' : 'login.attempt',
  ...(i % 5 === 0 ? { message: `第 ${i} 次：密码错误` } : {}),
  ...extra,
});
const history = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ev(from + i));

async function source(n = 12) {
  const db = memoryDb();
  await appendEvents(db, history(n));
  return db;
}
const fileOf = async (db: ReturnType<typeof memoryDb>, filter = {}) =>
  eventsFileText(await exportEvents(db, filter, T0 + 100 * HOUR));

/** Everything a failed import must leave untouched. */
async function snapshot(db: ReturnType<typeof memoryDb>) {
  return {
    events: await db.events.toArray(),
    gaps: await db.gaps.toArray(),
    summaries: await db.summaries.toArray(),
  };
}

describe('import into a fresh profile', () => {
  it('restores the same events, the same ids and the same chain head', async () => {
    const from = await source();
    const text = await fileOf(from);
    const to = memoryDb();
    const result = await importExport(to, text, NOW);
    // Every import leaves a marker: what came in, so nobody reads it as recorded here.
    expect(result).toMatchObject({ ok: true, added: 12, skipped: 0, gaps: 1 });
    expect(await to.gaps.toArray()).toMatchObject([
      { reason: 'import', imported: 12, firstId: 1, lastId: 12, removed: 0, links: [] },
    ]);
    expect(await to.events.toArray()).toEqual(await from.events.toArray());
    expect(await chainHead(to)).toBe(await chainHead(from));
    expect(await verifyChain(to)).toEqual(await verifyChain(from));
    // The next local event chains on from the imported head.
    await appendEvents(to, [ev(50)]);
    expect(await verifyChain(to)).toMatchObject({ ok: true, count: 13 });
  });

  it('the evidence pack of the imported history lists the import, not as recorded or deleted here', async () => {
    const to = memoryDb();
    await importExport(to, await fileOf(await source()), NOW);
    const { zip } = await buildEvidencePack(to, {}, NOW + HOUR);
    const report = strFromU8(unzipSync(zip)['report.html']!);
    expect(report).toContain('Imported into this browser');
    expect(report).toMatch(/12 records imported \(record numbers 1 to 12\)/);
    expect(report).not.toContain('Deleted on purpose');
    expect(report).toContain('cannot prove the events are true');
  });

  it('a second import of the same file skips every record and writes nothing', async () => {
    const text = await fileOf(await source());
    const to = memoryDb();
    await importExport(to, text, NOW);
    const before = await snapshot(to);
    expect(await importExport(to, text, NOW)).toMatchObject({ ok: true, added: 0, skipped: 12 });
    expect(await snapshot(to)).toEqual(before);
  });

  it('brings the source’s recorded gaps along, so a pruned history verifies the same', async () => {
    const from = await source(30);
    await pruneExpired(from, 1, T0 + 24 * HOUR + 10 * HOUR); // first 10 go
    await deleteWalletHistory(from, 'binance', T0 + 100 * HOUR);
    const to = memoryDb();
    expect(await importExport(to, await fileOf(from), NOW)).toMatchObject({ ok: true, added: 13 });
    expect(await to.events.toArray()).toEqual(await from.events.toArray());
    expect((await to.gaps.toArray()).map((g) => g.reason)).toEqual([
      'retention',
      'delete-wallet',
      'import',
    ]);
    expect(await verifyChain(to)).toMatchObject({
      ok: true,
      count: 13,
      head: await chainHead(from),
    });
  });

  it('a filtered export imports with a recorded import gap and the chain verifies', async () => {
    const from = await source();
    const to = memoryDb();
    const result = await importExport(to, await fileOf(from, { walletIds: ['binance'] }), NOW);
    expect(result).toMatchObject({ ok: true, added: 4, gaps: 1 });
    const [gap] = await to.gaps.toArray();
    expect(gap).toMatchObject({ reason: 'import', imported: 4, removed: 0 });
    expect(gap!.links).toHaveLength(4);
    expect(await verifyChain(to)).toMatchObject({ ok: true, count: 4 });
  });

  it('drops the rule summaries of the wallets it touched, so the rules rebuild', async () => {
    const to = memoryDb();
    await to.summaries.bulkPut([
      { walletId: 'paypal', summary: {} as never },
      { walletId: 'okx', summary: {} as never },
    ]);
    await importExport(to, await fileOf(await source()), NOW);
    expect((await to.summaries.toArray()).map((s) => s.walletId)).toEqual(['okx']);
  });
});

describe('import into a database that has events', () => {
  it('appends a later export of the same source: known records skipped, new ones chain on', async () => {
    const from = await source(8);
    const to = memoryDb();
    await importExport(to, await fileOf(from), NOW);
    await appendEvents(from, history(4, 8));
    expect(await importExport(to, await fileOf(from), NOW)).toMatchObject({
      ok: true,
      added: 4,
      skipped: 8,
      gaps: 1,
    });
    expect((await to.gaps.toArray()).map((g) => [g.reason, g.firstId, g.lastId])).toEqual([
      ['import', 1, 8],
      ['import', 9, 12],
    ]);
    expect(await chainHead(to)).toBe(await chainHead(from));
    expect(await verifyChain(to)).toMatchObject({ ok: true, count: 12 });
  });

  it('accepts newer records after local ones with a recorded gap', async () => {
    const to = memoryDb();
    await appendEvents(to, history(3, 40)); // ids 1–3 here
    const from = await source(10);
    await deleteAllHistory(from, T0);
    await appendEvents(from, history(5, 60)); // ids 11–15 there
    expect(await importExport(to, await fileOf(from), NOW)).toMatchObject({
      ok: true,
      added: 5,
      gaps: 1,
    });
    expect(await verifyChain(to)).toMatchObject({
      ok: true,
      count: 8,
      head: await chainHead(from),
    });
  });

  it('refuses a record that differs from the stored one with its id: nothing overwritten', async () => {
    const to = memoryDb();
    await appendEvents(to, history(2, 40));
    const before = await snapshot(to);
    const result = await importExport(to, await fileOf(await source()), NOW);
    expect(result).toEqual({ ok: false, error: { code: 'conflict', id: 1 } });
    expect(await snapshot(to)).toEqual(before);
  });

  it('refuses records older than the local ones (only an empty database takes them)', async () => {
    const to = memoryDb();
    await appendEvents(to, history(20));
    await deleteWalletHistory(to, 'paypal', T0); // ids 1, 4, … 19 are free again, 20 is stored
    const before = await snapshot(to);
    const result = await importExport(
      to,
      await fileOf(await source(3), { walletIds: ['paypal'] }),
      NOW,
    );
    expect(result).toEqual({ ok: false, error: { code: 'predates', id: 1 } });
    expect(await snapshot(to)).toEqual(before);
  });
});

describe('malformed imports change nothing', () => {
  async function target() {
    const db = memoryDb();
    await appendEvents(db, history(2, 80));
    return db;
  }

  async function expectUntouched(text: string, code: string, extra: object = {}) {
    const to = await target();
    const before = await snapshot(to);
    const result = await importExport(to, text, NOW);
    expect(result).toMatchObject({ ok: false, error: { code, ...extra } });
    expect(await snapshot(to)).toEqual(before);
    const empty = memoryDb();
    expect(await importExport(empty, text, NOW)).toMatchObject({ ok: false });
    expect(await empty.events.count()).toBe(0);
    expect(await empty.gaps.count()).toBe(0);
  }

  it('bad JSON', async () => {
    await expectUntouched('{"format": "wallet-sentinel-events", ', 'not-verified');
  });

  it('a tampered hash', async () => {
    const lines = (await fileOf(await source())).split('\n');
    lines[6] = lines[6]!
      .replace(/"hash":"[0-9a-f]/, '"hash":"f')
      .replace('"hash":"ff', '"hash":"fe');
    await expectUntouched(lines.join('\n'), 'not-verified', {
      failure: { reason: 'changed', index: 5 },
    });
  });

  it('a record in the middle that is not an event, though its hashes are right', async () => {
    const from = await source(6);
    await appendEvents(from, [{ ...ev(6), kind: 'wallet.drained' as never }, ev(7)]);
    await expectUntouched(await fileOf(from), 'bad-record', {
      index: 6,
      field: 'kind',
      problem: 'invalid',
    });
  });

  it('an oversized field, though its hashes are right', async () => {
    const from = await source(4);
    await appendEvents(from, [ev(4, { message: 'x'.repeat(10_000) })]);
    await expectUntouched(await fileOf(from), 'bad-record', {
      index: 4,
      field: 'message',
      problem: 'too-large',
    });
  });

  it('an unknown field, though its hashes are right', async () => {
    const from = await source(4);
    await appendEvents(from, [{ ...ev(4), password: 'hunter2' } as NewEvent]);
    await expectUntouched(await fileOf(from), 'bad-record', {
      field: 'password',
      problem: 'unknown-field',
    });
  });

  it('a record id near 2^53 (no room left for the next event), though its seal is right', async () => {
    const [header, ...records] = (await fileOf(await source(4)))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const last = records[records.length - 1];
    last.id = Number.MAX_SAFE_INTEGER;
    last.seal = lineSeal(header.exportId, last);
    const text = [header, ...records].map((r) => JSON.stringify(r)).join('\n') + '\n';
    expect(await verifyExport(text)).toMatchObject({ ok: true });
    await expectUntouched(text, 'bad-record', { field: 'id', problem: 'out-of-range' });
  });

  it.each<[string, Partial<NewEvent>, string, string]>([
    ['a time in the future', { at: NOW + 24 * HOUR }, 'at', 'out-of-range'],
    ['a time before 2000', { at: Date.UTC(1999, 11, 31) }, 'at', 'out-of-range'],
    [
      'a plain-http origin',
      { origin: 'http://www.paypal.com', walletId: 'paypal' },
      'origin',
      'invalid',
    ],
    [
      'another wallet’s origin',
      { origin: 'https://www.binance.com', walletId: 'paypal' },
      'origin',
      'wrong-wallet',
    ],
    [
      'a host the wallet does not have',
      { origin: 'https://paypal.evil.example', walletId: 'paypal' },
      'origin',
      'wrong-wallet',
    ],
    ['an unknown wallet id', { walletId: 'evilpay' }, 'walletId', 'invalid'],
    [
      'a custom site that is not an https origin',
      { walletId: 'custom:javascript:alert(1)' },
      'walletId',
      'invalid',
    ],
    [
      'a custom site filed under another origin',
      { walletId: 'custom:https://a.example', origin: 'https://b.example' },
      'origin',
      'wrong-wallet',
    ],
  ])('%s, though its hashes are right', async (_name, patch, field, problem) => {
    const from = await source(4);
    await appendEvents(from, [ev(4, patch)]);
    await expectUntouched(await fileOf(from), 'bad-record', { index: 4, field, problem });
  });

  it('takes a lookalike visit from an http site and a custom site’s own events', async () => {
    const from = await source(2);
    await appendEvents(from, [
      ev(2, { kind: 'visit.lookalike', walletId: 'paypal', origin: 'http://paypa1-login.example' }),
      ev(3, { walletId: 'custom:https://wallet.example', origin: 'https://wallet.example' }),
    ]);
    expect(await importExport(memoryDb(), await fileOf(from), NOW)).toMatchObject({
      ok: true,
      added: 4,
    });
  });

  it('a storage failure half-way writes nothing', async () => {
    const text = await fileOf(await source());
    const to = memoryDb();
    let seen = 0;
    to.events.hook('creating', () => {
      seen += 1;
      if (seen === 7) throw new Error('disk on fire');
    });
    const result = await importExport(to, text, NOW);
    expect(result).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(await to.events.count()).toBe(0);
    expect(await to.gaps.count()).toBe(0);
  });
});
