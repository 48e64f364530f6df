import { noticeRule } from './notice-episode';
import { HOUR } from '../model/time';

/** Planned maintenance or an upgrade: withdrawals wait, nothing is wrong with the account. */
export const maintenance = noticeRule({
  id: 'maintenance',
  notices: ['maintenance'],
  thresholds: {
    /** A maintenance notice seen again within this many hours continues the same finding. */
    maintenanceGapHours: {
      default: 12,
      min: 0.01,
      max: 24 * 365,
      int: false,
      label: 'optionsThMaintenanceGapHours',
      group: 'notices',
    },
  },
  gapMs: (s) => s.maintenanceGapHours * HOUR,
  severity: 'info',
  cause: 'technical',
  guide: 'cause-technical',
});
