import { num } from './engine/describe';
import type { TimeFindingDraft, TimeRule } from './time-rules';
import { DAY } from '../model/time';

/**
 * `review-overdue`: the brief asks users to review their account activity regularly. Raised
 * when the activity log has not been opened for `reminderDays` (default 30) while there is
 * activity to review; opening the log ends it. Counted from installation for a log never opened.
 */
/** Not a wallet: the reminder is about all of them. */
export const ALL_WALLETS = 'all';

export interface ReviewInput {
  logOpenedAt: number;
  installedAt: number;
  /** Epoch ms of the newest recorded event, or undefined when nothing was ever recorded. */
  lastEventAt: number | undefined;
  reminderDays: number;
}

export function reviewOverdue(input: ReviewInput, now: number): TimeFindingDraft[] {
  const since = Math.max(input.logOpenedAt, input.installedAt);
  if (input.lastEventAt === undefined || input.lastEventAt <= input.logOpenedAt) return [];
  const due = since + input.reminderDays * DAY;
  if (since === 0 || now < due) return [];
  return [
    {
      ruleId: 'review-overdue',
      walletId: ALL_WALLETS,
      // One reminder per review period: opening the log resolves it, the next period starts anew.
      key: String(since),
      severity: 'info',
      cause: 'security',
      guide: 'secure-account',
      at: due,
      params: { days: Math.floor((now - since) / DAY), since },
    },
  ];
}

export const reviewOverdueRule: TimeRule = {
  id: 'review-overdue',
  describe: (p) => ({ key: 'detail_review_overdue', values: [num(p, 'days')] }),
};
