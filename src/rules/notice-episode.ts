import type { RuleDeclaration } from './engine/declare';
import type { Cause, NoticeKind, Severity } from '../model/event-types';
import { extendChain, newChain, resetChain, type ChainState } from './engine/chain';
import { num, quote, str, time, type Describe } from './engine/describe';
import type { SettingsOf, Threshold } from './engine/shared-settings';
import { defineRule, type Rule } from './engine/types';

interface EpisodeState extends ChainState {
  notice: string;
  message: string;
}

interface NoticeRuleSpec<K extends string> {
  notices: readonly NoticeKind[];
  gapMs: (settings: SettingsOf<K>) => number;
  severity: Severity;
  cause: Cause;
  guide: string;
}

/**
 * `account-frozen`, `kyc-required` and `compliance-restriction` share this one number: declared
 * here once, so the options page shows one field for the three.
 */
export const NOTICE_GAP = {
  /** The same notice again within this many days continues the finding; a successful withdrawal ends it. */
  noticeGapDays: {
    default: 14,
    min: 0.01,
    max: 3650,
    int: false,
    label: 'optionsThNoticeGapDays',
    group: 'notices',
  },
} as const satisfies Record<string, Threshold>;

/**
 * The site's own words, and how often and since when once seen more than once (seen once, the
 * card's own time says when: issue 15 found "(1× since …)" beside it).
 */
export const describeNotice: Describe = (p) => {
  if (!str(p, 'message')) return undefined;
  const count = num(p, 'count') || 1;
  return count > 1
    ? { key: 'detail_notice', values: [quote(str(p, 'message')), count, time(num(p, 'firstAt'))] }
    : { key: 'detail_notice_once', values: [quote(str(p, 'message'))] };
};

/**
 * A notice the wallet shows (frozen, KYC, compliance, maintenance) as one finding per episode:
 * the same notice seen again within the gap continues it, so a frozen account visited daily for
 * a month is one finding, not thirty. A successful withdrawal proves the restriction lifted: the
 * episode ends there and a later notice starts a new one.
 */
/* @__NO_SIDE_EFFECTS__ */
export function noticeRule<K extends string>(
  declaration: RuleDeclaration<K>,
  spec: NoticeRuleSpec<K>,
): Rule<unknown, K> {
  const kinds = new Set<string>(spec.notices);
  return defineRule<EpisodeState, K>(declaration, {
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
