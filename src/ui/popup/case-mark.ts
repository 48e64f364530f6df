import { businessDaysLeft } from '../../rules/case-deadline';
import type { CaseMark } from '../../views/popup-view';
import { plural, t } from '../../wording/i18n';

export { userZone } from '../../model/time';

/**
 * The state of a finding's recovery case in one line, as the cases page counts it
 * ("Case open · 7 business days left"): the link on the finding goes to that case.
 */
export function caseMarkText(mark: CaseMark, zone: string, now = Date.now()): string {
  if (mark.status === 'resolved') return t('popupCaseResolved');
  if (mark.status === 'escalated') return t('popupCaseEscalated');
  const { deadline, appealAt, lastReplyAt } = mark;
  if (deadline === undefined || appealAt === undefined) return t('popupCaseOpen');
  if (lastReplyAt !== undefined && lastReplyAt >= appealAt) return t('popupCaseReplied');
  if (now >= deadline) return t('popupCaseOverdue');
  const left = businessDaysLeft(now, deadline, zone);
  return left <= 0 ? t('popupCaseDueToday') : plural('popupCaseDaysLeft', left);
}
