import { burstRule } from './burst';
import { num } from './engine/describe';

/**
 * Many withdrawal attempts in a short time: how a stolen account is emptied. Counts attempts,
 * not outcomes, so the attempt and its result are one withdrawal.
 */
export const withdrawalVelocity = burstRule({
  id: 'withdrawal-velocity',
  kind: 'withdrawal.attempt',
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
  count: 'velocityCount',
  window: 'velocityWindowMinutes',
  unit: 'minutes',
  severity: 'warning',
  cause: 'security',
  guide: 'secure-account',
  describe: (p) => ({
    key: 'detail_withdrawal_velocity',
    values: [num(p, 'count'), num(p, 'windowMinutes')],
  }),
});
