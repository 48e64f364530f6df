import { accountFrozen } from './account-frozen';
import { addressPoisoning } from './address-poisoning';
import { caseOverdue } from './case-overdue';
import { complianceRestriction } from './compliance-restriction';
import type { Rule } from './engine/types';
import { failedLoginBurst } from './failed-login-burst';
import { kycRequired } from './kyc-required';
import { loginUnusualHour } from './login-unusual-hour';
import { lookalikeDomain } from './lookalike-domain';
import { maintenance } from './maintenance';
import { noSecondFactor } from './no-second-factor';
import { reviewOverdue } from './review-overdue';
import { siteOutage } from './site-outage';
import { withdrawalAmountOutlier } from './withdrawal-amount-outlier';
import { withdrawalFailuresRepeated } from './withdrawal-failures-repeated';
import { withdrawalLimitDaily } from './withdrawal-limit-daily';
import { withdrawalLimitMonthly } from './withdrawal-limit-monthly';
import { withdrawalLimitNear } from './withdrawal-limit-near';
import { withdrawalNewDestination } from './withdrawal-new-destination';
import { withdrawalVelocity } from './withdrawal-velocity';

/** Every rule, sorted by id; each lives in the file named after its id. */
export const RULES: readonly Rule[] = [
  accountFrozen,
  addressPoisoning,
  caseOverdue,
  complianceRestriction,
  failedLoginBurst,
  kycRequired,
  loginUnusualHour,
  lookalikeDomain,
  maintenance,
  noSecondFactor,
  reviewOverdue,
  siteOutage,
  withdrawalAmountOutlier,
  withdrawalFailuresRepeated,
  withdrawalLimitDaily,
  withdrawalLimitMonthly,
  withdrawalLimitNear,
  withdrawalNewDestination,
  withdrawalVelocity,
];
