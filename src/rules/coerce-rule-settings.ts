import { isRuleId, type RuleId } from '../model/rule-ids';
import { THRESHOLDS, type ThresholdKey } from './declarations';
import { DEFAULT_RULE_SETTINGS, type RuleSettings, type WithdrawalLimit } from './rule-settings';

type NumericKey = ThresholdKey;

/** Allowed range of every number; `int` ones must be whole. A value outside falls back to the default. */
export const NUMERIC_RANGES = Object.fromEntries(
  Object.entries(THRESHOLDS).map(([key, { min, max, int }]) => [key, { min, max, int }]),
) as Record<NumericKey, { min: number; max: number; int: boolean }>;

/** A positive decimal as a user writes it: digits, at most one point, no exponent, no sign. */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function coerceDecimal(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  // A zero cap would flag every withdrawal: treat it as "no cap", like an empty field.
  return DECIMAL.test(trimmed) && /[1-9]/.test(trimmed) ? trimmed : undefined;
}

function coerceLimit(raw: unknown): WithdrawalLimit | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.walletId !== 'string' || r.walletId.trim() === '') return undefined;
  if (typeof r.currency !== 'string' || r.currency.trim() === '') return undefined;
  const limit: WithdrawalLimit = {
    walletId: r.walletId.trim(),
    currency: r.currency.trim().toUpperCase(),
  };
  const daily = coerceDecimal(r.daily);
  const monthly = coerceDecimal(r.monthly);
  if (daily !== undefined) limit.daily = daily;
  if (monthly !== undefined) limit.monthly = monthly;
  return daily === undefined && monthly === undefined ? undefined : limit;
}

/**
 * Settings from storage, repaired: any missing, mistyped or out-of-range value becomes its
 * default, unknown keys are dropped, bad limit entries are left out. Never throws.
 */
export function coerceRuleSettings(raw: unknown): RuleSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const out: RuleSettings = { ...DEFAULT_RULE_SETTINGS, disabledRules: [], limits: [] };
  for (const key of Object.keys(NUMERIC_RANGES) as NumericKey[]) {
    const { min, max, int } = NUMERIC_RANGES[key];
    const value = r[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (value < min || value > max || (int && !Number.isInteger(value))) continue;
    out[key] = value;
  }
  if (isTimeZone(r.timeZone)) out.timeZone = r.timeZone;
  if (Array.isArray(r.disabledRules)) {
    out.disabledRules = [...new Set(r.disabledRules.filter(isRuleId))].sort() as RuleId[];
  }
  if (Array.isArray(r.limits)) {
    out.limits = r.limits.map(coerceLimit).filter((l): l is WithdrawalLimit => l !== undefined);
  }
  return out;
}
