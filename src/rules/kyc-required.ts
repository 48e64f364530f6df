import { NOTICE_GAP, noticeRule } from './notice-episode';
import { DAY } from '../model/time';

/** The wallet asks to verify identity (KYC) before money can move. */
export const kycRequired = noticeRule({
  id: 'kyc-required',
  notices: ['kyc'],
  thresholds: NOTICE_GAP,
  gapMs: (s) => s.noticeGapDays * DAY,
  severity: 'warning',
  cause: 'compliance',
  guide: 'cause-compliance',
});
