import type { Cause, EventKind, Severity, StoredEvent } from '../../model/event-types';
import type { RuleId } from '../../model/rule-ids';
import type { RuleSettings } from '../rule-settings';
import type { Calendar } from './calendar';

/** What a rule says; the engine adds `id`, `ruleId`, `walletId` and `status`. */
export interface FindingDraft {
  /** Window key: the finding's id is `${ruleId}:${walletId}:${key}`. */
  key: string;
  severity: Severity;
  cause: Cause;
  /** Anchor of the guide page (DESIGN.md "Guide anchors"). */
  guide: string;
  eventIds: number[];
  params: Record<string, string | number>;
  /** Time of the newest justifying event; defaults to the event being folded. */
  at?: number;
}

export interface RuleContext {
  readonly walletId: string;
  readonly settings: RuleSettings;
  readonly calendar: Calendar;
  /** Evaluation time, for rules about what has not happened yet (case-overdue); never the clock. */
  readonly now: number;
  /** Raise or update a finding: the last draft with a key wins. `at` = newest justifying event. */
  emit(draft: FindingDraft): void;
  /** The condition behind this key ended (e.g. a second factor appeared): the worker may resolve it. */
  end(key: string): void;
}

/** How much of a wallet's history a rule reads when it is given no summary. */
export type Lookback = 'history' | ((settings: RuleSettings) => number);

/**
 * One rule: a fold over a wallet's events in time order. `state` is plain JSON so the worker can
 * store it (see `WalletSummary`) and continue the fold with the next events only.
 */
export interface Rule<S = unknown> {
  id: RuleId;
  /** The event kinds `step` reads: the engine calls it for these only. */
  kinds: readonly EventKind[];
  lookback: Lookback;
  init(): S;
  step(state: S, event: StoredEvent, ctx: RuleContext): void;
}

/** Keep registry entries typed per rule while the registry itself is one array. */
export function defineRule<S>(rule: Rule<S>): Rule<unknown> {
  return rule as Rule<unknown>;
}
