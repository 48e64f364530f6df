import { declareRule } from './engine/declare';
import { describeNotice, NOTICE_GAP, noticeRule } from './notice-episode';
import { DAY } from '../model/time';

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const accountFrozenDeclaration = declareRule({
  id: 'account-frozen',
  thresholds: NOTICE_GAP,
  describe: describeNotice,
});

/** The wallet says the account or its funds are frozen, or it saw suspicious activity and restricted it. */
export const accountFrozen = noticeRule(accountFrozenDeclaration, {
  notices: ['frozen', 'suspicious'],
  gapMs: (s) => s.noticeGapDays * DAY,
  severity: 'critical',
  cause: 'security',
  guide: 'why-frozen',
});
