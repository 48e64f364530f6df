import { declareRule } from './engine/declare';
import { describeUsage } from './engine/describe';
import { defineRule } from './engine/types';
import { addToUsage, capsFor, newUsage, usageOf, type UsageState } from './withdrawal-usage';
import { DAY } from '../model/time';

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const withdrawalLimitMonthlyDeclaration = declareRule({
  id: 'withdrawal-limit-monthly',
  describe: describeUsage('month'),
});

/**
 * Withdrawals of one calendar month (user's zone) strictly above the user's monthly cap for that
 * wallet and currency. Resets on the 1st at local midnight.
 */
export const withdrawalLimitMonthly = defineRule<UsageState>(withdrawalLimitMonthlyDeclaration, {
  kinds: ['withdrawal.attempt', 'withdrawal.failure', 'withdrawal.pending', 'withdrawal.success'],
  lookback: () => 32 * DAY,
  init: newUsage,
  step(state, event, ctx) {
    const tracked = capsFor(ctx.settings, ctx.walletId).monthly;
    if (tracked.size === 0) return;
    const currency = addToUsage(state, event, ctx.calendar, 'monthly', tracked);
    if (currency === undefined) return;
    const limit = tracked.get(currency);
    if (!limit) return;
    const used = usageOf(state, currency);
    if (!used.total.gt(limit)) return;
    ctx.emit({
      key: `${state.key}:${currency}`,
      severity: 'warning',
      cause: 'limits',
      guide: 'cause-limits',
      eventIds: used.eventIds,
      at: used.at,
      params: {
        source: 'settings',
        period: 'month',
        periodKey: String(state.key),
        currency,
        used: used.total.toString(),
        limit: limit.toString(),
        over: used.total.minus(limit).toString(),
        count: used.count,
        resetsAt: state.end,
        timeZone: ctx.settings.timeZone,
      },
    });
  },
});
