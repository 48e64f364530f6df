import { extendChain, newChain, type ChainState } from './engine/chain';
import { defineRule } from './engine/types';
import { MINUTE } from '../model/time';

/**
 * The wallet's site failing to load or answering 5xx, repeatedly: one failed request is noise,
 * several in a few minutes is an outage. A withdrawal failing now is most likely technical.
 */
export const siteOutage = defineRule<ChainState>({
  id: 'site-outage',
  kinds: ['site.error'],
  lookback: (s) => s.outageWindowMinutes * MINUTE,
  init: newChain,
  step(state, event, ctx) {
    if (event.kind !== 'site.error') return;
    const { outageCount, outageWindowMinutes } = ctx.settings;
    extendChain(state, event, outageWindowMinutes * MINUTE);
    if (state.peak < outageCount) return;
    ctx.emit({
      key: String(state.firstId),
      severity: 'warning',
      cause: 'technical',
      guide: 'cause-technical',
      eventIds: state.eventIds,
      params: {
        count: state.peak,
        windowMinutes: outageWindowMinutes,
        total: state.count,
        firstAt: state.firstAt,
        lastAt: state.lastAt,
        message: event.message ?? '',
      },
    });
  },
});
