import type { Browser } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { runWeeklySummary } from '../../src/background/weekly-summary';
import type { Finding, StoredEvent } from '../../src/model/event-types';
import { summarise, WEEK } from '../../src/rules/weekly-summary';
import { setLanguage } from '../../src/wording/i18n';
import { weeklyLines, weeklyTitle } from '../../src/wording/weekly-text';
import { memoryArea, memoryDb } from './helpers/memory-db';

const T0 = Date.UTC(2026, 11, 7, 12);
let nextId = 1;
const event = (
  kind: StoredEvent['kind'],
  at: number,
  amount?: StoredEvent['amount'],
): StoredEvent =>
  ({
    id: nextId++,
    at,
    kind,
    walletId: 'okx',
    origin: 'https://www.okx.com',
    path: '/',
    hash: 'h',
    ...(amount ? { amount } : {}),
  }) as StoredEvent;
const finding = (over: Partial<Finding>): Finding => ({
  id: `f${nextId++}`,
  ruleId: 'withdrawal-new-destination',
  walletId: 'okx',
  severity: 'info',
  cause: 'security',
  at: T0 - 1000,
  eventIds: [],
  guide: 'cause-security',
  status: 'open',
  params: {},
  ...over,
});

describe('the weekly summary', () => {
  it('counts the week: sign-ins, withdrawals by outcome, exact amounts by currency, new destinations, open warnings', () => {
    const from = T0 - WEEK;
    const s = summarise(
      [
        event('login.success', from + 1),
        event('login.failure', from + 2),
        event('withdrawal.success', from + 3, { value: '0.1', currency: 'BTC' }),
        event('withdrawal.pending', from + 4, { value: '0.2', currency: 'BTC' }),
        event('withdrawal.success', from + 5, { value: '1000', currency: 'CNY' }),
        event('withdrawal.failure', from + 6, { value: '9999', currency: 'CNY' }),
        event('withdrawal.success', from - 1, { value: '5', currency: 'BTC' }), // last week
      ],
      [
        finding({}),
        finding({ ruleId: 'account-frozen', severity: 'critical' }),
        finding({ status: 'resolved', severity: 'warning' }),
      ],
      1,
      from,
      T0,
    );
    expect(s.signIns).toEqual({ succeeded: 1, failed: 1 });
    expect(s.withdrawals).toEqual({ completed: 2, pending: 1, failed: 1 });
    expect(s.amounts).toEqual([
      { value: '0.3', currency: 'BTC' },
      { value: '1000', currency: 'CNY' },
    ]);
    expect(s.newDestinations).toBe(2);
    expect(s.openWarnings).toEqual({ critical: 1, warning: 0, info: 1 });
    expect(s.overdueCases).toBe(1);
    expect(s.allNormal).toBe(false);
    setLanguage('zh_CN');
    expect(weeklyTitle(s)).toBe('本周：有 1 条警告需要您处理');
    expect(weeklyLines(s)).toContain('提现金额：0.3 BTC、1,000 元。');
    setLanguage('en');
  });

  it('says "all normal" as such when nothing needs the person', () => {
    const s = summarise([event('login.success', T0 - 10)], [finding({})], 0, T0 - WEEK, T0);
    expect(s.allNormal).toBe(true);
    expect(weeklyTitle(s)).toBe('Your week: all normal');
    expect(weeklyLines(s).at(-1)).toMatch(/^All normal/);
  });
});

describe('the weekly notification', () => {
  function fakeBrowser(settings: Record<string, unknown>) {
    const local = memoryArea({ settings });
    const created: Array<{ id: string; title: string; message: string }> = [];
    const api = {
      storage: { local },
      i18n: { getUILanguage: () => 'en-US' },
      runtime: { getURL: (p: string) => `chrome-extension://x/${p}` },
      notifications: {
        create: async (id: string, o: { title: string; message: string }) => {
          created.push({ id, title: o.title, message: o.message });
          return id;
        },
      },
    } as unknown as Browser;
    return { api, local, created };
  }

  it('is off unless the person opts in; then comes once a week, seven days after the last', async () => {
    const db = memoryDb();
    await db.events.bulkAdd([event('login.success', T0 - 1000)]);
    const off = fakeBrowser({ weeklySummary: false });
    expect(await runWeeklySummary(off.api, db, T0, () => {})).toBeUndefined();
    expect(off.created).toEqual([]);

    const on = fakeBrowser({ weeklySummary: true });
    // Opting in starts the first week: nothing yet.
    expect(await runWeeklySummary(on.api, db, T0, () => {})).toBeUndefined();
    expect(await runWeeklySummary(on.api, db, T0 + WEEK - 1, () => {})).toBeUndefined();
    const summary = await runWeeklySummary(on.api, db, T0 + WEEK, () => {});
    expect(summary?.allNormal).toBe(true);
    expect(on.created).toHaveLength(1);
    expect(on.created[0]!.title).toBe('Your week: all normal');
    expect(on.created[0]!.message).not.toMatch(/CNY|BTC|0x/);
    // Not twice for the same week.
    await runWeeklySummary(on.api, db, T0 + WEEK + 1000, () => {});
    expect(on.created).toHaveLength(1);
  });

  it('forgets its week when the person opts out', async () => {
    const db = memoryDb();
    const { api, local } = fakeBrowser({ weeklySummary: true });
    await runWeeklySummary(api, db, T0, () => {});
    expect(local.data.has('weeklySummaryAt')).toBe(true);
    await local.set({ settings: { weeklySummary: false } });
    await runWeeklySummary(api, db, T0 + 1, () => {});
    expect(local.data.has('weeklySummaryAt')).toBe(false);
  });
});
