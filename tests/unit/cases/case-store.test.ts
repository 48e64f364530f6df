import { describe, expect, it } from 'vitest';
import { refreshTimeFindings } from '../../../src/background/time-findings';
import {
  addCaseLogEntry,
  CaseInputError,
  createCase,
  listCases,
  setCaseStatus,
  type CaseDraft,
} from '../../../src/storage/cases';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings';
import { memoryDb } from '../helpers/memory-db';

const draft: CaseDraft = {
  walletId: 'alipay',
  findingId: 'account-frozen:alipay:1',
  cause: 'security',
  blocked: '提现 5,000 CNY',
  amount: { value: '5000', currency: 'CNY' },
  channel: 'ticket',
  ticket: ' CS-1 ',
};
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 25, 2); // Wednesday 10:00 in Shanghai
const ui = { logOpenedAt: T0, installedAt: T0 };

describe('recovery cases', () => {
  it('opens a case at "confirmed" and keeps every step in its history', async () => {
    const db = memoryDb();
    const id = await createCase(db, draft, T0);
    await setCaseStatus(db, id, 'support-contacted', T0 + 1, 'Asia/Shanghai');
    const appealed = await setCaseStatus(db, id, 'appeal-submitted', T0 + 2, 'Asia/Shanghai');
    expect(appealed.ticket).toBe('CS-1');
    expect(appealed.history.map((h) => h.status)).toEqual([
      'confirmed',
      'support-contacted',
      'appeal-submitted',
    ]);
    expect(appealed.deadline).toBe(Date.UTC(2026, 11, 9, 16)); // end of Wed 2026-12-09, +08:00
  });

  it.each([
    ['an empty "what is blocked"', { blocked: '   ' }, 'blocked'],
    ['an oversized ticket', { ticket: 'x'.repeat(101) }, 'ticket'],
    ['a malformed amount', { amount: { value: '5,000', currency: 'CNY' } }, 'amount'],
    ['an unknown wallet id shape', { walletId: 'javascript:alert(1)' }, 'wallet'],
  ])('refuses %s and stores nothing', async (_, patch, code) => {
    const db = memoryDb();
    await expect(createCase(db, { ...draft, ...patch } as CaseDraft, T0)).rejects.toMatchObject({
      code,
    });
    expect(await db.cases.count()).toBe(0);
  });

  it('keeps the communication log in time order; a support reply is remembered', async () => {
    const db = memoryDb();
    const id = await createCase(db, draft, T0);
    const entry = { channel: 'chat' as const, attachments: ['freeze.png: the notice'] };
    await addCaseLogEntry(db, id, { ...entry, at: T0 + 2000, who: 'support', text: '已受理' }, T0);
    await addCaseLogEntry(db, id, { ...entry, at: T0 + 1000, who: 'me', text: 'Described it' }, T0);
    const stored = (await db.cases.get(id))!;
    expect(stored.log.map((e) => e.text)).toEqual(['Described it', '已受理']);
    expect(stored.lastReplyAt).toBe(T0 + 2000);
    await expect(
      addCaseLogEntry(db, id, { ...entry, at: T0, who: 'me', text: '' }, T0),
    ).rejects.toBeInstanceOf(CaseInputError);
  });

  it('lists open cases before resolved ones', async () => {
    const db = memoryDb();
    const a = await createCase(db, draft, T0);
    await createCase(db, { ...draft, walletId: 'paypal' }, T0 + 1);
    await setCaseStatus(db, a, 'resolved', T0 + 5, 'UTC');
    expect((await listCases(db)).map((c) => c.walletId)).toEqual(['paypal', 'alipay']);
  });
});

describe('time findings in the database', () => {
  const settings = { ...DEFAULT_SETTINGS, timeZone: 'Asia/Shanghai' };

  it('raises case-overdue after the deadline and resolves it when support answers', async () => {
    const db = memoryDb();
    const id = await createCase(db, draft, T0);
    const { deadline } = await setCaseStatus(db, id, 'appeal-submitted', T0, 'Asia/Shanghai');
    expect(await refreshTimeFindings(db, settings, ui, deadline! - 1)).toEqual([]);
    const created = await refreshTimeFindings(db, settings, ui, deadline! + 1);
    expect(created.map((f) => f.id)).toEqual([`case-overdue:alipay:case-${id}`]);
    // Again: nothing new, still open.
    expect(await refreshTimeFindings(db, settings, ui, deadline! + 2)).toEqual([]);
    expect((await db.findings.get(created[0]!.id))?.status).toBe('open');
    await addCaseLogEntry(
      db,
      id,
      { at: deadline! + 3, channel: 'email', who: 'support', text: 'Unfrozen', attachments: [] },
      deadline! + 3,
    );
    await refreshTimeFindings(db, settings, ui, deadline! + 4);
    expect((await db.findings.get(created[0]!.id))?.status).toBe('resolved');
  });

  it('raises review-overdue with activity and resolves it once the log is opened', async () => {
    const db = memoryDb();
    await db.events.add({
      at: T0 + DAY,
      kind: 'login.success',
      walletId: 'okx',
      origin: 'https://www.okx.com',
      path: '/',
      hash: 'h',
    } as never);
    const [finding] = await refreshTimeFindings(db, settings, ui, T0 + 31 * DAY);
    expect(finding).toMatchObject({ ruleId: 'review-overdue', walletId: 'all', status: 'open' });
    await refreshTimeFindings(db, settings, { ...ui, logOpenedAt: T0 + 31 * DAY }, T0 + 32 * DAY);
    expect((await db.findings.get(finding!.id))?.status).toBe('resolved');
  });

  it('a user who switched the reminder off gets none', async () => {
    const db = memoryDb();
    await db.events.add({
      at: T0 + DAY,
      kind: 'logout',
      walletId: 'okx',
      origin: 'https://www.okx.com',
      path: '/',
      hash: 'h',
    } as never);
    const off = {
      ...settings,
      rules: { ...settings.rules, disabledRules: ['review-overdue' as const] },
    };
    expect(await refreshTimeFindings(db, off, ui, T0 + 90 * DAY)).toEqual([]);
  });
});
