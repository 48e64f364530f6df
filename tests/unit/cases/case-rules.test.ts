import { describe, expect, it } from 'vitest';
import { businessDaysLeft, caseDeadline } from '../../../src/rules/case-deadline';
import { caseOverdue, type OverdueInput } from '../../../src/rules/case-overdue';
import { reviewOverdue } from '../../../src/rules/review-overdue';

const SH = 'Asia/Shanghai';
/** Wall-clock time in Shanghai (UTC+8, no DST) as epoch ms. */
const sh = (y: number, m: number, d: number, h = 12, min = 0) => Date.UTC(y, m - 1, d, h - 8, min);

describe('caseDeadline: 10 business days after the appeal, end of day in the user zone', () => {
  it.each([
    // Wednesday 2026-11-25 → two weeks later, Wednesday 2026-12-09, end of day.
    ['a Wednesday', sh(2026, 11, 25, 10), sh(2026, 12, 10, 0)],
    // Friday late evening → Friday two weeks later.
    ['a Friday night', sh(2026, 11, 27, 23, 30), sh(2026, 12, 12, 0)],
    // Saturday counts from the next Monday: Friday 2026-12-11.
    ['a Saturday', sh(2026, 11, 28, 9), sh(2026, 12, 12, 0)],
  ])('appeal on %s', (_, appealAt, expected) => {
    expect(caseDeadline(appealAt, SH)).toBe(expected);
  });

  it('depends on the zone: 23:30 UTC on Friday is already Saturday in Shanghai', () => {
    const at = Date.UTC(2026, 10, 27, 23, 30);
    expect(caseDeadline(at, 'UTC')).toBe(Date.UTC(2026, 11, 12));
    expect(caseDeadline(at, SH)).toBe(sh(2026, 12, 12, 0));
  });

  it('counts business days left, 0 on the last day, negative after', () => {
    const deadline = caseDeadline(sh(2026, 11, 25, 10), SH);
    expect(businessDaysLeft(sh(2026, 11, 25, 11), deadline, SH)).toBe(10);
    expect(businessDaysLeft(sh(2026, 12, 9, 18), deadline, SH)).toBe(0);
    expect(businessDaysLeft(sh(2026, 12, 10, 9), deadline, SH)).toBe(-1);
  });
});

describe('case-overdue', () => {
  const appealAt = sh(2026, 11, 25, 10);
  const deadline = caseDeadline(appealAt, SH);
  const waiting: OverdueInput = {
    id: 7,
    walletId: 'alipay',
    status: 'waiting',
    appealAt,
    deadline,
    ticket: 'CS-2026-1',
    cause: 'compliance',
  };

  it('fires once the deadline passes without a reply, proposing escalation', () => {
    expect(caseOverdue([waiting], deadline - 1)).toEqual([]);
    const [finding] = caseOverdue([waiting], deadline);
    expect(finding).toMatchObject({
      ruleId: 'case-overdue',
      walletId: 'alipay',
      key: 'case-7',
      guide: 'step-escalate',
      cause: 'compliance',
      params: { caseId: 7, ticket: 'CS-2026-1', deadline },
    });
  });

  it.each([
    ['support replied after the appeal', { lastReplyAt: appealAt + 1 }],
    ['the case is resolved', { status: 'resolved' as const }],
    ['the case was escalated already', { status: 'escalated' as const }],
    ['no appeal yet', { status: 'support-contacted' as const, appealAt: undefined }],
  ])('stays quiet when %s', (_, patch) => {
    expect(caseOverdue([{ ...waiting, ...patch }], deadline + 86_400_000)).toEqual([]);
  });

  it('a reply at the very moment of the appeal counts as a reply', () => {
    expect(caseOverdue([{ ...waiting, lastReplyAt: appealAt }], deadline)).toEqual([]);
  });

  it('a reply from before the appeal does not count', () => {
    expect(caseOverdue([{ ...waiting, lastReplyAt: appealAt - 1 }], deadline)).toHaveLength(1);
  });
});

describe('review-overdue', () => {
  const DAY = 86_400_000;
  const input = {
    logOpenedAt: 0,
    installedAt: 1_000 * DAY,
    lastEventAt: 1_001 * DAY,
    reminderDays: 30,
  };

  it('reminds 30 days after install when the log was never opened', () => {
    expect(reviewOverdue(input, 1_029 * DAY)).toEqual([]);
    expect(reviewOverdue(input, 1_030 * DAY)[0]).toMatchObject({
      ruleId: 'review-overdue',
      walletId: 'all',
      severity: 'info',
      params: { days: 30 },
    });
  });

  it('counts from the last time the log was opened, and needs new activity', () => {
    const opened = { ...input, logOpenedAt: 1_010 * DAY };
    expect(reviewOverdue(opened, 1_039 * DAY)).toEqual([]);
    expect(reviewOverdue(opened, 1_040 * DAY)).toEqual([]); // nothing new since it was opened
    expect(reviewOverdue({ ...opened, lastEventAt: 1_011 * DAY }, 1_040 * DAY)).toHaveLength(1);
  });

  it('says nothing to a user with no activity, and honours the period', () => {
    expect(reviewOverdue({ ...input, lastEventAt: undefined }, 2_000 * DAY)).toEqual([]);
    expect(reviewOverdue({ ...input, reminderDays: 7 }, 1_007 * DAY)).toHaveLength(1);
  });
});
