import { Dexie, type EntityTable } from 'dexie';
import type { WalletSummary } from '../rules';
import type { RecoveryCase } from '../model/case-types';
import type { Finding, StoredEvent } from '../model/event-types';
import type { ChainGap } from '../model/gap-types';
import type { Screenshot } from '../model/screenshot-types';
import type { Receipt } from '../model/receipt-types';
import { stampViewsOnWrite } from './view-stamp';

import { DB_NAME } from './db-name';

export { DB_NAME };

/** The rules' per-wallet fold state, so a new event costs one fold step (src/rules/README.md). */
export interface StoredSummary {
  walletId: string;
  summary: WalletSummary;
}

export type SentinelDb = Dexie & {
  events: EntityTable<StoredEvent, 'id'>;
  findings: EntityTable<Finding, 'id'>;
  summaries: EntityTable<StoredSummary, 'walletId'>;
  cases: EntityTable<RecoveryCase, 'id'>;
  gaps: EntityTable<ChainGap, 'id'>;
  receipts: EntityTable<Receipt, 'id'>;
  screenshots: EntityTable<Screenshot, 'id'>;
};

/**
 * Every `version()` ever shipped stays here, oldest first, each with its upgrade: a user who
 * skipped releases is migrated step by step.
 */
export function openDb(
  name = DB_NAME,
  options?: ConstructorParameters<typeof Dexie>[1],
): SentinelDb {
  const db = new Dexie(name, options) as SentinelDb;
  db.version(1).stores({
    // `[kind+at]` serves "failures in the last 24 h" without scanning every failure ever seen.
    events: '++id, at, kind, [walletId+at], [kind+at], attemptId',
    findings: 'id, ruleId, walletId, status, at',
  });
  // v2: the rules' fold summaries. Derived data only: nothing to migrate, rebuilt when missing.
  db.version(2).stores({ summaries: 'walletId' });
  // v3: recovery cases (src/storage/case-types.ts) and recorded chain gaps (gap-types.ts).
  // New tables only: nothing to migrate.
  db.version(3).stores({
    cases: '++id, walletId, status, findingId, updatedAt',
    gaps: '++id, at',
  });
  // v4: delivery receipts (receipt-types.ts), so a content script's retry is not a second event.
  // A new table beside `events`, whose contract stays as it was: nothing to migrate.
  db.version(4).stores({ receipts: 'id, at, eventId' });
  // v5: screenshots the user took as evidence (screenshot-types.ts). A new table: nothing to migrate.
  db.version(5).stores({ screenshots: '++id, at, [walletId+at]' });
  // Saved views (the popup's) go stale with any write to what they show: src/storage/view-stamp.ts (the saved views themselves are in src/views/).
  stampViewsOnWrite(db);
  return db;
}
