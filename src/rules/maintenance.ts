import { declareRule } from './engine/declare';
import { describeNotice, noticeRule } from './notice-episode';
import { HOUR } from '../model/time';

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const maintenanceDeclaration = declareRule({
  id: 'maintenance',
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
  describe: describeNotice,
});

/** Planned maintenance or an upgrade: withdrawals wait, nothing is wrong with the account. */
export const maintenance = noticeRule(maintenanceDeclaration, {
  notices: ['maintenance'],
  gapMs: (s) => s.maintenanceGapHours * HOUR,
  severity: 'info',
  cause: 'technical',
  guide: 'cause-technical',
});
