import { pushCapped } from './engine/chain';
import { defineRule } from './engine/types';

interface State {
  signIns: number;
  challenged: boolean;
  eventIds: number[];
}

const KEY = 'history';

/**
 * Sign-ins on this wallet never show a second-factor step: suggest turning it on. Speaks after
 * `noSecondFactorMinSignIns` sign-ins; the first `login.challenge` ends it for good.
 */
export const noSecondFactor = defineRule<State>({
  id: 'no-second-factor',
  kinds: ['login.challenge', 'login.success'],
  lookback: 'history',
  init: () => ({ signIns: 0, challenged: false, eventIds: [] }),
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
