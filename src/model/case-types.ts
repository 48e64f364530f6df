import type { TaskId } from './case-tasks';
import type { Amount, Cause } from './event-types';

/**
 * A recovery case: the brief's five steps for one blocked wallet, with every exchange kept
 * ("keep every record"). Stored in the `cases` table (Dexie v3); exported in evidence packs.
 */
export const CASE_STATUSES = [
  'confirmed',
  'support-contacted',
  'appeal-submitted',
  'waiting',
  'resolved',
  'escalated',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_CHANNELS = [
  'ticket',
  'email',
  'chat',
  'phone',
  'social',
  'regulator',
  'other',
] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

export const CASE_AUTHORS = ['me', 'support', 'other'] as const;
export type CaseAuthor = (typeof CASE_AUTHORS)[number];

export interface CaseLogEntry {
  at: number;
  channel: CaseChannel;
  /** Who said it: the user, the wallet's support, someone else (a regulator, a bank). */
  who: CaseAuthor;
  text: string;
  /** Attachments as notes ("screenshot of the freeze notice, saved as freeze.png"). */
  attachments: string[];
}

export interface RecoveryCase {
  id: number;
  walletId: string;
  /** The finding the case was opened from, if any. */
  findingId?: string;
  /** The cause of that finding (the brief's four), shown with the case and its overdue warning. */
  cause?: Cause;
  /** What is blocked, in the user's words ("withdrawal of 5,000 CNY", "sign-in"). */
  blocked: string;
  amount?: Amount;
  channel: CaseChannel;
  ticket: string;
  status: CaseStatus;
  openedAt: number;
  updatedAt: number;
  /** When the appeal was submitted: the 10-business-day clock starts here. */
  appealAt?: number;
  /** End of the 10th business day after the appeal (epoch ms). */
  deadline?: number;
  /** The last entry said by support: a reply stops the overdue warning. */
  lastReplyAt?: number;
  history: Array<{ at: number; status: CaseStatus }>;
  log: CaseLogEntry[];
  /** The checklist's ticked tasks and when (src/model/case-tasks.ts); absent on older cases. */
  tasks?: Partial<Record<TaskId, number>>;
}

export type NewCase = Omit<RecoveryCase, 'id'>;

/**
 * The alarm that wakes the worker at a case's deadline. Set by the cases page when the appeal is
 * recorded and re-created by the worker at every start (alarms may not survive a restart).
 */
export const CASE_ALARM_PREFIX = 'case-deadline:';
export const caseAlarmName = (caseId: number) => `${CASE_ALARM_PREFIX}${caseId}`;
