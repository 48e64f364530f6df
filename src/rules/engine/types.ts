import type { Cause, EventKind, Severity, StoredEvent } from '../../model/event-types';
import type { RuleId } from '../../model/rule-ids';
import type { Lookalike } from '../lookalike-domain/check-host';
import type { Calendar } from './calendar';
import type { Describe } from './describe';
import type { RuleDeclaration } from './declare';
import type { SettingsOf, Threshold } from './shared-settings';

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

export interface RuleContext<K extends string = never> {
  readonly walletId: string;
  /** The shared settings and the rule's own thresholds. */
  readonly settings: SettingsOf<K>;
  readonly calendar: Calendar;
  /** Evaluation time, for rules about what has not happened yet (case-overdue); never the clock. */
  readonly now: number;
  /**
   * `checkHost` of lookalike-domain/, handed in by the engine rather than imported by the rule:
   * pages import every rule for its thresholds and sentence, and the Public Suffix List behind
   * it would add 170 KB to the popup.
   */
  readonly checkHost: (host: string) => Lookalike | undefined;
  /** Raise or update a finding: the last draft with a key wins. `at` = newest justifying event. */
  emit(draft: FindingDraft): void;
  /** The condition behind this key ended (e.g. a second factor appeared): the worker may resolve it. */
  end(key: string): void;
}

/** How much of a wallet's history a rule reads when it is given no summary. */
export type Lookback<K extends string = never> =
  | 'history'
  // A method's parameters are bivariant: a rule reading two numbers fits in the registry's list.
  | { bivariant(settings: SettingsOf<K>): number }['bivariant'];

/**
 * One rule, everything about it: its thresholds, its sentence and its fold over a wallet's events
 * in time order. `state` is plain JSON so the worker can store it (see `WalletSummary`) and
 * continue the fold with the next events only.
 */
export interface Rule<S = unknown, K extends string = never> {
  id: RuleId;
  /** The numbers the user can tune, by their key in the stored settings; shared keys are equal. */
  thresholds?: { readonly [key in K]: Threshold };
  /** The finding's sentence (`detail_<rule>` and its values) from its params. */
  describe: Describe;
  /** The event kinds `step` reads: the engine calls it for these only. */
  kinds: readonly EventKind[];
  lookback: Lookback<K>;
  init(): S;
  step(state: S, event: StoredEvent, ctx: RuleContext<K>): void;
}

/** A rule's fold: what it adds to its declaration (engine/declare.ts). */
export type RuleFold<S, K extends string = never> = Omit<
  Rule<S, K>,
  'id' | 'thresholds' | 'describe'
>;

/**
 * A rule: its declaration and its fold. Typed per rule while the registry itself is one array.
 * The declaration is passed by name, not spread: an unused rule is then a call the bundler may
 * drop, so a page that needs only declarations carries no fold.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineRule<S, K extends string = never>(
  declaration: RuleDeclaration<K>,
  fold: RuleFold<S, K>,
): Rule<unknown, K> {
  return { ...declaration, ...fold } as Rule<unknown, K>;
}
