import { NUMERIC_RANGES } from '../../rules/coerce-rule-settings';
import type { WithdrawalLimit } from '../../rules/rule-settings';
import { MAX_LIMITS } from '../../storage/settings';
import { problem, type Problem } from './problem';
import { parseCurrency, parseLimitAmount, parseNumber } from './validate';

/** One row of the limits table as typed: every field a string until it validates. */
export interface LimitDraft {
  walletId: string;
  currency: string;
  daily: string;
  monthly: string;
}

export interface LimitsDraft {
  rows: LimitDraft[];
  nearLimitPercent: string;
}

/** Problems by field id (`limit-2-daily`, `near-limit`); empty when the form may be saved. */
export type FieldProblems = Record<string, Problem>;

export const fieldId = (row: number, field: keyof LimitDraft) => `limit-${row}-${field}`;

export function limitsDraft(limits: readonly WithdrawalLimit[], nearLimitPercent: number) {
  return {
    rows: limits.map((l) => ({
      walletId: l.walletId,
      currency: l.currency,
      daily: l.daily ?? '',
      monthly: l.monthly ?? '',
    })),
    nearLimitPercent: String(nearLimitPercent),
  } satisfies LimitsDraft;
}

/**
 * The whole table checked at once. Saved only when `problems` is empty: then `limits` and
 * `nearLimitPercent` replace the stored ones together.
 */
export function validateLimits(
  draft: LimitsDraft,
  knownWallets: ReadonlySet<string>,
): { problems: FieldProblems; limits: WithdrawalLimit[]; nearLimitPercent: number } {
  const problems: FieldProblems = {};
  const limits: WithdrawalLimit[] = [];
  const seen = new Set<string>();
  if (draft.rows.length > MAX_LIMITS) {
    problems['limits-add'] = problem('optionsErrorTooManyLimits', MAX_LIMITS);
  }
  draft.rows.forEach((row, i) => {
    if (!knownWallets.has(row.walletId)) {
      problems[fieldId(i, 'walletId')] = problem('optionsErrorLimitWallet');
    }
    const currency = parseCurrency(row.currency);
    if (!currency.ok) problems[fieldId(i, 'currency')] = currency.problem;
    const daily = parseLimitAmount(row.daily);
    const monthly = parseLimitAmount(row.monthly);
    if (!daily.ok) problems[fieldId(i, 'daily')] = daily.problem;
    if (!monthly.ok) problems[fieldId(i, 'monthly')] = monthly.problem;
    if (daily.ok && monthly.ok) {
      if (daily.value === undefined && monthly.value === undefined) {
        problems[fieldId(i, 'daily')] = problem('optionsErrorLimitEmpty');
      } else if (daily.value && monthly.value && Number(daily.value) > Number(monthly.value)) {
        problems[fieldId(i, 'daily')] = problem('optionsErrorDailyOverMonthly');
      }
    }
    if (currency.ok) {
      const key = `${row.walletId}\u0000${currency.value}`;
      if (seen.has(key)) problems[fieldId(i, 'currency')] = problem('optionsErrorLimitDuplicate');
      seen.add(key);
    }
    if (currency.ok && daily.ok && monthly.ok) {
      limits.push({
        walletId: row.walletId,
        currency: currency.value,
        ...(daily.value ? { daily: daily.value } : {}),
        ...(monthly.value ? { monthly: monthly.value } : {}),
      });
    }
  });
  const near = parseNumber(draft.nearLimitPercent, NUMERIC_RANGES.nearLimitPercent);
  if (!near.ok) problems['near-limit'] = near.problem;
  return { problems, limits, nearLimitPercent: near.ok ? near.value : 0 };
}
