import { NOTICE_GAP, noticeRule } from './notice-episode';
import { DAY } from '../model/time';

/** The wallet says the account or its funds are frozen, or it saw suspicious activity and restricted it. */
export const accountFrozen = noticeRule({
  id: 'account-frozen',
  notices: ['frozen', 'suspicious'],
  thresholds: NOTICE_GAP,
  gapMs: (s) => s.noticeGapDays * DAY,
  severity: 'critical',
  cause: 'security',
  guide: 'why-frozen',
});
