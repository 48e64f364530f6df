import type { Finding } from '../../model/event-types';

/**
 * A finding's sentence as data: a message key and the values for its placeholders. Rules say
 * what to show; src/wording/finding-detail.ts formats the values for the user's language and
 * zone (rules sit below wording and never format text themselves).
 */
export type DetailValue =
  | number
  | string
  | { type: 'money'; value: string; currency: string }
  | { type: 'time'; at: number; style: 'time' | 'date' | 'due' | 'both'; timeZone?: string }
  /** Long addresses keep their start and end, the parts people compare. */
  | { type: 'address'; value: string }
  /** `3` → `03:00`. */
  | { type: 'hour'; hour: number }
  | { type: 'wallet'; walletId: string }
  /** The site's own words: shown without the links, phone numbers and handles in them. */
  | { type: 'quote'; text: string };

export interface Detail {
  /** A key of src/_locales/<lang>/messages.json (`detail_<rule>`). */
  key: string;
  values: DetailValue[];
}

export type FindingParams = Finding['params'];

/**
 * The sentence for a finding's params, or undefined when they lack what it needs. A value that
 * formats to nothing (a missing number, an empty string) also falls back to the rule's title:
 * never a sentence with holes.
 */
export type Describe = (params: FindingParams) => Detail | undefined;

export const num = (p: FindingParams, key: string) =>
  typeof p[key] === 'number' ? (p[key] as number) : NaN;
export const str = (p: FindingParams, key: string) =>
  typeof p[key] === 'string' ? (p[key] as string) : '';

export const money = (value: string, currency: string): DetailValue => ({
  type: 'money',
  value,
  currency,
});
export const time = (
  at: number,
  style: 'time' | 'date' | 'due' | 'both' = 'both',
  timeZone?: string,
): DetailValue => ({ type: 'time', at, style, timeZone });
export const address = (value: string): DetailValue => ({ type: 'address', value });
export const hour = (h: number): DetailValue => ({ type: 'hour', hour: h });
export const wallet = (walletId: string): DetailValue => ({ type: 'wallet', walletId });
export const quote = (text: string): DetailValue => ({ type: 'quote', text });

/** The sentence of a daily or monthly overrun: used, cap, and when the period resets. */
export const describeUsage =
  (period: 'day' | 'month'): Describe =>
  (p) => {
    const currency = str(p, 'currency');
    if (!str(p, 'used') || !str(p, 'limit')) return undefined;
    return {
      key: period === 'day' ? 'detail_withdrawal_limit_daily' : 'detail_withdrawal_limit_monthly',
      values: [
        money(str(p, 'used'), currency),
        money(str(p, 'limit'), currency),
        time(num(p, 'resetsAt'), period === 'day' ? 'time' : 'date', str(p, 'timeZone')),
      ],
    };
  };
