import type { EventKind, NoticeKind, StoredEvent } from '../../model/event-types';
import type { MessageKey } from '../../wording/i18n';

const BY_KIND: Partial<Record<EventKind, MessageKey>> = {
  'login.success': 'logOutcomeSucceeded',
  'withdrawal.success': 'logOutcomeSucceeded',
  'login.failure': 'logOutcomeFailed',
  'withdrawal.failure': 'logOutcomeFailed',
  'withdrawal.pending': 'logOutcomePending',
  'login.challenge': 'logOutcomeChallenge',
  'site.error': 'logOutcomeSiteDown',
};

const NOTICES: Record<NoticeKind, MessageKey> = {
  compliance: 'logNoticeCompliance',
  frozen: 'logNoticeFrozen',
  kyc: 'logNoticeKyc',
  limit: 'logNoticeLimit',
  maintenance: 'logNoticeMaintenance',
  suspicious: 'logNoticeSuspicious',
  terms: 'logNoticeTerms',
};

const FINAL = new Set<EventKind>([
  'login.success',
  'login.failure',
  'withdrawal.success',
  'withdrawal.failure',
]);

/**
 * The outcome of an attempt among the events sharing its `attemptId`: a final one (success,
 * failure) over a pending one, the newest of equals. Undefined when none was seen.
 */
export function pickOutcome(related: readonly StoredEvent[]): StoredEvent | undefined {
  let best: StoredEvent | undefined;
  for (const event of related) {
    if (event.kind.endsWith('.attempt') || !BY_KIND[event.kind]) continue;
    const better =
      !best ||
      (FINAL.has(event.kind) && !FINAL.has(best.kind)) ||
      (FINAL.has(event.kind) === FINAL.has(best.kind) && event.at >= best.at);
    if (better) best = event;
  }
  return best;
}

/**
 * What the outcome column says: the event's own result, an attempt's result (`outcome`, looked
 * up by attempt id; null = none seen), or the kind of notice. Undefined = nothing to say.
 */
export function outcomeKey(
  event: StoredEvent,
  outcome: StoredEvent | null | undefined,
): MessageKey | undefined {
  if (event.kind === 'notice') return event.notice ? NOTICES[event.notice] : undefined;
  if (event.kind === 'login.attempt' || event.kind === 'withdrawal.attempt') {
    if (!event.attemptId) return undefined;
    if (outcome === undefined) return 'logOutcomeLooking';
    return outcome ? BY_KIND[outcome.kind] : 'logOutcomeNone';
  }
  return BY_KIND[event.kind];
}
