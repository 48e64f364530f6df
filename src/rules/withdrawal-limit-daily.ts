import { declareRule } from './engine/declare';
import { describeUsage } from './engine/describe';
import { pushCapped } from './engine/chain';
import { num, quote, str, time } from './engine/describe';
import { defineRule } from './engine/types';
import { addToUsage, capsFor, newUsage, usageOf, type UsageState } from './withdrawal-usage';
import { DAY } from '../model/time';

interface State {
  usage: UsageState;
  /** `limit` notices of the current day: the site itself says a cap was hit. */
  siteDay: string;
  siteIds: number[];
}

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const withdrawalLimitDailyDeclaration = declareRule({
  id: 'withdrawal-limit-daily',
  describe: (p) =>
    str(p, 'source') === 'site'
      ? {
          key: 'detail_withdrawal_limit_daily_site',
          values: [quote(str(p, 'message')), time(num(p, 'resetsAt'), 'time', str(p, 'timeZone'))],
        }
      : describeUsage('day')(p),
});

/**
 * Withdrawals of one calendar day (user's zone) above the user's daily cap for that wallet and
 * currency — strictly above: reaching the cap exactly is allowed. Also raised, keyed
 * `<day>:site`, when the site shows a limit notice, since most exchange caps are per day.
 */
export const withdrawalLimitDaily = defineRule<State>(withdrawalLimitDailyDeclaration, {
  kinds: [
    'notice',
    'withdrawal.attempt',
    'withdrawal.failure',
    'withdrawal.pending',
    'withdrawal.success',
  ],
  lookback: () => 2 * DAY,
  init: () => ({ usage: newUsage(), siteDay: '', siteIds: [] }),
  step(state, event, ctx) {
    if (event.kind === 'notice') {
      if (event.notice !== 'limit') return;
      const day = ctx.calendar.day(event.at);
      if (state.siteDay !== day.key) Object.assign(state, { siteDay: day.key, siteIds: [] });
      pushCapped(state.siteIds, event.id);
      ctx.emit({
        key: `${day.key}:site`,
        severity: 'warning',
        cause: 'limits',
        guide: 'cause-limits',
        eventIds: state.siteIds,
        params: {
          source: 'site',
          period: 'day',
          periodKey: day.key,
          message: event.message ?? '',
          resetsAt: day.end,
          timeZone: ctx.settings.timeZone,
        },
      });
      return;
    }
    const tracked = capsFor(ctx.settings, ctx.walletId).daily;
    if (tracked.size === 0) return;
    const currency = addToUsage(state.usage, event, ctx.calendar, 'daily', tracked);
    if (currency === undefined) return;
    const limit = tracked.get(currency);
    if (!limit) return;
    const used = usageOf(state.usage, currency);
    if (!used.total.gt(limit)) return;
    ctx.emit({
      key: `${state.usage.key}:${currency}`,
      severity: 'warning',
      cause: 'limits',
      guide: 'cause-limits',
      eventIds: used.eventIds,
      at: used.at,
      params: {
        source: 'settings',
        period: 'day',
        periodKey: String(state.usage.key),
        currency,
        used: used.total.toString(),
        limit: limit.toString(),
        over: used.total.minus(limit).toString(),
        count: used.count,
        resetsAt: state.usage.end,
        timeZone: ctx.settings.timeZone,
      },
    });
  },
});
