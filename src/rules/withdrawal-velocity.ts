import { extendChain, newChain, type ChainState } from './engine/chain';
import { defineRule } from './engine/types';
import { MINUTE } from '../model/time';

/**
 * Many withdrawal attempts in a short time: how a stolen account is emptied. Counts attempts,
 * not outcomes, so the attempt and its result are one withdrawal.
 */
export const withdrawalVelocity = defineRule<ChainState>({
  id: 'withdrawal-velocity',
  kinds: ['withdrawal.attempt'],
  lookback: (s) => s.velocityWindowMinutes * MINUTE,
  init: newChain,
  step(state, event, ctx) {
    if (event.kind !== 'withdrawal.attempt') return;
    const { velocityCount, velocityWindowMinutes } = ctx.settings;
    extendChain(state, event, velocityWindowMinutes * MINUTE);
    if (state.peak < velocityCount) return;
    ctx.emit({
      key: String(state.firstId),
      severity: 'warning',
      cause: 'security',
      guide: 'secure-account',
      eventIds: state.eventIds,
      params: {
        count: state.peak,
        windowMinutes: velocityWindowMinutes,
        total: state.count,
        firstAt: state.firstAt,
        lastAt: state.lastAt,
      },
    });
  },
});
