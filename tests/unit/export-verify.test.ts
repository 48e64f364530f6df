import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportEvents, eventsFileText } from '../../src/export/json';
import { verifyExport } from '../../src/export/verify';
import type { NewEvent } from '../../src/model/event-types';
import { appendEvents, chainHead } from '../../src/storage/events';
import { deleteWalletHistory, pruneExpired } from '../../src/storage/retention';
import { memoryDb } from './helpers/memory-db';

const T0 = Date.UTC(2026, 10, 20, 8, 0, 0);
const MIN = 60_000;
const paypal = { walletId: 'paypal', origin: 'https://www.paypal.com', path: '/signin' };
const binance = { walletId: 'binance', origin: 'https://accounts.binance.com', path: '/en/login' };

/** Eight events on two wallets, with Chinese text and an amount, interleaved. */
function history(): NewEvent[] {
  return [
    { ...paypal, at: T0, kind: 'login.attempt', attemptId: 'a1b2c3d4-0001' },
    { ...binance, at: T0 + MIN, kind: 'login.failure', message: '密码错误，还剩 4 次机会' },
    { ...paypal, at: T0 + 2 * MIN, kind: 'login.success', attemptId: 'a1b2c3d4-0001' },
    {
      ...binance,
      at: T0 + 3 * MIN,
      kind: 'withdrawal.attempt',
      path: '/en/my/wallet/withdraw',
      amount: { value: '1234.56', currency: 'USDT' },
      destination: 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE',
    },
    { ...binance, at: T0 + 4 * MIN, kind: 'notice', notice: 'frozen', message: '您的账户已被冻结' },
    { ...paypal, at: T0 + 5 * MIN, kind: 'logout' },
    { ...binance, at: T0 + 6 * MIN, kind: 'withdrawal.failure', message: 'Limit exceeded' },
    { ...paypal, at: T0 + 7 * MIN, kind: 'login.attempt' },
  ];
}

async function seeded() {
  const db = memoryDb();
  const stored = await appendEvents(db, history());
  return { db, stored };
}

const lines = (text: string) => text.split('\n').slice(0, -1);
const join = (ls: string[]) => `${ls.join('\n')}\n`;

async function fullExport() {
  const { db, stored } = await seeded();
  const file = await exportEvents(db, {}, T0 + DAY, { exportId: 'test-export' });
  return { db, stored, text: eventsFileText(file), header: file.header };
}
const DAY = 86_400_000;

describe('export → verify', () => {
  it('a full export verifies intact with the database chain head', async () => {
    const { db, text, header } = await fullExport();
    expect(header).toMatchObject({ count: 8, complete: true, version: 1 });
    expect(header.range).toEqual({ from: T0, to: T0 + 7 * MIN });
    expect(await verifyExport(text)).toEqual({
      ok: true,
      count: 8,
      head: await chainHead(db),
      complete: true,
      exportedAt: T0 + DAY,
    });
  });

  it('writes one header line and one line per event with every contract field', async () => {
    const { stored, text } = await fullExport();
    const [header, ...events] = lines(text).map((l) => JSON.parse(l));
    expect(header.format).toBe('wallet-sentinel-events');
    expect(events).toHaveLength(8);
    expect(events[3]).toMatchObject({ ...stored[3], n: 3 });
    expect(events[0].prev).toBe('0'.repeat(64));
    expect(events[1].prev).toBe(stored[0]!.hash);
  });

  it('an empty database exports a header that verifies', async () => {
    const db = memoryDb();
    const text = eventsFileText(await exportEvents(db, {}, T0));
    expect(await verifyExport(text)).toMatchObject({ ok: true, count: 0 });
  });

  it('a changed byte in a record names that record as changed', async () => {
    const { stored, text } = await fullExport();
    const ls = lines(text);
    ls[5] = ls[5]!.replace('"notice":"frozen"', '"notice":"frozeN"');
    expect(await verifyExport(join(ls))).toEqual({
      ok: false,
      reason: 'changed',
      index: 4,
      id: stored[4]!.id,
      line: 6,
    });
    const amount = lines(text);
    amount[4] = amount[4]!.replace('1234.56', '1234.57');
    expect(await verifyExport(join(amount))).toMatchObject({ reason: 'changed', index: 3 });
  });

  it('an edited id or position (not covered by the event hash) reads as changed', async () => {
    const { text } = await fullExport();
    const id = lines(text);
    id[3] = id[3]!.replace(/"id":3,/, '"id":30,');
    expect(await verifyExport(join(id))).toMatchObject({ reason: 'changed', index: 2 });
    const n = lines(text);
    n[3] = n[3]!.replace(/^\{"n":2,/, '{"n":7,');
    expect(await verifyExport(join(n))).toMatchObject({ reason: 'changed', index: 2 });
  });

  it('a deleted line names the record after it as removed', async () => {
    const { stored, text } = await fullExport();
    const ls = lines(text);
    ls.splice(3, 1); // the event at index 2
    expect(await verifyExport(join(ls))).toEqual({
      ok: false,
      reason: 'removed',
      index: 2,
      id: stored[3]!.id,
      line: 4,
    });
  });

  it('deleting the first or the last record is found too', async () => {
    const { stored, text } = await fullExport();
    const first = lines(text);
    first.splice(1, 1);
    expect(await verifyExport(join(first))).toMatchObject({
      reason: 'removed',
      index: 0,
      id: stored[1]!.id,
    });
    const last = lines(text);
    last.pop();
    expect(await verifyExport(join(last))).toMatchObject({ reason: 'removed', index: 7, id: null });
  });

  it('two swapped lines name the first of them as reordered', async () => {
    const { stored, text } = await fullExport();
    const ls = lines(text);
    [ls[3], ls[4]] = [ls[4]!, ls[3]!];
    expect(await verifyExport(join(ls))).toEqual({
      ok: false,
      reason: 'reordered',
      index: 2,
      id: stored[3]!.id,
      line: 4,
    });
    const far = lines(text);
    [far[1], far[8]] = [far[8]!, far[1]!];
    expect(await verifyExport(join(far))).toMatchObject({ reason: 'reordered', index: 0 });
  });

  it('a duplicated line is reported, not accepted', async () => {
    const { text } = await fullExport();
    const ls = lines(text);
    ls.splice(4, 0, ls[2]!);
    expect(await verifyExport(join(ls))).toMatchObject({
      ok: false,
      reason: 'reordered',
      index: 3,
    });
  });

  it('an edited header is reported as the header changed', async () => {
    const { text } = await fullExport();
    const ls = lines(text);
    ls[0] = ls[0]!.replace('"count":8', '"count":9');
    expect(await verifyExport(join(ls))).toMatchObject({ reason: 'changed', index: -1, id: null });
  });

  it.each([
    ['not JSON', 'hello\n', -1],
    ['another JSON file', '{"format":"something-else","version":1}\n', -1],
    ['a broken record line', null, 2],
  ])('%s is malformed', async (_name, input, index) => {
    const { text } = await fullExport();
    const ls = lines(text);
    ls[3] = ls[3]!.slice(0, 40);
    expect(await verifyExport(input ?? join(ls))).toMatchObject({
      ok: false,
      reason: 'malformed',
      index,
    });
  });

  it('CRLF line ends and a byte-order mark still verify', async () => {
    const { text } = await fullExport();
    const windows = `\uFEFF${text.replaceAll('\n', '\r\n')}`;
    expect(await verifyExport(windows)).toMatchObject({ ok: true, count: 8 });
  });

  it('flipping any single byte of an event line is found at that record', async () => {
    const { text } = await fullExport();
    const bytes = new TextEncoder().encode(text);
    const headerEnd = bytes.indexOf(10) + 1;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: headerEnd, max: bytes.length - 2 }),
        fc.integer({ min: 0, max: 7 }),
        async (offset, bit) => {
          const copy = bytes.slice();
          copy[offset] = copy[offset]! ^ (1 << bit);
          if (copy[offset] === 10) return; // a new line splits the record: a different test
          const tampered = new TextDecoder().decode(copy);
          const index = new TextDecoder().decode(bytes.slice(0, offset)).split('\n').length - 2;
          const result = await verifyExport(tampered);
          expect(result.ok).toBe(false);
          expect(result).toMatchObject({ index });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('filtered exports', () => {
  it('carry each record’s predecessor hash and verify', async () => {
    const { db, stored } = await seeded();
    const file = await exportEvents(db, { walletIds: ['binance'] }, T0 + DAY);
    expect(file.header).toMatchObject({
      count: 4,
      complete: false,
      chainHead: await chainHead(db),
    });
    const text = eventsFileText(file);
    expect(await verifyExport(text)).toMatchObject({ ok: true, count: 4, complete: false });
    const [, first] = lines(text).map((l) => JSON.parse(l));
    expect(first.prev).toBe(stored[0]!.hash);
  });

  it('name a removed or swapped line', async () => {
    const { db, stored } = await seeded();
    const text = eventsFileText(
      await exportEvents(db, { kinds: ['login.attempt', 'logout', 'notice'] }, T0),
    );
    const removed = lines(text);
    removed.splice(2, 1);
    expect(await verifyExport(join(removed))).toMatchObject({
      reason: 'removed',
      index: 1,
      id: stored[5]!.id,
    });
    const swapped = lines(text);
    [swapped[2], swapped[3]] = [swapped[3]!, swapped[2]!];
    expect(await verifyExport(join(swapped))).toMatchObject({ reason: 'reordered', index: 1 });
  });

  it('by text and time verify, and select what matchesEvent selects', async () => {
    const { db } = await seeded();
    const file = await exportEvents(db, { text: '冻结', from: T0 + MIN, to: T0 + 5 * MIN }, T0);
    expect(file.header.count).toBe(1);
    expect(await verifyExport(eventsFileText(file))).toMatchObject({ ok: true, count: 1 });
  });
});

describe('exports after recorded gaps', () => {
  it('a full export after retention and a wallet deletion still verifies', async () => {
    const { db } = await seeded();
    await pruneExpired(db, 1, T0 + DAY + 2.5 * MIN); // the first three go
    await deleteWalletHistory(db, 'paypal', T0 + DAY);
    const file = await exportEvents(db, {}, T0 + DAY);
    expect(file.header.gaps.map((g) => g.reason)).toEqual(['retention', 'delete-wallet']);
    expect(await verifyExport(eventsFileText(file))).toMatchObject({ ok: true, count: 3 });
  });

  it('a complete export without its gap declaration reads as removed', async () => {
    const { db } = await seeded();
    await deleteWalletHistory(db, 'paypal', T0 + DAY);
    const file = await exportEvents(db, {}, T0 + DAY);
    const [header, ...rest] = lines(eventsFileText(file)).map((l) => JSON.parse(l));
    header.gaps = [];
    const { headerSeal } = await import('../../src/export/format');
    header.seal = headerSeal(header);
    const forged = join([JSON.stringify(header), ...rest.map((r) => JSON.stringify(r))]);
    expect(await verifyExport(forged)).toMatchObject({ reason: 'removed', index: 0 });
  });

  it('a complete export whose header names another chain head fails, even resealed', async () => {
    // The seal is a hash anyone can recompute: the head must also be the last record's hash.
    const { text } = await fullExport();
    const [header, ...rest] = lines(text).map((l) => JSON.parse(l));
    header.chainHead = 'f'.repeat(64);
    const { headerSeal } = await import('../../src/export/format');
    header.seal = headerSeal(header);
    const forged = join([JSON.stringify(header), ...rest.map((r) => JSON.stringify(r))]);
    expect(await verifyExport(forged)).toMatchObject({ ok: false, reason: 'changed', index: -1 });
  });
});
