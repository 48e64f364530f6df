/** Durations in epoch milliseconds: calendar days and months come from rules/engine/calendar.ts. */
export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
