import { declareRule } from './engine/declare';
import type Big from 'big.js';
import { money, num, str, time } from './engine/describe';
import { defineRule, type RuleContext } from './engine/types';
import { addToUsage, capsFor, newUsage, usageOf, type UsageState } from './withdrawal-usage';
import { DAY } from '../model/time';

interface State {
  day: UsageState;
  month: UsageState;
}

const thresholds = new WeakMap<Big, Big>();

/** `percent` of the cap, computed once per cap (caps are parsed once per settings). */
function nearThreshold(limit: Big, percent: number): Big {
  let t = thresholds.get(limit);
  if (!t) thresholds.set(limit, (t = limit.times(percent).div(100)));
  return t;
}

function check(
  usage: UsageState,
  currency: string,
  period: 'daily' | 'monthly',
  limit: Big | undefined,
  ctx: RuleContext<'nearLimitPercent'>,
): void {
  if (!limit) return;
  const used = usageOf(usage, currency);
  // Near means at or above the threshold and not over: an overrun is the daily/monthly rule's.
  if (used.total.gt(limit) || used.total.lt(nearThreshold(limit, ctx.settings.nearLimitPercent))) {
    return;
  }
  ctx.emit({
    key: `${usage.key}:${currency}`,
    severity: 'info',
    cause: 'limits',
    guide: 'cause-limits',
    eventIds: used.eventIds,
    at: used.at,
    params: {
      period: period === 'daily' ? 'day' : 'month',
      periodKey: String(usage.key),
      currency,
      used: used.total.toString(),
      limit: limit.toString(),
      left: limit.minus(used.total).toString(),
      // For display only: a float is exact enough, and Big division is slow.
      percent: Math.floor((Number(used.total) / Number(limit)) * 100),
      thresholdPercent: ctx.settings.nearLimitPercent,
      resetsAt: usage.end,
      timeZone: ctx.settings.timeZone,
    },
  });
}

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const withdrawalLimitNearDeclaration = declareRule({
  id: 'withdrawal-limit-near',
  thresholds: {
    /** Warn once a day's or month's withdrawals reach this percent of the cap without passing it. */
    nearLimitPercent: {
      default: 80,
      min: 1,
      max: 100,
      int: false,
      label: 'optionsNearLimit',
      group: 'limits',
    },
  },
  describe: (p) => {
    const currency = str(p, 'currency');
    const day = str(p, 'period') === 'day';
    return {
      key: day ? 'detail_withdrawal_limit_near_day' : 'detail_withdrawal_limit_near_month',
      values: [
        num(p, 'percent'),
        money(str(p, 'used'), currency),
        money(str(p, 'limit'), currency),
        money(str(p, 'left'), currency),
        time(num(p, 'resetsAt'), day ? 'time' : 'date', str(p, 'timeZone')),
      ],
    };
  },
});

/**
 * A day's or month's withdrawals have reached `nearLimitPercent` of the user's cap (80% by
 * default) without passing it: the next withdrawal may be refused. Keys are the day
 * (`2026-11-25:USDT`) or the month (`2026-11:USDT`), so each period speaks once.
 */
export const withdrawalLimitNear = defineRule(withdrawalLimitNearDeclaration, {
  kinds: ['withdrawal.attempt', 'withdrawal.failure', 'withdrawal.pending', 'withdrawal.success'],
  lookback: () => 32 * DAY,
  init: (): State => ({ day: newUsage(), month: newUsage() }),
  step(state, event, ctx) {
    const { daily, monthly } = capsFor(ctx.settings, ctx.walletId);
    const dayCurrency = daily.size
      ? addToUsage(state.day, event, ctx.calendar, 'daily', daily)
      : undefined;
    const monthCurrency = monthly.size
      ? addToUsage(state.month, event, ctx.calendar, 'monthly', monthly)
      : undefined;
    if (dayCurrency !== undefined)
      check(state.day, dayCurrency, 'daily', daily.get(dayCurrency), ctx);
    if (monthCurrency !== undefined) {
      check(state.month, monthCurrency, 'monthly', monthly.get(monthCurrency), ctx);
    }
  },
});
