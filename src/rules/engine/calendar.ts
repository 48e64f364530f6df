import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, format, startOfDay, startOfMonth } from 'date-fns';
import { HOUR } from '../../model/time';

/** A calendar day or month in the user's zone: `[start, end)` in epoch ms. */
export interface Period {
  key: string;
  start: number;
  end: number;
}

/** Sorted, non-overlapping periods with a binary search; computed ones are kept. */
class PeriodCache {
  private readonly list: Period[] = [];
  private last: Period | undefined;

  constructor(private readonly compute: (at: number) => Period) {}

  size(): number {
    return this.list.length;
  }

  get(at: number): Period {
    const hit = this.last;
    if (hit && at >= hit.start && at < hit.end) return hit;
    const list = this.list;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as Period).end <= at) lo = mid + 1;
      else hi = mid;
    }
    const found = list[lo];
    if (found && at >= found.start) return (this.last = found);
    const period = this.compute(at);
    list.splice(lo, 0, period);
    return (this.last = period);
  }
}

/**
 * Calendar days, months and hours in one IANA zone, through date-fns so DST days have 23 or 25
 * hours. Building a TZDate costs microseconds, so each period is computed once per calendar:
 * `evaluate` shares one calendar across wallets.
 */
export class Calendar {
  private readonly days: PeriodCache;
  private readonly months: PeriodCache;

  constructor(readonly timeZone: string) {
    this.days = new PeriodCache((at) => {
      const start = startOfDay(new TZDate(at, timeZone));
      return {
        key: format(start, 'yyyy-MM-dd'),
        start: start.getTime(),
        // The next day's own start: where its midnight does not exist (clocks jump at 00:00),
        // adding a day to this one's start would land an hour into it.
        end: startOfDay(addDays(start, 1)).getTime(),
      };
    });
    this.months = new PeriodCache((at) => {
      const start = startOfMonth(new TZDate(at, timeZone));
      return {
        key: format(start, 'yyyy-MM'),
        start: start.getTime(),
        end: startOfMonth(addMonths(start, 1)).getTime(),
      };
    });
  }

  size(): number {
    return this.days.size() + this.months.size();
  }

  day(at: number): Period {
    return this.days.get(at);
  }

  month(at: number): Period {
    return this.months.get(at);
  }

  /** Local hour 0–23. A day of exactly 24 h has no DST change: count hours from midnight. */
  hour(at: number): number {
    const day = this.day(at);
    if (day.end - day.start === 24 * HOUR) return Math.floor((at - day.start) / HOUR);
    return new TZDate(at, this.timeZone).getHours();
  }
}

const shared = new Map<string, Calendar>();

/**
 * One calendar per zone for the life of the module: periods are a pure function of the zone
 * and the time, and computing one costs tens of microseconds. Bounded: a zone past 10,000
 * cached periods starts afresh.
 */
export function calendarFor(timeZone: string): Calendar {
  let calendar = shared.get(timeZone);
  if (!calendar || calendar.size() > 10_000)
    shared.set(timeZone, (calendar = new Calendar(timeZone)));
  return calendar;
}
