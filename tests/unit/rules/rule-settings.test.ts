import { describe, expect, it } from 'vitest';
import { coerceRuleSettings, DEFAULT_RULE_SETTINGS } from '../../../src/rules';

describe('coerceRuleSettings', () => {
  it.each([undefined, null, 42, 'x', [], {}])('gives the defaults for %j', (raw) => {
    expect(coerceRuleSettings(raw)).toEqual(DEFAULT_RULE_SETTINGS);
  });

  it.each([
    ['failedLoginCount', 5, 5],
    ['failedLoginCount', '5', 3],
    ['failedLoginCount', 2.5, 3],
    ['failedLoginCount', 1, 3],
    ['failedLoginCount', Infinity, 3],
    ['nearLimitPercent', 90, 90],
    ['nearLimitPercent', 0, 80],
    ['nearLimitPercent', 150, 80],
    ['outlierScore', 2.5, 2.5],
    ['outlierScore', NaN, 3.5],
    ['timeZone', 'Asia/Shanghai', 'Asia/Shanghai'],
    ['timeZone', 'Mars/Olympus', 'UTC'],
    ['timeZone', 7, 'UTC'],
    ['disabledRules', ['maintenance', 'nope', 'maintenance', 3], ['maintenance']],
    ['disabledRules', 'maintenance', []],
  ])('%s = %j becomes %j', (key, value, expected) => {
    expect(coerceRuleSettings({ [key]: value })[key as keyof typeof DEFAULT_RULE_SETTINGS]).toEqual(
      expected,
    );
  });

  it('keeps valid limits, repairs or drops broken ones', () => {
    const limits = coerceRuleSettings({
      limits: [
        { walletId: 'binance', currency: 'usdt', daily: '1000', monthly: 20000 },
        { walletId: 'okx', currency: 'BTC', daily: '-1', monthly: '0.5' },
        { walletId: 'okx', currency: 'ETH', daily: '1e3' },
        { walletId: '', currency: 'USD', daily: '1' },
        { walletId: 'paypal', currency: 'USD', daily: '0' },
        'junk',
        null,
      ],
    }).limits;
    expect(limits).toEqual([
      { walletId: 'binance', currency: 'USDT', daily: '1000', monthly: '20000' },
      { walletId: 'okx', currency: 'BTC', monthly: '0.5' },
    ]);
  });

  it('drops unknown keys', () => {
    expect(coerceRuleSettings({ evil: 1 })).not.toHaveProperty('evil');
  });
});
