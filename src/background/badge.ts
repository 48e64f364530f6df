import type { SentinelDb } from '../storage/db';
import { openAlerts } from './findings';

export interface BadgeAction {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

/** Red for anything critical, amber for warnings; empty when nothing needs attention. */
const COLORS = { critical: '#b3261e', warning: '#b06000' } as const;

/** The badge: open warning and critical findings, coloured by the worst of them. */
export async function refreshBadge(db: SentinelDb, action: BadgeAction) {
  const { count, worst } = await openAlerts(db);
  if (worst) await action.setBadgeBackgroundColor({ color: COLORS[worst] });
  await action.setBadgeText({ text: count === 0 ? '' : count > 99 ? '99+' : String(count) });
  return count;
}
