import type { Finding } from '../../model/event-types';

/** Findings by the events they list, and the ids behind open ones ("only open findings"). */
export interface FindingIndex {
  byEvent: ReadonlyMap<number, readonly Finding[]>;
  openEventIds: ReadonlySet<number>;
  /** Changes when the set of open event ids changes. */
  openKey: string;
}

export function indexFindings(findings: readonly Finding[]): FindingIndex {
  const byEvent = new Map<number, Finding[]>();
  const open = new Set<number>();
  for (const finding of findings) {
    for (const id of finding.eventIds ?? []) {
      let list = byEvent.get(id);
      if (!list) byEvent.set(id, (list = []));
      list.push(finding);
      if (finding.status === 'open') open.add(id);
    }
  }
  const openKey = [...open].sort((a, b) => a - b).join(',');
  return { byEvent, openEventIds: open, openKey };
}
