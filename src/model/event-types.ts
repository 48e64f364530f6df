/**
 * The `events` contract of ../shared/DESIGN.md. Other tools read this database: change a field
 * only with a Dexie version upgrade and a migration test.
 */
export const EVENT_KINDS = [
  'login.attempt',
  'login.challenge',
  'login.failure',
  'login.success',
  'logout',
  'notice',
  'site.error',
  'visit.lookalike',
  'withdrawal.attempt',
  'withdrawal.failure',
  'withdrawal.pending',
  'withdrawal.success',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const NOTICE_KINDS = [
  'compliance',
  'frozen',
  'kyc',
  'limit',
  'maintenance',
  'suspicious',
  'terms',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface Amount {
  /** Normalised decimal string, e.g. "1234.56". */
  value: string;
  /** ISO 4217 code or ticker, upper case. */
  currency: string;
}

/** An event before it is stored: storage (storage/store-event.ts, events.ts) adds `id` and `hash`. */
export interface NewEvent {
  at: number;
  kind: EventKind;
  walletId: string;
  origin: string;
  path: string;
  amount?: Amount;
  destination?: string;
  notice?: NoticeKind;
  attemptId?: string;
  message?: string;
}

export interface StoredEvent extends NewEvent {
  id: number;
  hash: string;
}

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const CAUSES = ['technical', 'security', 'compliance', 'limits'] as const;
export type Cause = (typeof CAUSES)[number];
export type FindingStatus = 'open' | 'acknowledged' | 'resolved';

export interface Finding {
  /** Deterministic: rule + wallet + window, so re-evaluation is idempotent. */
  id: string;
  ruleId: string;
  walletId: string;
  severity: Severity;
  cause: Cause;
  at: number;
  eventIds: number[];
  guide: string;
  status: FindingStatus;
  /** Values the finding's message needs ("3 failed sign-ins in 10 min on Binance"). */
  params: Record<string, string | number>;
}
