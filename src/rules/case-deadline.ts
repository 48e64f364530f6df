import { TZDate } from '@date-fns/tz';
import { addBusinessDays, differenceInBusinessDays, endOfDay, startOfDay } from 'date-fns';

/**
 * The brief: platforms usually answer an appeal within 10 business days. The deadline is the
 * end of the 10th business day (Monday to Friday; public holidays are not known here) after
 * the day of the appeal, in the user's time zone.
 */
export const APPEAL_BUSINESS_DAYS = 10;

export function caseDeadline(
  appealAt: number,
  timeZone: string,
  businessDays = APPEAL_BUSINESS_DAYS,
): number {
  return endOfDay(addBusinessDays(new TZDate(appealAt, timeZone), businessDays)).getTime() + 1;
}

/**
 * Business days from `now` to the deadline, counting today when it is a business day: 0 on the
 * last day, negative once overdue (−1 the first business day after).
 */
export function businessDaysLeft(now: number, deadline: number, timeZone: string): number {
  const today = startOfDay(new TZDate(now, timeZone));
  const last = startOfDay(new TZDate(deadline - 1, timeZone));
  return differenceInBusinessDays(last, today);
}
