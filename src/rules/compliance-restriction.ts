import { noticeRule } from './notice-episode';

const DAY = 86_400_000;

/** A restriction for regulatory reasons or a terms-of-service violation. */
export const complianceRestriction = noticeRule({
  id: 'compliance-restriction',
  notices: ['compliance', 'terms'],
  gapMs: (s) => s.noticeGapDays * DAY,
  severity: 'critical',
  cause: 'compliance',
  guide: 'cause-compliance',
});
