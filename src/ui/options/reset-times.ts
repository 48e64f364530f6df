import { userZone } from '../../model/time';
import { calendarFor } from '../../rules/engine/calendar';

/**
 * When the user's limits start counting afresh: the next midnight and the next first of the
 * month in their zone (the same calendar the limit rules count with).
 */
export function nextResets(now: number, timeZone: string): { day: number; month: number } {
  const calendar = calendarFor(timeZone);
  return { day: calendar.day(now).end, month: calendar.month(now).end };
}

/** The zone the rules use: the user's choice, else the browser's. */
export function effectiveZone(setting: string): string {
  return userZone(setting);
}
