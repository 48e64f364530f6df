import type { RecoveryCase } from '../../model/case-types';
import type { Finding, StoredEvent } from '../../model/event-types';
import type { RuleSettings } from '../../rules/rule-settings';
import type { SentinelDb } from '../../storage/db';
import { walletEvents } from '../../storage/event-query';
import { limitSpan, limitUse, type LimitUse } from '../log/limit-usage';

/** How many sign-ins and withdrawals the wallet page's timeline shows. */
export const TIMELINE_SIZE = 12;
const TIMELINE_KINDS = new Set([
  'login.success',
  'login.failure',
  'login.challenge',
  'withdrawal.success',
  'withdrawal.pending',
  'withdrawal.failure',
  'withdrawal.attempt',
  'notice',
]);

export interface WalletData {
  findings: Finding[];
  cases: RecoveryCase[];
  timeline: StoredEvent[];
  limits: LimitUse[];
  /** The newest event of the wallet, if any. */
  lastAt?: number;
}

/**
 * What the wallet page shows, read through indexes only — never the whole events table: the
 * wallet's findings and cases by their `walletId` index, the newest events by `[walletId+at]`
 * walked backwards until the timeline is full, and this month's events for the limits.
 */
export async function readWalletData(
  db: SentinelDb,
  walletId: string,
  rules: RuleSettings,
  now: number,
): Promise<WalletData> {
  const span = limitSpan(now, rules.timeZone);
  const [findings, cases, timeline, month] = await Promise.all([
    db.findings.where('walletId').equals(walletId).toArray(),
    db.cases.where('walletId').equals(walletId).toArray(),
    db.events
      .where('[walletId+at]')
      .between([walletId, -Infinity], [walletId, Infinity])
      .reverse()
      .filter((e) => TIMELINE_KINDS.has(e.kind))
      .limit(TIMELINE_SIZE)
      .toArray(),
    rules.limits.some((l) => l.walletId === walletId)
      ? walletEvents(db, walletId, span.from, span.to)
      : Promise.resolve([]),
  ]);
  const newest = await db.events
    .where('[walletId+at]')
    .between([walletId, -Infinity], [walletId, Infinity])
    .last();
  return {
    findings: findings.filter((f) => f.status === 'open'),
    cases: cases.sort((a, b) => b.updatedAt - a.updatedAt),
    timeline,
    limits: rules.limits
      .filter((l) => l.walletId === walletId)
      .map((l) => limitUse(l, month, rules, now)),
    ...(newest ? { lastAt: newest.at } : {}),
  };
}
