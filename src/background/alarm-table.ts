/**
 * The worker's alarms in one table, read by its one `onAlarm` listener: an alarm is matched by
 * its exact name, or by a prefix for a family of alarms (a recovery case's deadline is
 * `case:<id>`). Each entry names the scope its errors are reported under.
 */
export interface AlarmEntry<Scope extends string> {
  /** The alarm's name, or with `prefix: true` the start of the names it covers. */
  name: string;
  prefix?: boolean;
  scope: Scope;
  run: () => Promise<unknown>;
}

/** The entry for the alarm called `name`: an exact name first, else the first matching prefix. */
export function alarmEntry<Scope extends string>(
  table: ReadonlyArray<AlarmEntry<Scope>>,
  name: string,
): AlarmEntry<Scope> | undefined {
  return (
    table.find((entry) => !entry.prefix && entry.name === name) ??
    table.find((entry) => entry.prefix && name.startsWith(entry.name))
  );
}
