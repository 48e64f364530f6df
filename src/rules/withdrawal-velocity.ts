import { declareRule } from './engine/declare';
import { burstRule } from './burst';
import { num } from './engine/describe';

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const withdrawalVelocityDeclaration = declareRule({
  id: 'withdrawal-velocity',
  thresholds: {
    /** Withdrawal attempts… */
    velocityCount: {
      default: 3,
      min: 2,
      max: 1000,
      int: true,
      label: 'optionsThVelocityCount',
      group: 'withdrawals',
    },
    /** …within this many minutes. */
    velocityWindowMinutes: {
      default: 15,
      min: 1,
      max: 7 * 24 * 60,
      int: false,
      label: 'optionsThVelocityWindowMinutes',
      group: 'withdrawals',
    },
  },
  describe: (p) => ({
    key: 'detail_withdrawal_velocity',
    values: [num(p, 'count'), num(p, 'windowMinutes')],
  }),
});

/**
 * Many withdrawal attempts in a short time: how a stolen account is emptied. Counts attempts,
 * not outcomes, so the attempt and its result are one withdrawal.
 */
export const withdrawalVelocity = burstRule(withdrawalVelocityDeclaration, {
  kind: 'withdrawal.attempt',
  count: 'velocityCount',
  window: 'velocityWindowMinutes',
  unit: 'minutes',
  severity: 'warning',
  cause: 'security',
  guide: 'secure-account',
});
