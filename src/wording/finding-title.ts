import { RULE_IDS, type RuleId } from '../model/rule-ids';
import { t, type MessageKey } from './i18n';

/** The short, localised title of a finding, by rule id (`rule_failed_login_burst`, …). */
export function findingTitle(ruleId: string): string {
  if (!(RULE_IDS as readonly string[]).includes(ruleId)) return ruleId;
  return t(`rule_${(ruleId as RuleId).replaceAll('-', '_')}` as MessageKey);
}
