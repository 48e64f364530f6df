/**
 * Every rule id of ../../../shared/DESIGN.md, sorted. A finding's `ruleId` is one of these and
 * its id starts with it. `case-overdue` and `review-overdue` are time rules (time-rules.ts), the
 * others fold events (registry.ts).
 */
export const RULE_IDS = [
  'account-frozen',
  'address-poisoning',
  'case-overdue',
  'compliance-restriction',
  'failed-login-burst',
  'kyc-required',
  'login-unusual-hour',
  'lookalike-domain',
  'maintenance',
  'no-second-factor',
  'review-overdue',
  'site-outage',
  'withdrawal-amount-outlier',
  'withdrawal-failures-repeated',
  'withdrawal-limit-daily',
  'withdrawal-limit-monthly',
  'withdrawal-limit-near',
  'withdrawal-new-destination',
  'withdrawal-velocity',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

const known = new Set<string>(RULE_IDS);

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && known.has(value);
}
