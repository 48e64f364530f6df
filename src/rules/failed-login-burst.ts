import { declareRule } from './engine/declare';
import { burstRule } from './burst';
import { num } from './engine/describe';

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const failedLoginBurstDeclaration = declareRule({
  id: 'failed-login-burst',
  thresholds: {
    /** Failed sign-ins… (most sites lock an account after 3 to 5). */
    failedLoginCount: {
      default: 3,
      min: 2,
      max: 1000,
      int: true,
      label: 'optionsThFailedLoginCount',
      group: 'sign-ins',
    },
    /** …within this many minutes (inclusive). */
    failedLoginWindowMinutes: {
      default: 10,
      min: 1,
      max: 24 * 60,
      int: false,
      label: 'optionsThFailedLoginWindowMinutes',
      group: 'sign-ins',
    },
  },
  // No time in the sentence: the card shows when, once (issue 15).
  describe: (p) => ({
    key: 'detail_failed_login_burst',
    values: [num(p, 'count'), num(p, 'windowMinutes')],
  }),
});

/**
 * Several failed sign-ins in a short time: someone may be guessing the password. One finding per
 * burst, keyed by its first failure, growing while failures keep coming within the window.
 */
export const failedLoginBurst = burstRule(failedLoginBurstDeclaration, {
  kind: 'login.failure',
  count: 'failedLoginCount',
  window: 'failedLoginWindowMinutes',
  unit: 'minutes',
  severity: 'warning',
  cause: 'security',
  guide: 'secure-account',
});
