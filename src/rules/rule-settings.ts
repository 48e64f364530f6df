import type { SharedRuleSettings } from './engine/shared-settings';
import { THRESHOLDS, type ThresholdKey } from './declarations';

export type { SharedRuleSettings, WithdrawalLimit } from './engine/shared-settings';

/**
 * Every setting the rules use: the shared ones (engine/shared-settings.ts) and each rule's
 * thresholds, declared in the rule's own file. Stored by the worker in browser.storage: read it
 * through `coerceRuleSettings`, which repairs hand-edited values instead of throwing.
 */
export type RuleSettings = SharedRuleSettings & { [K in ThresholdKey]: number };

export const DEFAULT_RULE_SETTINGS: Readonly<RuleSettings> = Object.freeze({
  timeZone: 'UTC',
  disabledRules: [],
  limits: [],
  ...(Object.fromEntries(
    Object.entries(THRESHOLDS).map(([key, threshold]) => [key, threshold.default]),
  ) as Record<ThresholdKey, number>),
});
