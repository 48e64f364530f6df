import Big from 'big.js';
import type { Amount, Finding, Severity, StoredEvent } from '../model/event-types';
import { DAY } from '../model/time';

/**
 * The weekly summary (issue 16, opt-in), as a pure fold: what the last seven days held — sign-ins, withdrawals
 * and their amounts by currency, new destinations, the warnings still open, recovery cases past
 * their deadline — with "all normal" said as such. Shown on the log page (its "This week"
 * section) and, once a week, as a notification; reading it is a review of the log, so it
 * satisfies `review-overdue` like opening the log does. The log page and the worker read it
 * through src/views/weekly-summary.ts.
 */
export const WEEK = 7 * DAY;

export interface WeeklySummary {
  from: number;
  to: number;
  signIns: { succeeded: number; failed: number };
  withdrawals: { completed: number; pending: number; failed: number };
  /** Completed and pending withdrawals, summed per currency (exact decimal strings). */
  amounts: Amount[];
  newDestinations: number;
  openWarnings: Record<Severity, number>;
  overdueCases: number;
  /** No open warning, no overdue case, no failed sign-in or withdrawal in the week. */
  allNormal: boolean;
}

const DECIMAL = /^\d+(\.\d+)?$/;

export function summarise(
  events: readonly StoredEvent[],
  findings: readonly Finding[],
  overdueCases: number,
  from: number,
  to: number,
): WeeklySummary {
  const signIns = { succeeded: 0, failed: 0 };
  const withdrawals = { completed: 0, pending: 0, failed: 0 };
  const sums = new Map<string, string>();
  for (const e of events) {
    if (e.at < from || e.at >= to) continue;
    if (e.kind === 'login.success') signIns.succeeded += 1;
    else if (e.kind === 'login.failure') signIns.failed += 1;
    else if (e.kind === 'withdrawal.failure') withdrawals.failed += 1;
    else if (e.kind === 'withdrawal.success' || e.kind === 'withdrawal.pending') {
      if (e.kind === 'withdrawal.success') withdrawals.completed += 1;
      else withdrawals.pending += 1;
      if (e.amount && DECIMAL.test(e.amount.value))
        sums.set(
          e.amount.currency,
          new Big(sums.get(e.amount.currency) ?? '0').plus(e.amount.value).toFixed(),
        );
    }
  }
  const open = findings.filter((f) => f.status === 'open');
  const openWarnings: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const f of open) openWarnings[f.severity] += 1;
  const newDestinations = findings.filter(
    (f) =>
      (f.ruleId === 'withdrawal-new-destination' || f.ruleId === 'address-poisoning') &&
      f.at >= from &&
      f.at < to,
  ).length;
  return {
    from,
    to,
    signIns,
    withdrawals,
    amounts: [...sums]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([currency, value]) => ({ value, currency })),
    newDestinations,
    openWarnings,
    overdueCases,
    allNormal:
      openWarnings.critical + openWarnings.warning === 0 &&
      overdueCases === 0 &&
      signIns.failed === 0 &&
      withdrawals.failed === 0,
  };
}
