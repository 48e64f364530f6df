import { noticeRule } from './notice-episode';
import { HOUR } from '../model/time';

/** Planned maintenance or an upgrade: withdrawals wait, nothing is wrong with the account. */
export const maintenance = noticeRule({
  id: 'maintenance',
  notices: ['maintenance'],
  gapMs: (s) => s.maintenanceGapHours * HOUR,
  severity: 'info',
  cause: 'technical',
  guide: 'cause-technical',
});
