import type { Cause } from './event-types';

/**
 * A recovery case's checklist: the brief's five steps (confirm the status, contact support,
 * appeal with evidence, follow up within 10 business days, escalate) broken into tasks a person
 * can tick, by the cause of the incident. A technical outage needs no appeal; a security freeze
 * starts with securing the account; a compliance hold with the documents; a limit with when it
 * resets. The cases page shows the tasks (src/ui/cases/checklist.tsx), ticks are kept on the case
 * (`RecoveryCase.tasks`), and "submit the appeal" is the case's appeal date itself.
 */
export const TASK_IDS = [
  'check-status',
  'check-announcements',
  'wait-retry',
  'change-password',
  'check-2fa',
  'review-sign-ins',
  'kyc-documents',
  'limit-reset',
  'raise-limit',
  'contact-support',
  'collect-evidence',
  'submit-appeal',
  'follow-up',
  'escalate',
] as const;
export type TaskId = (typeof TASK_IDS)[number];

export const CHECKLISTS: Readonly<Record<Cause, readonly TaskId[]>> = {
  technical: [
    'check-status',
    'check-announcements',
    'wait-retry',
    'contact-support',
    'collect-evidence',
  ],
  security: [
    'check-status',
    'change-password',
    'check-2fa',
    'review-sign-ins',
    'contact-support',
    'collect-evidence',
    'submit-appeal',
    'follow-up',
    'escalate',
  ],
  compliance: [
    'check-status',
    'kyc-documents',
    'contact-support',
    'collect-evidence',
    'submit-appeal',
    'follow-up',
    'escalate',
  ],
  limits: ['limit-reset', 'raise-limit', 'contact-support'],
};

/** A case opened without a cause (by hand) gets the full path: the security checklist. */
export const checklistFor = (cause: Cause | undefined): readonly TaskId[] =>
  CHECKLISTS[cause ?? 'security'];

export interface ChecklistState {
  cause?: Cause;
  /** Task → when it was ticked (epoch ms). */
  tasks?: Partial<Record<TaskId, number>>;
  /** The appeal's date: "submit the appeal" is done when it is set. */
  appealAt?: number;
  /** The case's steps: "I contacted support" and "Escalate" tick their tasks too. */
  history?: ReadonlyArray<{ at: number; status: string }>;
}

/** Tasks a status move says were done: one progress, whatever button the person used. */
const DONE_BY_STATUS: Partial<Record<TaskId, string>> = {
  'contact-support': 'support-contacted',
  escalate: 'escalated',
};

export function taskDoneAt(state: ChecklistState, task: TaskId): number | undefined {
  if (task === 'submit-appeal') return state.appealAt ?? state.tasks?.[task];
  const status = DONE_BY_STATUS[task];
  const moved = status ? state.history?.find((h) => h.status === status)?.at : undefined;
  return state.tasks?.[task] ?? moved;
}

/** "3 of 7": how far the case's checklist is, for the case, its warning card and the lists. */
export function checklistProgress(state: ChecklistState): { done: number; total: number } {
  const tasks = checklistFor(state.cause);
  return {
    done: tasks.filter((task) => taskDoneAt(state, task) !== undefined).length,
    total: tasks.length,
  };
}
