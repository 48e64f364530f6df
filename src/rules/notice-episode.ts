import type { Cause, NoticeKind, Severity } from '../model/event-types';
import { extendChain, newChain, resetChain, type ChainState } from './engine/chain';
import { defineRule, type Rule } from './engine/types';
import type { RuleId } from '../model/rule-ids';
import type { RuleSettings } from './rule-settings';

interface EpisodeState extends ChainState {
  notice: string;
  message: string;
}

interface NoticeRuleSpec {
  id: RuleId;
  notices: readonly NoticeKind[];
  gapMs: (settings: RuleSettings) => number;
  severity: Severity;
  cause: Cause;
  guide: string;
}

/**
 * A notice the wallet shows (frozen, KYC, compliance, maintenance) as one finding per episode:
 * the same notice seen again within the gap continues it, so a frozen account visited daily for
 * a month is one finding, not thirty. A successful withdrawal proves the restriction lifted: the
 * episode ends there and a later notice starts a new one.
 */
export function noticeRule(spec: NoticeRuleSpec): Rule {
  const kinds = new Set<string>(spec.notices);
  return defineRule<EpisodeState>({
    id: spec.id,
    kinds: ['notice', 'withdrawal.success'],
    lookback: spec.gapMs,
    init: () => ({ ...newChain(), notice: '', message: '' }),
    step(state, event, ctx) {
      if (event.kind === 'withdrawal.success' && state.firstId !== null) {
        ctx.end(String(state.firstId));
        resetChain(state);
        return;
      }
      if (event.kind !== 'notice' || !event.notice || !kinds.has(event.notice)) return;
      const gap = spec.gapMs(ctx.settings);
      extendChain(state, event, gap, gap);
      state.notice = event.notice;
      if (event.message) state.message = event.message;
      ctx.emit({
        key: String(state.firstId),
        severity: spec.severity,
        cause: spec.cause,
        guide: spec.guide,
        eventIds: state.eventIds,
        params: {
          notice: state.notice,
          message: state.message,
          count: state.count,
          firstAt: state.firstAt,
          lastAt: state.lastAt,
        },
      });
    },
  });
}
