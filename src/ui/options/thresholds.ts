import { NUMERIC_RANGES } from '../../rules/coerce-rule-settings';
import type { ThresholdGroup } from '../../rules/engine/shared-settings';
import { THRESHOLDS } from '../../rules/declarations';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../rules/rule-settings';
import type { MessageKey } from '../../wording/i18n';
import type { FieldProblems } from './limits-form';
import { parseNumber } from './validate';

export type ThresholdKey = Exclude<keyof typeof NUMERIC_RANGES, 'nearLimitPercent'>;

/** The options page's groups; each rule's threshold says which it belongs to. */
const HEADINGS: ReadonlyArray<[Exclude<ThresholdGroup, 'limits'>, MessageKey]> = [
  ['sign-ins', 'optionsThresholdsSignIns'],
  ['withdrawals', 'optionsThresholdsWithdrawals'],
  ['notices', 'optionsThresholdsNotices'],
];

/**
 * The rule thresholds the options page shows, grouped as the user thinks of them, in registry
 * order; `limits` ones (`nearLimitPercent`) sit next to the caps in the limits section.
 */
export const THRESHOLD_GROUPS: ReadonlyArray<{
  heading: MessageKey;
  fields: ReadonlyArray<{ key: ThresholdKey; label: MessageKey }>;
}> = HEADINGS.map(([group, heading]) => ({
  heading,
  fields: Object.entries(THRESHOLDS)
    .filter(([, threshold]) => threshold.group === group)
    .map(([key, threshold]) => ({
      key: key as ThresholdKey,
      // The labels are checked against the catalog by tests/unit/rules/registry.test.ts.
      label: threshold.label as MessageKey,
    })),
}));

export const THRESHOLD_KEYS: readonly ThresholdKey[] = THRESHOLD_GROUPS.flatMap((g) =>
  g.fields.map((f) => f.key),
);

export type ThresholdsDraft = Record<ThresholdKey, string>;

export function thresholdsDraft(rules: RuleSettings): ThresholdsDraft {
  return Object.fromEntries(
    THRESHOLD_KEYS.map((key) => [key, String(rules[key])]),
  ) as ThresholdsDraft;
}

export const defaultThresholdsDraft = () => thresholdsDraft(DEFAULT_RULE_SETTINGS);

/** Every field checked against its rule's range; the values only when all of them parse. */
export function validateThresholds(draft: ThresholdsDraft): {
  problems: FieldProblems;
  values: Partial<Record<ThresholdKey, number>>;
} {
  const problems: FieldProblems = {};
  const values: Partial<Record<ThresholdKey, number>> = {};
  for (const key of THRESHOLD_KEYS) {
    const parsed = parseNumber(draft[key], NUMERIC_RANGES[key]);
    if (parsed.ok) values[key] = parsed.value;
    else problems[`th-${key}`] = parsed.problem;
  }
  return { problems, values };
}
