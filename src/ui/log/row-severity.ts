import type { Finding, NoticeKind, Severity, StoredEvent } from '../../model/event-types';

/**
 * How much a row of the log matters, so the rows a person must act on stand out (issue 15: an
 * account-frozen notice was plain while a failed sign-in was red). The event's own weight, as
 * the notice rules rate it (account-frozen and compliance-restriction are critical), raised to
 * the worst finding the event belongs to.
 */
const NOTICE_SEVERITY: Record<NoticeKind, Severity> = {
  frozen: 'critical',
  compliance: 'critical',
  suspicious: 'warning',
  kyc: 'warning',
  terms: 'warning',
  limit: 'warning',
  maintenance: 'info',
};

const RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

function eventSeverity(event: StoredEvent, outcome: StoredEvent | null | undefined): Severity {
  if (event.kind === 'notice') return (event.notice && NOTICE_SEVERITY[event.notice]) || 'warning';
  if (event.kind === 'visit.lookalike') return 'critical';
  if (event.kind.endsWith('.failure') || outcome?.kind.endsWith('.failure')) return 'warning';
  if (event.kind === 'site.error') return 'warning';
  return 'info';
}

export function rowSeverity(
  event: StoredEvent,
  outcome: StoredEvent | null | undefined,
  findings: readonly Finding[] | undefined,
): Severity {
  let worst = eventSeverity(event, outcome);
  for (const finding of findings ?? []) {
    if (finding.status !== 'resolved' && RANK[finding.severity] > RANK[worst]) {
      worst = finding.severity;
    }
  }
  return worst;
}
