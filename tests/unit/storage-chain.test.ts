import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/storage/canonical-json';
import { chainHash, GENESIS_HASH, sha256Hex } from '../../src/storage/chain';
import type { NewEvent } from '../../src/model/event-types';
import { appendEvent, appendEvents, chainHead, verifyChain } from '../../src/storage/events';
import { memoryDb } from './helpers/memory-db';

const base = { walletId: 'binance', origin: 'https://accounts.binance.com', path: '/en/login' };
const event = (at: number, kind: NewEvent['kind'] = 'login.attempt'): NewEvent => ({
  ...base,
  at,
  kind,
});

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    [{ z: { y: 1, x: [3, { d: 1, c: 2 }] } }, '{"z":{"x":[3,{"c":2,"d":1}],"y":1}}'],
    ['日本', '"日本"'],
  ])('%j → %s', (input, expected) => {
    expect(canonicalJson(input)).toBe(expected);
  });

  it('does not depend on the order properties were set in', () => {
    expect(canonicalJson({ kind: 'logout', at: 1 })).toBe(canonicalJson({ at: 1, kind: 'logout' }));
  });
});

describe('hash chain', () => {
  it('hashes the previous hash followed by the canonical record, without id and hash', async () => {
    const record = event(1000);
    const expected = await sha256Hex(GENESIS_HASH + canonicalJson(record));
    expect(await chainHash(GENESIS_HASH, { ...record, id: 7, hash: 'x' } as never)).toBe(expected);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('chains every appended record to the one before and verifies intact', async () => {
    const db = memoryDb();
    const first = await appendEvent(db, event(1));
    const [second, third] = await appendEvents(db, [event(2, 'login.failure'), event(3)]);
    expect(first.hash).toBe(await chainHash(GENESIS_HASH, first));
    expect(second?.hash).toBe(await chainHash(first.hash, second!));
    expect(third?.hash).toBe(await chainHash(second!.hash, third!));
    expect(await chainHead(db)).toBe(third?.hash);
    expect(await verifyChain(db)).toEqual({ ok: true, count: 3, head: third?.hash });
  });

  it('keeps the chain intact when many appends race each other', async () => {
    const db = memoryDb();
    await Promise.all(Array.from({ length: 40 }, (_, i) => appendEvent(db, event(i))));
    const report = await verifyChain(db);
    expect(report).toMatchObject({ ok: true, count: 40 });
  });

  it('names the edited record', async () => {
    const db = memoryDb();
    const stored = await appendEvents(db, [event(1), event(2), event(3), event(4)]);
    await db.events.update(stored[2]!.id, { kind: 'login.success' });
    expect(await verifyChain(db)).toMatchObject({ ok: false, badId: stored[2]!.id, index: 2 });
  });

  it('names the record after a removed one', async () => {
    const db = memoryDb();
    const stored = await appendEvents(db, [event(1), event(2), event(3)]);
    await db.events.delete(stored[1]!.id);
    expect(await verifyChain(db)).toMatchObject({ ok: false, badId: stored[2]!.id });
  });

  it('detects two records swapped', async () => {
    const db = memoryDb();
    const stored = await appendEvents(db, [event(1), event(2, 'login.failure'), event(3)]);
    const [a, b] = [stored[0]!, stored[1]!];
    await db.events.bulkPut([
      { ...b, id: a.id },
      { ...a, id: b.id },
    ]);
    expect(await verifyChain(db)).toMatchObject({ ok: false, badId: a.id, index: 0 });
  });

  it('verifies across page boundaries', async () => {
    const db = memoryDb();
    await appendEvents(
      db,
      Array.from({ length: 2500 }, (_, i) => event(i)),
    );
    expect(await verifyChain(db)).toMatchObject({ ok: true, count: 2500 });
  });

  it('uses the contract indexes', async () => {
    const db = memoryDb();
    await appendEvents(db, [event(5, 'login.failure'), event(6), event(7, 'login.failure')]);
    expect(await db.events.where('kind').equals('login.failure').count()).toBe(2);
    expect(
      await db.events
        .where('[walletId+at]')
        .between(['binance', 6], ['binance', 7], true, true)
        .count(),
    ).toBe(2);
    expect(db.name).toBe('wallet-sentinel');
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'cases',
      'events',
      'findings',
      'gaps',
      'receipts',
      'screenshots',
      'summaries',
    ]);
  });
});
