import type { RecoveryCase } from '../model/case-types';
import type { Cause } from '../model/event-types';
import { num, str, time } from './engine/describe';
import type { TimeFindingDraft, TimeRule } from './time-rules';

/**
 * `case-overdue`: an appeal got no reply from support by its deadline (10 business days, see
 * case-deadline.ts). It proposes the escalation step of the guide. Not a fold over events: it
 * depends on the cases and the clock, so the worker runs it on an alarm (time-rules.ts).
 */
const WAITING = new Set<RecoveryCase['status']>(['appeal-submitted', 'waiting']);

export type OverdueInput = Pick<
  RecoveryCase,
  'id' | 'walletId' | 'status' | 'appealAt' | 'deadline' | 'lastReplyAt' | 'ticket'
> & { cause?: Cause };

export function caseOverdue(cases: readonly OverdueInput[], now: number): TimeFindingDraft[] {
  const out: TimeFindingDraft[] = [];
  for (const c of cases) {
    if (!WAITING.has(c.status) || c.appealAt === undefined || c.deadline === undefined) continue;
    const replied = c.lastReplyAt !== undefined && c.lastReplyAt >= c.appealAt;
    if (replied || now < c.deadline) continue;
    out.push({
      ruleId: 'case-overdue',
      walletId: c.walletId,
      key: `case-${c.id}`,
      severity: 'warning',
      cause: c.cause ?? 'security',
      guide: 'step-escalate',
      at: c.deadline,
      params: {
        caseId: c.id,
        ticket: c.ticket,
        appealAt: c.appealAt,
        deadline: c.deadline,
        businessDays: 10,
      },
    });
  }
  return out;
}

export const caseOverdueRule: TimeRule = {
  id: 'case-overdue',
  describe: (p) => ({
    key: 'detail_case_overdue',
    values: [
      str(p, 'ticket') || `#${num(p, 'caseId')}`,
      num(p, 'businessDays'),
      time(num(p, 'deadline'), 'due'),
    ],
  }),
};
