import { describe, expect, it } from 'vitest';
import type { Finding, StoredEvent } from '../../src/model/event-types';
import { indexFindings } from '../../src/ui/log/findings-index';
import { outcomeKey, pickOutcome } from '../../src/ui/log/outcome';

let id = 0;
const event = (kind: StoredEvent['kind'], at: number, extra: Partial<StoredEvent> = {}) =>
  ({
    id: ++id,
    at,
    kind,
    walletId: 'okx',
    origin: 'https://www.okx.com',
    path: '/',
    hash: '',
    ...extra,
  }) as StoredEvent;

describe('outcome column', () => {
  const attempt = event('withdrawal.attempt', 1, { attemptId: 'a1' });

  it('picks a final outcome over a pending one, the newest of equals', () => {
    const pending = event('withdrawal.pending', 2, { attemptId: 'a1' });
    const failed = event('withdrawal.failure', 3, { attemptId: 'a1' });
    const later = event('withdrawal.success', 4, { attemptId: 'a1' });
    expect(pickOutcome([attempt, pending])).toBe(pending);
    expect(pickOutcome([attempt, failed, pending])).toBe(failed);
    expect(pickOutcome([later, failed, pending])).toBe(later);
    expect(pickOutcome([attempt])).toBeUndefined();
  });

  it.each<[StoredEvent, StoredEvent | null | undefined, string | undefined]>([
    [attempt, undefined, 'logOutcomeLooking'],
    [attempt, null, 'logOutcomeNone'],
    [attempt, event('withdrawal.failure', 2), 'logOutcomeFailed'],
    [event('withdrawal.attempt', 1), null, undefined],
    [event('login.success', 1), null, 'logOutcomeSucceeded'],
    [event('withdrawal.pending', 1), null, 'logOutcomePending'],
    [event('login.challenge', 1), null, 'logOutcomeChallenge'],
    [event('notice', 1, { notice: 'kyc' }), null, 'logNoticeKyc'],
    [event('notice', 1), null, undefined],
    [event('logout', 1), null, undefined],
    [event('site.error', 1), null, 'logOutcomeSiteDown'],
  ])('%# says %s', (e, outcome, key) => {
    expect(outcomeKey(e, outcome)).toBe(key);
  });
});

describe('findings by event', () => {
  const finding = (fid: string, eventIds: number[], status: Finding['status']) =>
    ({ id: fid, eventIds, status }) as Finding;

  it('lists each event’s findings and the ids behind open ones', () => {
    const index = indexFindings([
      finding('a', [3, 1], 'open'),
      finding('b', [1, 2], 'resolved'),
      finding('c', [], 'open'),
    ]);
    expect(index.byEvent.get(1)?.map((f) => f.id)).toEqual(['a', 'b']);
    expect(index.byEvent.get(2)?.map((f) => f.id)).toEqual(['b']);
    expect([...index.openEventIds].sort()).toEqual([1, 3]);
    expect(index.openKey).toBe('1,3');
    expect(indexFindings([]).openKey).toBe('');
  });
});
