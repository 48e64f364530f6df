import { NUMERIC_RANGES } from '../../rules/coerce-rule-settings';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../rules/rule-settings';
import type { MessageKey } from '../../wording/i18n';
import type { FieldProblems } from './limits-form';
import { parseNumber } from './validate';

export type ThresholdKey = Exclude<keyof typeof NUMERIC_RANGES, 'nearLimitPercent'>;

/** The rule thresholds the options page shows, grouped as the user thinks of them. */
export const THRESHOLD_GROUPS: ReadonlyArray<{
  heading: MessageKey;
  fields: ReadonlyArray<{ key: ThresholdKey; label: MessageKey }>;
}> = [
  {
    heading: 'optionsThresholdsSignIns',
    fields: [
      { key: 'failedLoginCount', label: 'optionsThFailedLoginCount' },
      { key: 'failedLoginWindowMinutes', label: 'optionsThFailedLoginWindowMinutes' },
      { key: 'unusualHourMinSignIns', label: 'optionsThUnusualHourMinSignIns' },
      { key: 'unusualHourMinDays', label: 'optionsThUnusualHourMinDays' },
      { key: 'unusualHourMaxPercent', label: 'optionsThUnusualHourMaxPercent' },
      { key: 'noSecondFactorMinSignIns', label: 'optionsThNoSecondFactorMinSignIns' },
    ],
  },
  {
    heading: 'optionsThresholdsWithdrawals',
    fields: [
      { key: 'velocityCount', label: 'optionsThVelocityCount' },
      { key: 'velocityWindowMinutes', label: 'optionsThVelocityWindowMinutes' },
      { key: 'failuresCount', label: 'optionsThFailuresCount' },
      { key: 'failuresWindowHours', label: 'optionsThFailuresWindowHours' },
      { key: 'outlierMinHistory', label: 'optionsThOutlierMinHistory' },
      { key: 'outlierHistorySize', label: 'optionsThOutlierHistorySize' },
      { key: 'outlierScore', label: 'optionsThOutlierScore' },
      { key: 'outlierFlatMultiple', label: 'optionsThOutlierFlatMultiple' },
    ],
  },
  {
    heading: 'optionsThresholdsNotices',
    fields: [
      { key: 'noticeGapDays', label: 'optionsThNoticeGapDays' },
      { key: 'maintenanceGapHours', label: 'optionsThMaintenanceGapHours' },
      { key: 'outageCount', label: 'optionsThOutageCount' },
      { key: 'outageWindowMinutes', label: 'optionsThOutageWindowMinutes' },
    ],
  },
];

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
