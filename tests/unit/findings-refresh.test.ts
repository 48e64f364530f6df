import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openAlerts } from '../../src/views/badge';
import { refreshWallet } from '../../src/background/findings';
import { DEFAULT_RULE_SETTINGS } from '../../src/rules';
import { openDb } from '../../src/storage/db';
import type { NewEvent } from '../../src/model/event-types';
import { appendEvent } from '../../src/storage/events';
import { memoryDb } from './helpers/memory-db';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const base = { walletId: 'binance', origin: 'https://accounts.binance.com', path: '/en/login' };
const failure = (minute: number): NewEvent => ({
  ...base,
  at: T0 + minute * 60_000,
  kind: 'login.failure',
});

async function add(db: ReturnType<typeof memoryDb>, event: NewEvent) {
  await appendEvent(db, event);
  return refreshWallet(db, event.walletId, DEFAULT_RULE_SETTINGS, event.at);
}

describe('refreshWallet (incremental evaluation in the worker)', () => {
  it('raises a failed-login burst once, keeps one id as it grows, and the badge counts it', async () => {
    const db = memoryDb();
    expect((await add(db, failure(0))).created).toEqual([]);
    await add(db, failure(1));
    const third = await add(db, failure(2));
    expect(third.created.map((f) => f.ruleId)).toEqual(['failed-login-burst']);
    await add(db, failure(3));
    const findings = await db.findings.toArray();
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'failed-login-burst',
      status: 'open',
      walletId: 'binance',
    });
    expect(findings[0]?.eventIds).toHaveLength(4);
    expect(await openAlerts(db)).toEqual({ count: 1, worst: findings[0]?.severity });
  });

  it('keeps an acknowledged finding acknowledged when new events update it', async () => {
    const db = memoryDb();
    for (const m of [0, 1, 2]) await add(db, failure(m));
    const [finding] = await db.findings.toArray();
    await db.findings.update(finding!.id, { status: 'acknowledged' });
    await add(db, failure(4));
    expect((await db.findings.get(finding!.id))?.status).toBe('acknowledged');
    expect((await openAlerts(db)).count).toBe(0);
  });

  it('folds only new events with a summary, and rebuilds when the settings change', async () => {
    const db = memoryDb();
    for (const m of [0, 1]) await add(db, failure(m));
    expect((await db.summaries.get('binance'))?.summary.maxId).toBe(2);
    await appendEvent(db, failure(2));
    const strict = { ...DEFAULT_RULE_SETTINGS, failedLoginCount: 2 };
    const result = await refreshWallet(db, 'binance', strict, T0 + 3 * 60_000);
    expect(result.rebuilt).toBe(true);
    expect((await db.findings.toArray()).map((f) => f.ruleId)).toEqual(['failed-login-burst']);
  });

  it('resolves a frozen-account finding once a withdrawal succeeds again', async () => {
    const db = memoryDb();
    const wallet = { walletId: 'okx', origin: 'https://www.okx.com', path: '/balance' };
    await add(db, {
      ...wallet,
      at: T0,
      kind: 'notice',
      notice: 'frozen',
      message: 'Your account has been frozen',
    });
    const [frozen] = await db.findings.toArray();
    expect(frozen).toMatchObject({
      ruleId: 'account-frozen',
      status: 'open',
      severity: 'critical',
    });
    await add(db, {
      ...wallet,
      at: T0 + 3600_000,
      kind: 'withdrawal.attempt',
      attemptId: 'aaaaaaaa-1',
      amount: { value: '5', currency: 'USDT' },
    });
    await add(db, {
      ...wallet,
      at: T0 + 3700_000,
      kind: 'withdrawal.success',
      attemptId: 'aaaaaaaa-1',
    });
    expect((await db.findings.get(frozen!.id))?.status).toBe('resolved');
  });
});

describe('database upgrade', () => {
  it('opens a version-1 database with its events and adds the later tables', async () => {
    const indexedDB = new IDBFactory();
    const v1 = new Dexie('wallet-sentinel', { indexedDB, IDBKeyRange });
    v1.version(1).stores({
      events: '++id, at, kind, [walletId+at], [kind+at], attemptId',
      findings: 'id, ruleId, walletId, status, at',
    });
    await v1.table('events').add({ ...failure(0), hash: 'h' });
    v1.close();
    const db = openDb('wallet-sentinel', { indexedDB, IDBKeyRange });
    expect(await db.events.count()).toBe(1);
    expect(db.verno).toBe(5);
    expect(await db.summaries.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
    expect(await db.gaps.count()).toBe(0);
    expect(await db.receipts.count()).toBe(0);
    expect(await db.screenshots.count()).toBe(0);
  });
});
