import type { Amount } from '../../model/event-types';
import { formatter } from '../../wording/format';
import { formatDecimal, locale } from '../../wording/i18n';

/**
 * Formatting for the log's rows and chart, in the user's zone. An `Intl.DateTimeFormat` costs
 * far more to build than to use, and a scroll renders dozens of rows a frame: `formatter`
 * (src/wording/format.ts) builds each once per language, zone and style.
 */
/** A chart bucket's start: an hour ("Dec 8, 09:00", 24-hour like every time), a day or a month. */
export function formatBucket(at: number, unit: 'hour' | 'day' | 'month', timeZone: string): string {
  const options: Intl.DateTimeFormatOptions =
    unit === 'hour'
      ? { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
      : unit === 'day'
        ? { dateStyle: 'medium' }
        : { year: 'numeric', month: 'short' };
  return formatter(options, timeZone).format(at);
}

const amounts = new Map<string, string>();

/** "1,234.56 USDT"; remembered, since scrolling back and forth shows the same rows again. */
export function formatAmount(amount: Amount): string {
  const key = `${locale()}|${amount.value}|${amount.currency}`;
  let text = amounts.get(key);
  if (text === undefined) {
    if (amounts.size > 5_000) amounts.clear();
    amounts.set(key, (text = `${formatDecimal(amount.value)} ${amount.currency}`));
  }
  return text;
}

/** Long addresses keep their start and end — the parts address-poisoning imitates. */
export function shortDestination(destination: string): string {
  return destination.length > 18
    ? `${destination.slice(0, 8)}…${destination.slice(-6)}`
    : destination;
}
