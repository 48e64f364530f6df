import type { SentinelDb } from '../storage/db';
import { alertsOf } from './alerts';

export interface BadgeAction {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

/*
 * No import of the rules here: the popup calls refreshBadge after "this was me", and the rules
 * (with the public-suffix list) would triple what it loads.
 */

/** Red for anything critical, amber for warnings; empty when nothing needs attention. */
const COLORS = { critical: '#b3261e', warning: '#b06000' } as const;

/** The badge: open warning and critical findings, coloured by the worst of them. */
export async function refreshBadge(db: SentinelDb, action: BadgeAction) {
  const { count, worst } = await openAlerts(db);
  if (worst) await action.setBadgeBackgroundColor({ color: COLORS[worst] });
  await action.setBadgeText({ text: badgeText(count) });
  return count;
}

/** The number on the icon: empty for none, "99+" past 99. */
export const badgeText = (count: number) => (count === 0 ? '' : count > 99 ? '99+' : String(count));

export type BadgeState = { count: number; worst: 'warning' | 'critical' | undefined };

/** Open warning and critical findings (alerts.ts, the popup's headline counts the same). */
export async function openAlerts(db: SentinelDb): Promise<BadgeState> {
  const open = await db.findings.where('status').equals('open').toArray();
  const alerts = alertsOf(open);
  const worst = alerts.some((f) => f.severity === 'critical')
    ? 'critical'
    : alerts.length > 0
      ? 'warning'
      : undefined;
  return { count: alerts.length, worst };
}
