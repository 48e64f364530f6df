import { DAY } from '../../src/model/time';
import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../../src/model/event-types';
import { appendEvents, chainHead, verifyChain } from '../../src/storage/events';
import {
  deleteAllHistory,
  deleteWalletHistory,
  pruneExpired,
  pruneOldest,
  walletsWithEvents,
} from '../../src/storage/retention';
import { memoryDb } from './helpers/memory-db';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const ev = (
  walletId: string,
  daysAgo: number,
  kind: NewEvent['kind'] = 'login.attempt',
): NewEvent => ({
  walletId,
  origin: `https://www.${walletId}.com`,
  path: '/login',
  at: NOW - daysAgo * DAY,
  kind,
});

/** Interleaved history of three wallets, oldest first, 400 days back to today. */
async function seeded() {
  const db = memoryDb();
  const wallets = ['paypal', 'binance', 'okx'];
  const events = Array.from({ length: 30 }, (_, i) => ev(wallets[i % 3]!, 400 - i * 14));
  const stored = await appendEvents(db, events);
  return { db, stored };
}

describe('retention', () => {
  it('prunes only events older than the kept days, records the gap, the chain stays intact', async () => {
    const { db, stored } = await seeded();
    const headBefore = await chainHead(db);
    const older = stored.filter((e) => e.at < NOW - 365 * DAY);
    expect(older.length).toBe(3);
    expect(await pruneExpired(db, 365, NOW)).toBe(3);
    expect(await db.events.count()).toBe(27);
    expect((await db.events.toArray()).every((e) => e.at >= NOW - 365 * DAY)).toBe(true);
    const [gap] = await db.gaps.toArray();
    expect(gap).toMatchObject({
      reason: 'retention',
      removed: 3,
      at: NOW,
      headBefore,
      links: [{ id: stored[3]!.id, previousHash: stored[2]!.hash }],
    });
    expect(await verifyChain(db)).toMatchObject({
      ok: true,
      count: 27,
      head: headBefore,
      gapsCrossed: 1,
    });
  });

  it('keeps an event exactly as old as the retention period, prunes one a millisecond older', async () => {
    const db = memoryDb();
    const cutoff = NOW - 30 * DAY;
    await appendEvents(db, [
      { ...ev('okx', 0), at: cutoff - 1 },
      { ...ev('okx', 0), at: cutoff },
      { ...ev('okx', 0), at: cutoff + 1 },
    ]);
    expect(await pruneExpired(db, 30, NOW)).toBe(1);
    expect((await db.events.toArray()).map((e) => e.at)).toEqual([cutoff, cutoff + 1]);
  });

  it('keeps everything with retention null, and does nothing when nothing is old enough', async () => {
    const { db } = await seeded();
    expect(await pruneExpired(db, null, NOW)).toBe(0);
    expect(await pruneExpired(db, 1000, NOW)).toBe(0);
    expect(await db.gaps.count()).toBe(0);
    expect(await db.events.count()).toBe(30);
  });

  it('prunes again later with a second gap, and new events chain on', async () => {
    const { db } = await seeded();
    await pruneExpired(db, 365, NOW);
    await pruneExpired(db, 200, NOW);
    await appendEvents(db, [ev('okx', 0, 'logout')]);
    expect(await db.gaps.count()).toBe(2);
    expect(await verifyChain(db)).toMatchObject({ ok: true, count: 16 });
  });

  it('pruneOldest removes the oldest by time, as a recorded gap', async () => {
    const { db, stored } = await seeded();
    expect(await pruneOldest(db, 5, NOW)).toBe(5);
    expect(await db.events.get(stored[4]!.id)).toBeUndefined();
    expect(await db.events.get(stored[5]!.id)).toBeDefined();
    expect(await verifyChain(db)).toMatchObject({ ok: true, count: 25 });
  });
});

describe('deleting history', () => {
  it('deleting a wallet keeps the other wallets’ chain verifiable and removes its findings and summary', async () => {
    const { db } = await seeded();
    await db.findings.bulkAdd([
      {
        id: 'f-paypal',
        ruleId: 'failed-login-burst',
        walletId: 'paypal',
        severity: 'warning',
        cause: 'security',
        at: NOW,
        eventIds: [1],
        guide: 'step-status',
        status: 'open',
        params: {},
      },
      {
        id: 'f-okx',
        ruleId: 'failed-login-burst',
        walletId: 'okx',
        severity: 'warning',
        cause: 'security',
        at: NOW,
        eventIds: [3],
        guide: 'step-status',
        status: 'open',
        params: {},
      },
    ]);
    await db.summaries.bulkPut([
      { walletId: 'paypal', summary: {} as never },
      { walletId: 'okx', summary: {} as never },
    ]);
    await db.cases.add({
      walletId: 'paypal',
      blocked: 'withdrawal',
      channel: 'email',
      ticket: 'T-1',
      status: 'waiting',
      openedAt: NOW,
      updatedAt: NOW,
      history: [],
      log: [],
    } as never);

    expect(await deleteWalletHistory(db, 'paypal', NOW)).toBe(10);
    expect(
      await db.events
        .where('[walletId+at]')
        .between(['paypal', -Infinity], ['paypal', Infinity])
        .count(),
    ).toBe(0);
    expect((await db.findings.toArray()).map((f) => f.id)).toEqual(['f-okx']);
    expect((await db.summaries.toArray()).map((s) => s.walletId)).toEqual(['okx']);
    expect(await db.cases.count()).toBe(1);
    const [gap] = await db.gaps.toArray();
    expect(gap).toMatchObject({ reason: 'delete-wallet', walletId: 'paypal', removed: 10 });
    expect(gap!.links).toHaveLength(10);
    expect(await verifyChain(db)).toMatchObject({ ok: true, count: 20, gapsCrossed: 10 });
    await appendEvents(db, [ev('binance', 0)]);
    expect(await verifyChain(db)).toMatchObject({ ok: true, count: 21 });
  });

  it('deleting two wallets one after the other, after retention, still verifies', async () => {
    const { db } = await seeded();
    await pruneExpired(db, 300, NOW);
    await deleteWalletHistory(db, 'binance', NOW);
    await deleteWalletHistory(db, 'paypal', NOW);
    expect(await verifyChain(db)).toMatchObject({ ok: true, count: 8 });
    expect(await walletsWithEvents(db)).toEqual([{ walletId: 'okx', count: 8 }]);
  });

  it('deleting everything clears events, findings and summaries, keeps cases, and starts a new chain', async () => {
    const { db } = await seeded();
    const headBefore = await chainHead(db);
    await db.summaries.put({ walletId: 'okx', summary: {} as never });
    await db.cases.add({ walletId: 'okx', log: [] } as never);
    expect(await deleteAllHistory(db, NOW)).toBe(30);
    expect(await db.events.count()).toBe(0);
    expect(await db.summaries.count()).toBe(0);
    expect(await db.cases.count()).toBe(1);
    expect(await db.gaps.toArray()).toMatchObject([
      { reason: 'delete-all', removed: 30, headBefore },
    ]);
    const [fresh] = await appendEvents(db, [ev('okx', 0)]);
    expect(fresh!.id).toBe(31);
    expect(await verifyChain(db)).toEqual({ ok: true, count: 1, head: fresh!.hash });
  });

  it('an unrecorded deletion is still reported, also next to recorded ones', async () => {
    const { db, stored } = await seeded();
    await deleteWalletHistory(db, 'okx', NOW);
    await db.events.delete(stored[10]!.id); // behind the extension's back
    expect(await verifyChain(db)).toMatchObject({ ok: false, badId: stored[12]!.id });
  });

  it('a recorded gap does not excuse an edited record after it', async () => {
    const { db, stored } = await seeded();
    await pruneExpired(db, 365, NOW);
    await db.events.update(stored[3]!.id, { path: '/elsewhere' });
    expect(await verifyChain(db)).toMatchObject({ ok: false, badId: stored[3]!.id });
  });

  it('deleting a wallet does not launder an earlier unrecorded break', async () => {
    const { db, stored } = await seeded();
    await db.events.delete(stored[4]!.id); // unrecorded: record 5 now fails
    await deleteWalletHistory(db, 'okx', NOW); // removes record 5 (okx) too, and record 2, 8…
    const report = await verifyChain(db);
    expect(report.ok).toBe(false);
  });
});
