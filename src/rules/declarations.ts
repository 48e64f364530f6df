import { caseOverdueRule } from './case-overdue';
import type { Describe } from './engine/describe';
import type { RuleDeclaration } from './engine/declare';
import type { Threshold } from './engine/shared-settings';
import { reviewOverdueRule } from './review-overdue';
import { accountFrozenDeclaration } from './account-frozen';
import { addressPoisoningDeclaration } from './address-poisoning';
import { complianceRestrictionDeclaration } from './compliance-restriction';
import { failedLoginBurstDeclaration } from './failed-login-burst';
import { kycRequiredDeclaration } from './kyc-required';
import { loginUnusualHourDeclaration } from './login-unusual-hour';
import { lookalikeDomainDeclaration } from './lookalike-domain';
import { maintenanceDeclaration } from './maintenance';
import { noSecondFactorDeclaration } from './no-second-factor';
import { siteOutageDeclaration } from './site-outage';
import { withdrawalAmountOutlierDeclaration } from './withdrawal-amount-outlier';
import { withdrawalFailuresRepeatedDeclaration } from './withdrawal-failures-repeated';
import { withdrawalLimitDailyDeclaration } from './withdrawal-limit-daily';
import { withdrawalLimitMonthlyDeclaration } from './withdrawal-limit-monthly';
import { withdrawalLimitNearDeclaration } from './withdrawal-limit-near';
import { withdrawalNewDestinationDeclaration } from './withdrawal-new-destination';
import { withdrawalVelocityDeclaration } from './withdrawal-velocity';

/**
 * What every rule declares about itself besides its fold (engine/declare.ts), sorted by id: the
 * options, the stored settings' defaults and ranges, and the finding sentences are derived from
 * this list. Pages import this file, never registry.ts, so no fold is bundled into them.
 */
const EVENT_RULE_DECLARATIONS = [
  accountFrozenDeclaration,
  addressPoisoningDeclaration,
  complianceRestrictionDeclaration,
  failedLoginBurstDeclaration,
  kycRequiredDeclaration,
  loginUnusualHourDeclaration,
  lookalikeDomainDeclaration,
  maintenanceDeclaration,
  noSecondFactorDeclaration,
  siteOutageDeclaration,
  withdrawalAmountOutlierDeclaration,
  withdrawalFailuresRepeatedDeclaration,
  withdrawalLimitDailyDeclaration,
  withdrawalLimitMonthlyDeclaration,
  withdrawalLimitNearDeclaration,
  withdrawalNewDestinationDeclaration,
  withdrawalVelocityDeclaration,
] as const;

/** Every key of the stored settings that is a rule's number (`failedLoginCount`, …). */
export type ThresholdKey = (typeof EVENT_RULE_DECLARATIONS)[number] extends infer D
  ? D extends { thresholds: infer T }
    ? keyof T & string
    : never
  : never;

/**
 * Every rule's thresholds, in declaration order. A key several rules share (`noticeGapDays`) is
 * one declaration they all use, listed once.
 */
export const THRESHOLDS = Object.fromEntries(
  EVENT_RULE_DECLARATIONS.flatMap((rule) =>
    Object.entries<Threshold>((rule as RuleDeclaration<string>).thresholds ?? {}),
  ),
) as Readonly<Record<ThresholdKey, Threshold>>;

const DESCRIBE = new Map<string, Describe>(
  [...EVENT_RULE_DECLARATIONS, caseOverdueRule, reviewOverdueRule].map((rule) => [
    rule.id,
    rule.describe,
  ]),
);

/** The describe() of the rule behind `ruleId`, undefined for an unknown id. */
export function describerOf(ruleId: string): Describe | undefined {
  return DESCRIBE.get(ruleId);
}

/** The ids of the event rules, in order: registry.ts checks its folds against them. */
export const EVENT_RULE_IDS = EVENT_RULE_DECLARATIONS.map((rule) => rule.id);
