import type { Cause, Finding, Severity } from '../model/event-types';
import type { RuleId } from '../model/rule-ids';
import type { Describe } from './engine/describe';

/**
 * Rules about time passing rather than about an event: `case-overdue` (cases + clock) and
 * `review-overdue` (when the log was last opened + clock). The worker runs them on alarms;
 * registry.ts lists them next to the event rules for their sentences.
 */
export const TIME_RULE_IDS = ['case-overdue', 'review-overdue'] as const satisfies RuleId[];

/** What the registry needs of a time rule: its id and its sentence. It has no thresholds. */
export interface TimeRule {
  id: (typeof TIME_RULE_IDS)[number];
  describe: Describe;
}

export interface TimeFindingDraft {
  ruleId: (typeof TIME_RULE_IDS)[number];
  walletId: string;
  key: string;
  severity: Severity;
  cause: Cause;
  guide: string;
  at: number;
  params: Record<string, string | number>;
}

/** The stored shape: the same deterministic id scheme as the event rules. */
export function toFinding(draft: TimeFindingDraft): Omit<Finding, 'status'> {
  return {
    id: `${draft.ruleId}:${draft.walletId}:${draft.key}`,
    ruleId: draft.ruleId,
    walletId: draft.walletId,
    severity: draft.severity,
    cause: draft.cause,
    at: draft.at,
    eventIds: [],
    guide: draft.guide,
    params: draft.params,
  };
}
