import { describe, expect, it } from 'vitest';
import { CHECKLISTS, checklistFor, checklistProgress } from '../../../src/model/case-tasks';
import {
  CaseInputError,
  createCase,
  setCaseTask,
  type CaseDraft,
} from '../../../src/storage/cases';
import { memoryDb } from '../helpers/memory-db';

const T0 = Date.UTC(2026, 10, 25, 2); // Wednesday 10:00 in Shanghai
const draft = (cause: CaseDraft['cause']): CaseDraft => ({
  walletId: 'gate',
  cause,
  blocked: 'withdrawals frozen',
  channel: 'ticket',
  ticket: '',
});

describe('a case checklist', () => {
  it('differs by cause: no appeal for an outage, securing first for a security freeze, documents for compliance, the reset for limits', () => {
    expect(CHECKLISTS.technical).not.toContain('submit-appeal');
    expect(CHECKLISTS.technical).toContain('check-announcements');
    expect(CHECKLISTS.security.slice(1, 4)).toEqual([
      'change-password',
      'check-2fa',
      'review-sign-ins',
    ]);
    expect(CHECKLISTS.compliance).toContain('kyc-documents');
    expect(CHECKLISTS.limits[0]).toBe('limit-reset');
    // Every path that appeals also follows up and can escalate, as the brief's five steps do.
    for (const tasks of Object.values(CHECKLISTS))
      if (tasks.includes('submit-appeal'))
        expect(tasks).toEqual(
          expect.arrayContaining(['follow-up', 'escalate', 'collect-evidence']),
        );
    expect(checklistFor(undefined)).toBe(CHECKLISTS.security);
  });

  it('keeps ticks with their time; "submit the appeal" is the appeal itself and starts the countdown', async () => {
    const db = memoryDb();
    const id = await createCase(db, draft('compliance'), T0);
    await setCaseTask(db, id, 'kyc-documents', true, T0 + 1, 'Asia/Shanghai');
    let stored = await setCaseTask(db, id, 'submit-appeal', true, T0 + 2, 'Asia/Shanghai');
    expect(stored.tasks).toEqual({ 'kyc-documents': T0 + 1 });
    expect(stored.status).toBe('appeal-submitted');
    expect(stored.appealAt).toBe(T0 + 2);
    expect(stored.deadline).toBe(Date.UTC(2026, 11, 9, 16));
    expect(checklistProgress(stored)).toEqual({ done: 2, total: CHECKLISTS.compliance.length });

    // Ticking again changes nothing; unticking takes the appeal back.
    expect(
      (await setCaseTask(db, id, 'submit-appeal', true, T0 + 5, 'Asia/Shanghai')).appealAt,
    ).toBe(T0 + 2);
    stored = await setCaseTask(db, id, 'submit-appeal', false, T0 + 6, 'Asia/Shanghai');
    expect(stored.appealAt).toBeUndefined();
    expect(stored.deadline).toBeUndefined();
    expect(stored.status).toBe('confirmed');
    stored = await setCaseTask(db, id, 'kyc-documents', false, T0 + 7, 'Asia/Shanghai');
    expect(checklistProgress(stored).done).toBe(0);
  });

  it('refuses a task it does not know and a case that is gone', async () => {
    const db = memoryDb();
    const id = await createCase(db, draft('security'), T0);
    await expect(
      setCaseTask(db, id, 'pay-the-fee' as never, true, T0, 'UTC'),
    ).rejects.toBeInstanceOf(CaseInputError);
    await expect(setCaseTask(db, id + 1, 'check-2fa', true, T0, 'UTC')).rejects.toBeInstanceOf(
      CaseInputError,
    );
  });
});
