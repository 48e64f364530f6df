import { NOTICE_GAP, noticeRule } from './notice-episode';
import { DAY } from '../model/time';

/** A restriction for regulatory reasons or a terms-of-service violation. */
export const complianceRestriction = noticeRule({
  id: 'compliance-restriction',
  notices: ['compliance', 'terms'],
  thresholds: NOTICE_GAP,
  gapMs: (s) => s.noticeGapDays * DAY,
  severity: 'critical',
  cause: 'compliance',
  guide: 'cause-compliance',
});
