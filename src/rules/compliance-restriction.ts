import { declareRule } from './engine/declare';
import { describeNotice, NOTICE_GAP, noticeRule } from './notice-episode';
import { DAY } from '../model/time';

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const complianceRestrictionDeclaration = declareRule({
  id: 'compliance-restriction',
  thresholds: NOTICE_GAP,
  describe: describeNotice,
});

/** A restriction for regulatory reasons or a terms-of-service violation. */
export const complianceRestriction = noticeRule(complianceRestrictionDeclaration, {
  notices: ['compliance', 'terms'],
  gapMs: (s) => s.noticeGapDays * DAY,
  severity: 'critical',
  cause: 'compliance',
  guide: 'cause-compliance',
});
