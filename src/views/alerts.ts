import type { Finding, Severity } from '../model/event-types';

/**
 * What needs the person: open findings that are warnings or critical. Info findings are notes
 * (a first withdrawal to a new address, a site's maintenance) and are never counted. The badge
 * (badge.ts) and the popup's headline (popup-view.ts) both count with this one function, so the
 * number on the toolbar icon and the number in the popup are always the same.
 */
export function isAlert(finding: Pick<Finding, 'severity' | 'status'>): boolean {
  return finding.status === 'open' && finding.severity !== 'info';
}

export function alertsOf<T extends Pick<Finding, 'severity' | 'status'>>(
  findings: readonly T[],
): T[] {
  return findings.filter(isAlert);
}

const RANK: Record<Severity, number> = { critical: 2, warning: 1, info: 0 };

/** Worst first, newest first within a severity: the order the popup lists findings in. */
export function worstFirst(a: Finding, b: Finding): number {
  return RANK[b.severity] - RANK[a.severity] || b.at - a.at;
}
