import { declareRule } from './engine/declare';
import { burstRule } from './burst';
import { num } from './engine/describe';

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const siteOutageDeclaration = declareRule({
  id: 'site-outage',
  thresholds: {
    /** Failed loads or 5xx answers… */
    outageCount: {
      default: 3,
      min: 1,
      max: 1000,
      int: true,
      label: 'optionsThOutageCount',
      group: 'notices',
    },
    /** …within this many minutes. */
    outageWindowMinutes: {
      default: 15,
      min: 1,
      max: 24 * 60,
      int: false,
      label: 'optionsThOutageWindowMinutes',
      group: 'notices',
    },
  },
  describe: (p) => ({
    key: 'detail_site_outage',
    values: [num(p, 'count'), num(p, 'windowMinutes')],
  }),
});

/**
 * The wallet's site failing to load or answering 5xx, repeatedly: one failed request is noise,
 * several in a few minutes is an outage. A withdrawal failing now is most likely technical.
 */
export const siteOutage = burstRule(siteOutageDeclaration, {
  kind: 'site.error',
  count: 'outageCount',
  window: 'outageWindowMinutes',
  unit: 'minutes',
  severity: 'warning',
  cause: 'technical',
  guide: 'cause-technical',
  message: 'event',
});
