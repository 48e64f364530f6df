import { declareRule } from './engine/declare';
import { pushCapped } from './engine/chain';
import { num } from './engine/describe';
import { defineRule } from './engine/types';

interface State {
  signIns: number;
  challenged: boolean;
  eventIds: number[];
}

const KEY = 'history';

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const noSecondFactorDeclaration = declareRule({
  id: 'no-second-factor',
  thresholds: {
    /** Successful sign-ins without any second-factor step before it speaks. */
    noSecondFactorMinSignIns: {
      default: 5,
      min: 1,
      max: 100_000,
      int: true,
      label: 'optionsThNoSecondFactorMinSignIns',
      group: 'sign-ins',
    },
  },
  describe: (p) => ({ key: 'detail_no_second_factor', values: [num(p, 'signIns')] }),
});

/**
 * Sign-ins on this wallet never show a second-factor step: suggest turning it on. Speaks after
 * `noSecondFactorMinSignIns` sign-ins; the first `login.challenge` ends it for good.
 */
export const noSecondFactor = defineRule(noSecondFactorDeclaration, {
  kinds: ['login.challenge', 'login.success'],
  lookback: 'history',
  init: (): State => ({ signIns: 0, challenged: false, eventIds: [] }),
  step(state, event, ctx) {
    if (state.challenged) return;
    if (event.kind === 'login.challenge') {
      state.challenged = true;
      if (state.signIns >= ctx.settings.noSecondFactorMinSignIns) ctx.end(KEY);
      return;
    }
    if (event.kind !== 'login.success') return;
    state.signIns += 1;
    pushCapped(state.eventIds, event.id);
    if (state.signIns < ctx.settings.noSecondFactorMinSignIns) return;
    ctx.emit({
      key: KEY,
      severity: 'info',
      cause: 'security',
      guide: 'secure-account',
      eventIds: state.eventIds,
      params: { signIns: state.signIns },
    });
  },
});
