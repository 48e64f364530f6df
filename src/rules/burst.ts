import type { RuleDeclaration } from './engine/declare';
import type { Cause, EventKind, Severity } from '../model/event-types';
import { HOUR, MINUTE } from '../model/time';
import { extendChain, newChain, type ChainState } from './engine/chain';
import { defineRule, type Rule } from './engine/types';

interface BurstSpec<K extends string> {
  /** The events counted. */
  kind: EventKind;
  /** `count` events of `kind` within `window` (minutes or hours, as the key says) make a burst. */
  count: K;
  window: K;
  unit: 'minutes' | 'hours';
  severity: Severity;
  cause: Cause;
  guide: string;
  /**
   * `params.message`: none; the newest event's own (`event`, possibly empty); or the site's
   * words on the newest event that had any (`latest`).
   */
  message?: 'event' | 'latest';
}

interface BurstState extends ChainState {
  /** Only with `message: 'latest'`: other rules' stored state keeps its shape. */
  lastMessage?: string;
}

/**
 * Count in a window: `count` events of one kind with at most `window` between the first and the
 * last, as one finding per burst keyed by its first event, growing while events keep coming
 * within the window. Params: `count` (the peak within one window), `windowMinutes` or
 * `windowHours`, `total`, `firstAt`, `lastAt`, and `message` when asked for.
 */
/* @__NO_SIDE_EFFECTS__ */
export function burstRule<K extends string>(
  declaration: RuleDeclaration<K>,
  spec: BurstSpec<K>,
): Rule<unknown, K> {
  const unitMs = spec.unit === 'minutes' ? MINUTE : HOUR;
  const windowParam = spec.unit === 'minutes' ? 'windowMinutes' : 'windowHours';
  return defineRule<BurstState, K>(declaration, {
    kinds: [spec.kind],
    lookback: (s) => s[spec.window] * unitMs,
    init: () => (spec.message === 'latest' ? { ...newChain(), lastMessage: '' } : newChain()),
    step(state, event, ctx) {
      if (event.kind !== spec.kind) return;
      const count = ctx.settings[spec.count];
      const window = ctx.settings[spec.window];
      extendChain(state, event, window * unitMs);
      if (spec.message === 'latest' && event.message) state.lastMessage = event.message;
      if (state.peak < count) return;
      const params: Record<string, string | number> = {
        count: state.peak,
        [windowParam]: window,
        total: state.count,
        firstAt: state.firstAt,
        lastAt: state.lastAt,
      };
      if (spec.message === 'event') params.message = event.message ?? '';
      if (spec.message === 'latest') params.message = state.lastMessage ?? '';
      ctx.emit({
        key: String(state.firstId),
        severity: spec.severity,
        cause: spec.cause,
        guide: spec.guide,
        eventIds: state.eventIds,
        params,
      });
    },
  });
}
