import { accountFrozen } from './account-frozen';
import { addressPoisoning } from './address-poisoning';
import { caseOverdueRule } from './case-overdue';
import { complianceRestriction } from './compliance-restriction';
import type { Rule } from './engine/types';
import { failedLoginBurst } from './failed-login-burst';
import { kycRequired } from './kyc-required';
import { loginUnusualHour } from './login-unusual-hour';
import { lookalikeDomain } from './lookalike-domain';
import { maintenance } from './maintenance';
import { noSecondFactor } from './no-second-factor';
import { reviewOverdueRule } from './review-overdue';
import { siteOutage } from './site-outage';
import type { TimeRule } from './time-rules';
import { withdrawalAmountOutlier } from './withdrawal-amount-outlier';
import { withdrawalFailuresRepeated } from './withdrawal-failures-repeated';
import { withdrawalLimitDaily } from './withdrawal-limit-daily';
import { withdrawalLimitMonthly } from './withdrawal-limit-monthly';
import { withdrawalLimitNear } from './withdrawal-limit-near';
import { withdrawalNewDestination } from './withdrawal-new-destination';
import { withdrawalVelocity } from './withdrawal-velocity';

/**
 * Every event rule, sorted by id; each lives in the file named after its id and declares
 * everything about itself. The rest of this file is derived from this list. The two rules about
 * time passing (`case-overdue`, `review-overdue`) are not folds over events: see time-rules.ts.
 */
const EVENT_RULES = [
  accountFrozen,
  addressPoisoning,
  complianceRestriction,
  failedLoginBurst,
  kycRequired,
  loginUnusualHour,
  lookalikeDomain,
  maintenance,
  noSecondFactor,
  siteOutage,
  withdrawalAmountOutlier,
  withdrawalFailuresRepeated,
  withdrawalLimitDaily,
  withdrawalLimitMonthly,
  withdrawalLimitNear,
  withdrawalNewDestination,
  withdrawalVelocity,
] as const;

/** The engine's view: each rule reads its own numbers from the settings it is given. */
export const RULES: readonly Rule[] = EVENT_RULES;

export const TIME_RULES: readonly TimeRule[] = [caseOverdueRule, reviewOverdueRule];

export { describerOf, THRESHOLDS, type ThresholdKey } from './declarations';
