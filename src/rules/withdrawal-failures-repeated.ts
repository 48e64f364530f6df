import { extendChain, newChain, type ChainState } from './engine/chain';
import { defineRule } from './engine/types';
import { HOUR } from '../model/time';

interface State extends ChainState {
  /** The site's own words on the latest failure, for the message and for support. */
  lastMessage: string;
}

/**
 * Withdrawals that keep failing. The cause is not known yet (technical, limits, compliance or a
 * frozen account), so the guide starts with checking the account status.
 */
export const withdrawalFailuresRepeated = defineRule<State>({
  id: 'withdrawal-failures-repeated',
  kinds: ['withdrawal.failure'],
  lookback: (s) => s.failuresWindowHours * HOUR,
  init: () => ({ ...newChain(), lastMessage: '' }),
  step(state, event, ctx) {
    if (event.kind !== 'withdrawal.failure') return;
    const { failuresCount, failuresWindowHours } = ctx.settings;
    extendChain(state, event, failuresWindowHours * HOUR);
    if (event.message) state.lastMessage = event.message;
    if (state.peak < failuresCount) return;
    ctx.emit({
      key: String(state.firstId),
      severity: 'warning',
      cause: 'technical',
      guide: 'step-status',
      eventIds: state.eventIds,
      params: {
        count: state.peak,
        windowHours: failuresWindowHours,
        total: state.count,
        firstAt: state.firstAt,
        lastAt: state.lastAt,
        message: state.lastMessage,
      },
    });
  },
});
