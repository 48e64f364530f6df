import { declareRule } from './engine/declare';
import { burstRule } from './burst';
import { num } from './engine/describe';

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const withdrawalFailuresRepeatedDeclaration = declareRule({
  id: 'withdrawal-failures-repeated',
  thresholds: {
    /** Failed withdrawals… */
    failuresCount: {
      default: 3,
      min: 2,
      max: 1000,
      int: true,
      label: 'optionsThFailuresCount',
      group: 'withdrawals',
    },
    /** …within this many hours. */
    failuresWindowHours: {
      default: 24,
      min: 0.1,
      max: 24 * 31,
      int: false,
      label: 'optionsThFailuresWindowHours',
      group: 'withdrawals',
    },
  },
  describe: (p) => ({
    key: 'detail_withdrawal_failures_repeated',
    values: [num(p, 'count'), num(p, 'windowHours')],
  }),
});

/**
 * Withdrawals that keep failing. The cause is not known yet (technical, limits, compliance or a
 * frozen account), so the guide starts with checking the account status. `params.message` keeps
 * the site's own words on the latest failure, for the message and for support.
 */
export const withdrawalFailuresRepeated = burstRule(withdrawalFailuresRepeatedDeclaration, {
  kind: 'withdrawal.failure',
  count: 'failuresCount',
  window: 'failuresWindowHours',
  unit: 'hours',
  severity: 'warning',
  cause: 'technical',
  guide: 'step-status',
  message: 'latest',
});
