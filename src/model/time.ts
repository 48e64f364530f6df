/** Durations in epoch milliseconds: calendar days and months come from rules/engine/calendar.ts. */
export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The browser's own zone (IANA), or UTC where it names none. */
export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The zone days and deadlines are counted in: the person's setting, else the browser's. */
export const userZone = (setting: string | undefined): string =>
  setting && setting !== 'auto' ? setting : browserZone();
