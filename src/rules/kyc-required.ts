import { declareRule } from './engine/declare';
import { describeNotice, NOTICE_GAP, noticeRule } from './notice-episode';
import { DAY } from '../model/time';

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const kycRequiredDeclaration = declareRule({
  id: 'kyc-required',
  thresholds: NOTICE_GAP,
  describe: describeNotice,
});

/** The wallet asks to verify identity (KYC) before money can move. */
export const kycRequired = noticeRule(kycRequiredDeclaration, {
  notices: ['kyc'],
  gapMs: (s) => s.noticeGapDays * DAY,
  severity: 'warning',
  cause: 'compliance',
  guide: 'cause-compliance',
});
