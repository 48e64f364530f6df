import { caseOverdue } from '../rules/case-overdue';
import { reviewOverdue } from '../rules/review-overdue';
import { TIME_RULE_IDS, toFinding } from '../rules/time-rules';
import { caseAlarmName } from '../model/case-types';
import type { SentinelDb } from '../storage/db';
import type { Finding } from '../model/event-types';
import { withLock } from '../storage/lock';
import type { Settings } from '../storage/settings';
import type { UiState } from '../storage/ui-state';

/**
 * Runs the time rules (`case-overdue`, `review-overdue`) and stores their findings the way the
 * event rules' are stored: new ones open, acknowledged ones stay acknowledged, and a time
 * finding no longer raised (support replied, the log was opened) becomes resolved.
 */
const TIME_RULES = new Set<string>(TIME_RULE_IDS);

export async function refreshTimeFindings(
  db: SentinelDb,
  settings: Settings,
  ui: UiState,
  now: number,
): Promise<Finding[]> {
  return withLock('wallet-sentinel-rules', async () => {
    const cases = await db.cases.toArray();
    const newest = await db.events.orderBy('at').last();
    const drafts = [
      ...caseOverdue(cases, now),
      ...reviewOverdue(
        {
          logOpenedAt: ui.logOpenedAt,
          installedAt: ui.installedAt,
          lastEventAt: newest?.at,
          reminderDays: settings.reviewReminderDays,
        },
        now,
      ),
    ].filter((d) => !settings.rules.disabledRules.includes(d.ruleId));
    const raised = drafts.map(toFinding);
    const created: Finding[] = [];
    await db.transaction('rw', db.findings, async () => {
      const before = await db.findings.bulkGet(raised.map((f) => f.id));
      const rows = raised.map((finding, i): Finding => {
        const old = before[i];
        if (!old) created.push({ ...finding, status: 'open' });
        return { ...finding, status: old?.status === 'acknowledged' ? 'acknowledged' : 'open' };
      });
      await db.findings.bulkPut(rows);
      const still = new Set(raised.map((f) => f.id));
      const open = await db.findings.where('status').anyOf('open', 'acknowledged').toArray();
      for (const finding of open)
        if (TIME_RULES.has(finding.ruleId) && !still.has(finding.id))
          await db.findings.update(finding.id, { status: 'resolved' });
    });
    return created;
  });
}

/** Alarms for every case still waiting on its deadline; called on startup and after refreshes. */
export async function scheduleCaseAlarms(
  db: SentinelDb,
  alarms: { create(name: string, info: { when: number }): unknown },
  now: number,
): Promise<void> {
  const waiting = await db.cases.where('status').anyOf('appeal-submitted', 'waiting').toArray();
  for (const c of waiting)
    if (c.deadline !== undefined && c.deadline > now)
      await alarms.create(caseAlarmName(c.id), { when: c.deadline });
}
