import type { SentinelDb } from '../storage/db';
import { summarise, WEEK, type WeeklySummary } from '../rules/weekly-summary';

export { WEEK, type WeeklySummary };

/** The last seven days up to `now`, read through the `at` index (a week, not the whole log). */
export async function readWeeklySummary(db: SentinelDb, now: number): Promise<WeeklySummary> {
  const from = now - WEEK;
  const [events, findings, cases] = await Promise.all([
    db.events
      .where('at')
      .between(from, now + 1, true, false)
      .toArray(),
    db.findings.toArray(),
    db.cases.toArray(),
  ]);
  const overdue = cases.filter(
    (c) =>
      c.status !== 'resolved' &&
      c.deadline !== undefined &&
      now >= c.deadline &&
      (c.lastReplyAt === undefined || (c.appealAt !== undefined && c.lastReplyAt < c.appealAt)),
  ).length;
  return summarise(events, findings, overdue, from, now + 1);
}
