import { extendChain, newChain, type ChainState } from './engine/chain';
import { defineRule } from './engine/types';
import { MINUTE } from '../model/time';

/**
 * Several failed sign-ins in a short time: someone may be guessing the password. One finding per
 * burst, keyed by its first failure, growing while failures keep coming within the window.
 */
export const failedLoginBurst = defineRule<ChainState>({
  id: 'failed-login-burst',
  kinds: ['login.failure'],
  lookback: (s) => s.failedLoginWindowMinutes * MINUTE,
  init: newChain,
  step(state, event, ctx) {
    if (event.kind !== 'login.failure') return;
    const { failedLoginCount, failedLoginWindowMinutes } = ctx.settings;
    extendChain(state, event, failedLoginWindowMinutes * MINUTE);
    if (state.peak < failedLoginCount) return;
    ctx.emit({
      key: String(state.firstId),
      severity: 'warning',
      cause: 'security',
      guide: 'secure-account',
      eventIds: state.eventIds,
      params: {
        count: state.peak,
        windowMinutes: failedLoginWindowMinutes,
        total: state.count,
        firstAt: state.firstAt,
        lastAt: state.lastAt,
      },
    });
  },
});
