import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../src/rules/rule-settings';
import type { StoredEvent } from '../../src/model/event-types';
import { limitSpan, limitUse } from '../../src/ui/log/limit-usage';

const at = (iso: string) => new Date(iso).getTime();
const rules: RuleSettings = {
  ...DEFAULT_RULE_SETTINGS,
  timeZone: 'Asia/Shanghai',
  limits: [{ walletId: 'okx', currency: 'usdt', daily: '1000', monthly: '5000' }],
};
let id = 0;
function withdrawal(iso: string, value: string, outcome: StoredEvent['kind']): StoredEvent[] {
  const base = {
    walletId: 'okx',
    origin: 'https://www.okx.com',
    path: '/',
    hash: '',
    attemptId: `a${id}`,
  };
  return [
    {
      ...base,
      id: ++id,
      at: at(iso),
      kind: 'withdrawal.attempt',
      amount: { value, currency: 'USDT' },
    },
    { ...base, id: ++id, at: at(iso) + 60_000, kind: outcome },
  ];
}

describe('limit usage on the log page', () => {
  // 2026-03-15 10:00 in Shanghai.
  const now = at('2026-03-15T02:00:00Z');
  const events = [
    ...withdrawal('2026-02-28T10:00:00Z', '900', 'withdrawal.success'), // February: not counted
    ...withdrawal('2026-03-02T01:00:00Z', '2000.5', 'withdrawal.success'),
    ...withdrawal('2026-03-14T17:00:00Z', '300', 'withdrawal.success'), // 01:00 on the 15th
    ...withdrawal('2026-03-15T01:00:00Z', '400', 'withdrawal.failure'), // failed: not counted
    ...withdrawal('2026-03-15T01:30:00Z', '250.25', 'withdrawal.pending'),
  ];

  it('counts today and this month like the limit rules, in the user zone', () => {
    expect(limitUse(rules.limits[0]!, events, rules, now)).toEqual({
      walletId: 'okx',
      currency: 'USDT',
      daily: { used: '550.25', cap: '1000', ratio: 0.55025, resetsAt: at('2026-03-15T16:00:00Z') },
      monthly: {
        used: '2550.75',
        cap: '5000',
        ratio: 0.51015,
        resetsAt: at('2026-03-31T16:00:00Z'),
      },
    });
  });

  it('shows nothing used when the period has no withdrawals, and leaves out caps not set', () => {
    const only = { ...rules, limits: [{ walletId: 'okx', currency: 'USDT', monthly: '10' }] };
    expect(limitUse(only.limits[0]!, events.slice(0, 2), only, now)).toEqual({
      walletId: 'okx',
      currency: 'USDT',
      monthly: { used: '0', cap: '10', ratio: 0, resetsAt: at('2026-03-31T16:00:00Z') },
    });
  });

  it('reads from two days before the month so late outcomes find their attempt', () => {
    expect(limitSpan(now, 'Asia/Shanghai')).toEqual({
      from: at('2026-02-26T16:00:00Z'),
      to: now + 1,
    });
  });
});
