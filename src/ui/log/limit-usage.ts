import { calendarFor } from '../../rules/engine/calendar';
import type { RuleSettings, WithdrawalLimit } from '../../rules/rule-settings';
import { addToUsage, capsFor, newUsage, usageOf, type Unit } from '../../rules/withdrawal-usage';
import type { StoredEvent } from '../../model/event-types';
import { DAY } from '../../model/time';

/**
 * How much of each of the user's withdrawal caps today and this month have used, counted the
 * way the limit rules count (src/rules/withdrawal-usage.ts): once per attempt, failures not
 * counted, pending counted, calendar periods in the user's zone. Pure.
 */
export interface CapUse {
  used: string;
  cap: string;
  /** used / cap, 0 when the cap is not a number. */
  ratio: number;
  /** When the period starts again, epoch ms. */
  resetsAt: number;
}

export interface LimitUse {
  walletId: string;
  currency: string;
  daily?: CapUse;
  monthly?: CapUse;
}

/** The span of events the totals need: this month, plus two days for attempts made just before. */
export function limitSpan(now: number, timeZone: string): { from: number; to: number } {
  return { from: calendarFor(timeZone).month(now).start - 2 * DAY, to: now + 1 };
}

const WITHDRAWALS = new Set([
  'withdrawal.attempt',
  'withdrawal.success',
  'withdrawal.pending',
  'withdrawal.failure',
]);

/** Usage of one limit from the wallet's events of `limitSpan`, in fold order (time, then id). */
export function limitUse(
  limit: WithdrawalLimit,
  events: readonly StoredEvent[],
  rules: RuleSettings,
  now: number,
): LimitUse {
  const calendar = calendarFor(rules.timeZone);
  const currency = limit.currency.toUpperCase();
  const caps = capsFor(rules, limit.walletId);
  const out: LimitUse = { walletId: limit.walletId, currency };
  for (const unit of ['daily', 'monthly'] as const satisfies readonly Unit[]) {
    const cap = caps[unit].get(currency);
    if (!cap) continue;
    const state = newUsage();
    for (const event of events) {
      if (WITHDRAWALS.has(event.kind)) addToUsage(state, event, calendar, unit, caps[unit]);
    }
    const period = unit === 'daily' ? calendar.day(now) : calendar.month(now);
    const used = state.key === period.key ? usageOf(state, currency).total : undefined;
    const ratio = used ? Number(used.div(cap)) : 0;
    out[unit] = { used: used?.toString() ?? '0', cap: cap.toString(), ratio, resetsAt: period.end };
  }
  return out;
}
