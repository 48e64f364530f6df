// The popup's state (issue 15): the headline counts what the badge counts, a wallet with only a
// note is healthy without a warning's title beside it, a finding shows its newest recovery case,
// and the first paint's direct IndexedDB read gives the same state as Dexie's.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/event-types';
import { openDb } from '../../src/storage/db';
import { popupRecordsDirect } from '../../src/storage/popup-records';
import { openAlerts } from '../../src/views/badge';
import { buildPopupState, popupState } from '../../src/views/popup-view';

const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);
const finding = (
  id: string,
  walletId: string,
  severity: Finding['severity'],
  status: Finding['status'] = 'open',
): Finding => ({
  id,
  ruleId:
    severity === 'critical'
      ? 'account-frozen'
      : severity === 'warning'
        ? 'kyc-required'
        : 'withdrawal-new-destination',
  walletId,
  severity,
  cause: 'security',
  at: T0,
  eventIds: [],
  guide: 'why-frozen',
  status,
  params: {},
});

async function seeded() {
  const factory = new IDBFactory();
  const db = openDb('wallet-sentinel', { indexedDB: factory, IDBKeyRange });
  await db.summaries.bulkPut([
    { walletId: 'gate', summary: {} as never },
    { walletId: 'okx', summary: {} as never },
  ]);
  await db.events.bulkAdd([
    {
      at: T0,
      kind: 'notice',
      walletId: 'gate',
      origin: 'https://www.gate.com',
      path: '/',
      hash: 'a',
    },
    {
      at: T0 + 1,
      kind: 'withdrawal.attempt',
      walletId: 'okx',
      origin: 'https://www.okx.com',
      path: '/',
      hash: 'b',
    },
  ] as never);
  await db.findings.bulkPut([
    finding('frozen', 'gate', 'critical'),
    finding('kyc', 'gate', 'warning'),
    finding('note', 'okx', 'info'),
    finding('done', 'okx', 'warning', 'acknowledged'),
  ]);
  await db.cases.bulkAdd([
    { walletId: 'gate', findingId: 'frozen', status: 'confirmed' },
    {
      walletId: 'gate',
      findingId: 'frozen',
      status: 'appeal-submitted',
      appealAt: T0,
      deadline: T0 + 1e9,
    },
    { walletId: 'gate', status: 'confirmed' },
  ] as never);
  return { db, factory };
}

describe('popup state', () => {
  it('counts what the badge counts, worst first, notes apart', async () => {
    const { db } = await seeded();
    const state = await popupState(db);
    expect(state.alertCount).toBe((await openAlerts(db)).count);
    expect(state.alertCount).toBe(2);
    expect(state.infoCount).toBe(1);
    expect(state.open.map((f) => f.id)).toEqual(['frozen', 'kyc', 'note']);
    // OKX has only a note: healthy, and no warning's title as its reason.
    const okx = state.wallets.find((w) => w.walletId === 'okx')!;
    expect(okx).toMatchObject({ health: 'healthy', worst: undefined });
    expect(state.wallets.find((w) => w.walletId === 'gate')!.worst?.id).toBe('frozen');
    // The newest case of the finding.
    expect(state.cases).toEqual({
      frozen: {
        id: 2,
        status: 'appeal-submitted',
        appealAt: T0,
        deadline: T0 + 1e9,
        // The security checklist, with the appeal (its own step) done.
        done: 1,
        total: 9,
      },
    });
  });

  it('reads the same state without Dexie for the first paint', async () => {
    const { db, factory } = await seeded();
    (globalThis as { IDBKeyRange?: unknown }).IDBKeyRange = IDBKeyRange;
    const direct = await popupRecordsDirect(factory);
    expect(direct).toBeDefined();
    expect(buildPopupState(direct!)).toEqual(await popupState(db));
  });

  it('never creates the database when there is none', async () => {
    const factory = new IDBFactory();
    expect(await popupRecordsDirect(factory)).toBeUndefined();
    expect(await factory.databases()).toEqual([]);
  });
});
