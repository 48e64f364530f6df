import { declareRule } from './engine/declare';
import { eventKey } from './engine/event-order';
import { hour, num, str } from './engine/describe';
import { defineRule } from './engine/types';
import { DAY } from '../model/time';

interface State {
  /** Successful sign-ins per local hour 0–23. */
  hours: number[];
  total: number;
  firstAt: number;
}

/** What pages need of this rule without its fold: its id, thresholds and sentence (declarations.ts). */
export const loginUnusualHourDeclaration = declareRule({
  id: 'login-unusual-hour',
  thresholds: {
    /** Judge an hour only after this many earlier successful sign-ins… */
    unusualHourMinSignIns: {
      default: 20,
      min: 1,
      max: 100_000,
      int: true,
      label: 'optionsThUnusualHourMinSignIns',
      group: 'sign-ins',
    },
    /** …spread over at least this many days (one busy day does not define a habit). */
    unusualHourMinDays: {
      default: 14,
      min: 0,
      max: 3650,
      int: false,
      label: 'optionsThUnusualHourMinDays',
      group: 'sign-ins',
    },
    /** Unusual when fewer than this percent of earlier sign-ins fell within an hour (either side, across midnight) of this one. */
    unusualHourMaxPercent: {
      default: 5,
      min: 0,
      max: 100,
      int: false,
      label: 'optionsThUnusualHourMaxPercent',
      group: 'sign-ins',
    },
  },
  describe: (p) => ({
    key: 'detail_login_unusual_hour',
    values: [hour(num(p, 'hour')), str(p, 'timeZone'), hour(num(p, 'usualHour'))],
  }),
});

/**
 * A successful sign-in at an hour this user almost never signs in (in their own time zone): the
 * earlier sign-ins within an hour either side are fewer than `unusualHourMaxPercent`. Silent
 * until there are `unusualHourMinSignIns` earlier sign-ins over `unusualHourMinDays` days.
 */
export const loginUnusualHour = defineRule(loginUnusualHourDeclaration, {
  kinds: ['login.success'],
  lookback: 'history',
  init: (): State => ({ hours: new Array<number>(24).fill(0), total: 0, firstAt: 0 }),
  step(state, event, ctx) {
    if (event.kind !== 'login.success') return;
    const { unusualHourMinSignIns, unusualHourMinDays, unusualHourMaxPercent } = ctx.settings;
    const hour = ctx.calendar.hour(event.at);
    const enough =
      state.total >= unusualHourMinSignIns && event.at - state.firstAt >= unusualHourMinDays * DAY;
    if (enough) {
      const h = state.hours;
      const near =
        (h[(hour + 23) % 24] as number) + (h[hour] as number) + (h[(hour + 1) % 24] as number);
      const percent = (near / state.total) * 100;
      if (percent < unusualHourMaxPercent) {
        ctx.emit({
          key: eventKey(event),
          severity: 'warning',
          cause: 'security',
          guide: 'secure-account',
          eventIds: [event.id],
          params: {
            hour,
            timeZone: ctx.settings.timeZone,
            signIns: state.total,
            nearPercent: Math.round(percent * 10) / 10,
            usualHour: h.indexOf(Math.max(...h)),
          },
        });
      }
    }
    if (state.total === 0) state.firstAt = event.at;
    state.hours[hour] = (state.hours[hour] as number) + 1;
    state.total += 1;
  },
});
