import { caseDeadline } from '../rules/case-deadline';
import {
  CASE_AUTHORS,
  CASE_CHANNELS,
  CASE_STATUSES,
  type CaseLogEntry,
  type CaseStatus,
  type NewCase,
  type RecoveryCase,
} from '../model/case-types';
import { TASK_IDS, type TaskId } from '../model/case-tasks';
import type { SentinelDb } from './db';
import type { Amount, Cause } from '../model/event-types';

/**
 * Recovery cases, behind one door: every write is validated here, so the cases page cannot
 * store a half-filled or oversized case. Errors carry a `code` the page translates.
 */
export const CASE_LIMITS = {
  blocked: 200,
  ticket: 100,
  text: 4000,
  attachment: 300,
  attachments: 20,
};

export class CaseInputError extends Error {
  constructor(
    readonly code: 'wallet' | 'blocked' | 'ticket' | 'amount' | 'text' | 'attachment' | 'missing',
  ) {
    super(`invalid case input: ${code}`);
  }
}

export interface CaseDraft {
  walletId: string;
  findingId?: string;
  cause?: Cause;
  blocked: string;
  amount?: Amount;
  channel: RecoveryCase['channel'];
  ticket: string;
}

const AMOUNT = /^\d{1,15}(\.\d{1,18})?$/;
const CURRENCY = /^[A-Z0-9]{2,10}$/;

function clean(text: string, max: number, code: CaseInputError['code'], required = true) {
  const value = text.trim();
  if ((required && value.length === 0) || value.length > max) throw new CaseInputError(code);
  return value;
}

export function validateDraft(draft: CaseDraft): CaseDraft {
  if (!/^([a-z0-9-]{2,40}|custom:https:\/\/[^\s/]+)$/.test(draft.walletId))
    throw new CaseInputError('wallet');
  if (!CASE_CHANNELS.includes(draft.channel)) throw new CaseInputError('missing');
  const amount = draft.amount;
  if (amount && (!AMOUNT.test(amount.value) || !CURRENCY.test(amount.currency)))
    throw new CaseInputError('amount');
  return {
    ...draft,
    blocked: clean(draft.blocked, CASE_LIMITS.blocked, 'blocked'),
    ticket: clean(draft.ticket, CASE_LIMITS.ticket, 'ticket', false),
  };
}

export async function createCase(db: SentinelDb, draft: CaseDraft, now: number): Promise<number> {
  const valid = validateDraft(draft);
  const record: NewCase = {
    ...valid,
    status: 'confirmed',
    openedAt: now,
    updatedAt: now,
    history: [{ at: now, status: 'confirmed' }],
    log: [],
  };
  return (await db.cases.add(record as RecoveryCase)) as number;
}

/** Ticket and channel change as support moves the user around; the rest is history. */
export async function updateCaseDetails(
  db: SentinelDb,
  id: number,
  patch: Pick<CaseDraft, 'ticket' | 'channel'>,
  now: number,
): Promise<void> {
  if (!CASE_CHANNELS.includes(patch.channel)) throw new CaseInputError('missing');
  const ticket = clean(patch.ticket, CASE_LIMITS.ticket, 'ticket', false);
  await db.cases.update(id, { ticket, channel: patch.channel, updatedAt: now });
}

/**
 * Moves a case to `status`. Submitting the appeal starts the 10-business-day clock in the
 * user's zone; a case can go back a step (a mistaken click) but keeps its history.
 */
export async function setCaseStatus(
  db: SentinelDb,
  id: number,
  status: CaseStatus,
  now: number,
  timeZone: string,
): Promise<RecoveryCase> {
  if (!CASE_STATUSES.includes(status)) throw new CaseInputError('missing');
  return db.transaction('rw', db.cases, async () => {
    const current = await db.cases.get(id);
    if (!current) throw new CaseInputError('missing');
    const next: RecoveryCase = {
      ...current,
      status,
      updatedAt: now,
      history: [...current.history, { at: now, status }],
    };
    if (status === 'appeal-submitted') {
      next.appealAt = now;
      next.deadline = caseDeadline(now, timeZone);
    }
    await db.cases.put(next);
    return next;
  });
}

/**
 * Ticks or unticks one task of the case's checklist. "Submit the appeal" is the appeal itself:
 * ticking it records the appeal date and starts the 10-business-day countdown (as the status
 * does), unticking it moves the case back to the step it was at before.
 */
export async function setCaseTask(
  db: SentinelDb,
  id: number,
  task: TaskId,
  done: boolean,
  now: number,
  timeZone: string,
): Promise<RecoveryCase> {
  if (!TASK_IDS.includes(task)) throw new CaseInputError('missing');
  if (task === 'submit-appeal') {
    const current = await db.cases.get(id);
    if (!current) throw new CaseInputError('missing');
    if (done && current.appealAt === undefined)
      return setCaseStatus(db, id, 'appeal-submitted', now, timeZone);
    if (!done && current.appealAt !== undefined) {
      // Back to the step the case was at before the appeal (a mistaken tick), not further.
      const appealed = current.history.map((h) => h.status).lastIndexOf('appeal-submitted');
      const back =
        (appealed > 0 ? current.history[appealed - 1]?.status : undefined) ?? 'confirmed';
      await db.cases.update(id, { appealAt: undefined, deadline: undefined });
      return setCaseStatus(db, id, back === 'appeal-submitted' ? 'confirmed' : back, now, timeZone);
    }
    return current;
  }
  return db.transaction('rw', db.cases, async () => {
    const current = await db.cases.get(id);
    if (!current) throw new CaseInputError('missing');
    const tasks = { ...(current.tasks ?? {}) };
    if (done) tasks[task] = now;
    else delete tasks[task];
    const next: RecoveryCase = { ...current, tasks, updatedAt: now };
    await db.cases.put(next);
    return next;
  });
}

export type LogDraft = Omit<CaseLogEntry, 'attachments'> & { attachments: string[] };

/** Appends to the communication log; a reply from support stops the overdue warning. */
export async function addCaseLogEntry(
  db: SentinelDb,
  id: number,
  entry: LogDraft,
  now: number,
): Promise<void> {
  if (!CASE_CHANNELS.includes(entry.channel) || !CASE_AUTHORS.includes(entry.who))
    throw new CaseInputError('missing');
  if (!Number.isFinite(entry.at) || entry.at <= 0) throw new CaseInputError('missing');
  const attachments = entry.attachments
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => clean(a, CASE_LIMITS.attachment, 'attachment'));
  if (attachments.length > CASE_LIMITS.attachments) throw new CaseInputError('attachment');
  const stored: CaseLogEntry = {
    at: entry.at,
    channel: entry.channel,
    who: entry.who,
    text: clean(entry.text, CASE_LIMITS.text, 'text'),
    attachments,
  };
  await db.transaction('rw', db.cases, async () => {
    const current = await db.cases.get(id);
    if (!current) throw new CaseInputError('missing');
    const log = [...current.log, stored].sort((a, b) => a.at - b.at);
    const lastReplyAt =
      stored.who === 'support'
        ? Math.max(current.lastReplyAt ?? 0, stored.at)
        : current.lastReplyAt;
    await db.cases.put({
      ...current,
      log,
      updatedAt: now,
      ...(lastReplyAt === undefined ? {} : { lastReplyAt }),
    });
  });
}

/** Open cases first (newest change first), then the closed ones. */
export async function listCases(db: SentinelDb): Promise<RecoveryCase[]> {
  const all = await db.cases.orderBy('updatedAt').reverse().toArray();
  const closed = (c: RecoveryCase) => c.status === 'resolved';
  return [...all.filter((c) => !closed(c)), ...all.filter(closed)];
}
