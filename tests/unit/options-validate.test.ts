import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS } from '../../src/rules/rule-settings';
import { setLanguage } from '../../src/wording/i18n';
import { validateLimits, limitsDraft, type LimitsDraft } from '../../src/ui/options/limits-form';
import { problemText } from '../../src/ui/options/problem';
import {
  defaultThresholdsDraft,
  THRESHOLD_KEYS,
  validateThresholds,
} from '../../src/ui/options/thresholds';
import {
  parseCurrency,
  parseLimitAmount,
  parseNumber,
  parseSiteUrl,
} from '../../src/ui/options/validate';

/** The value, or the message the user would read (in English). */
const said = <T>(
  r: { ok: true; value: T } | { ok: false; problem: Parameters<typeof problemText>[0] },
) => (r.ok ? r.value : `! ${problemText(r.problem)}`);

beforeEach(() => setLanguage('en'));

describe('limit amounts: positive decimals as the rules compare them', () => {
  it.each([
    ['5000', '5000'],
    [' 800 ', '800'],
    ['0.25', '0.25'],
    ['00800.50', '800.50'],
    ['', undefined],
    [
      '1,000',
      '! Enter the amount in digits, with a point for decimals: 5000 or 0.25 — no commas, spaces or currency signs.',
    ],
    ['1 000', expect.stringMatching(/^! Enter the amount/)],
    ['-5', expect.stringMatching(/^! Enter the amount/)],
    ['1e5', expect.stringMatching(/^! Enter the amount/)],
    ['¥800', expect.stringMatching(/^! Enter the amount/)],
    ['.5', expect.stringMatching(/^! Enter the amount/)],
    ['5.', expect.stringMatching(/^! Enter the amount/)],
    ['0', '! A limit must be more than 0. Leave the field empty for no limit.'],
    ['0.000', expect.stringMatching(/^! A limit must be more than 0/)],
    ['1'.repeat(21), expect.stringMatching(/^! Enter the amount/)],
  ])('%j → %j', (text, expected) => {
    expect(said(parseLimitAmount(text))).toEqual(expected);
  });
});

describe('currencies: ISO 4217 codes and known tickers, any case', () => {
  it.each([
    ['CNY', 'CNY'],
    ['usdt', 'USDT'],
    [' btc ', 'BTC'],
    ['TWD', 'TWD'],
    ['', '! Enter a currency code like CNY or USD, or a ticker like BTC or USDT.'],
    ['RMB', expect.stringContaining('“RMB” is not a currency code or ticker')],
    ['¥', expect.stringContaining('is not a currency code')],
    ['XDR', expect.stringContaining('is not a currency code')],
  ])('%j → %j', (text, expected) => {
    expect(said(parseCurrency(text))).toEqual(expected);
  });
});

describe('numbers in range', () => {
  const count = { min: 2, max: 1000, int: true };
  const minutes = { min: 1, max: 1440, int: false };
  it.each([
    ['3', count, 3],
    ['2.5', minutes, 2.5],
    ['', count, '! Enter a value.'],
    ['2.5', count, '! Enter a whole number, like 5.'],
    ['three', count, '! Enter a whole number, like 5.'],
    ['abc', minutes, '! Enter a number in digits, with a point for decimals, like 15 or 2.5.'],
    ['1', count, '! Enter a number from 2 to 1000.'],
    ['5000', minutes, '! Enter a number from 1 to 1440.'],
  ])('%j in %j → %j', (text, range, expected) => {
    expect(said(parseNumber(text, range))).toEqual(expected);
  });
});

describe('own site addresses', () => {
  const existing = [{ origin: 'https://known.example', addedAt: 1 }];
  it.each([
    ['https://max.maicoin.com/login?next=/wallet', 'https://max.maicoin.com'],
    ['max.maicoin.com', 'https://max.maicoin.com'],
    ['  HTTPS://Max.MaiCoin.com/  ', 'https://max.maicoin.com'],
    ['https://例子.测试/', 'https://xn--fsqu00a.xn--0zwm56d'],
    ['', '! Enter the address of the wallet site, like https://wallet.example.'],
    ['http://max.maicoin.com', expect.stringMatching(/^! Only https:\/\//)],
    ['https://max.maicoin.com:8443/', '! Enter the site without a port number (no “:8443”).'],
    ['https://localhost/', expect.stringMatching(/^! Enter the site's domain name/)],
    ['https://192.168.1.10/', expect.stringMatching(/^! Enter the site's domain name/)],
    ['https://user:pw@wallet.example/', expect.stringMatching(/^! This is not a web address/)],
    ['javascript:alert(1)', expect.stringMatching(/^! This is not a web address/)],
    ['https://www.paypal.com/signin', expect.stringMatching(/^! PayPal is already in the list/)],
    ['https://known.example/login', '! This site is already in your list.'],
  ])('%j → %j', (text, expected) => {
    expect(said(parseSiteUrl(text, existing))).toEqual(expected);
  });

  it('refuses a 101st site', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({
      origin: `https://w${i}.example`,
      addedAt: 1,
    }));
    expect(said(parseSiteUrl('https://one-more.example', many))).toMatch(/up to 100 sites/);
  });

  it('names the catalog wallet in the user language', () => {
    setLanguage('zh_CN');
    expect(said(parseSiteUrl('https://auth.alipay.com/login', []))).toMatch(
      /^! 支付宝 已在已知钱包列表中/,
    );
  });
});

describe('the limits table saves whole or not at all', () => {
  const wallets = new Set(['alipay', 'okx', 'custom:https://max.maicoin.com']);
  const draft = (rows: LimitsDraft['rows'], near = '80'): LimitsDraft => ({
    rows,
    nearLimitPercent: near,
  });
  const row = (walletId: string, currency: string, daily = '', monthly = '') => ({
    walletId,
    currency,
    daily,
    monthly,
  });

  it('turns a good table into the stored limits', () => {
    const result = validateLimits(
      draft(
        [
          row('alipay', 'cny', '800', '20000'),
          row('custom:https://max.maicoin.com', 'TWD', '', '50000'),
        ],
        '75.5',
      ),
      wallets,
    );
    expect(result.problems).toEqual({});
    expect(result.limits).toEqual([
      { walletId: 'alipay', currency: 'CNY', daily: '800', monthly: '20000' },
      { walletId: 'custom:https://max.maicoin.com', currency: 'TWD', monthly: '50000' },
    ]);
    expect(result.nearLimitPercent).toBe(75.5);
  });

  it('names every bad field, one problem each', () => {
    const result = validateLimits(
      draft(
        [
          row('', 'CNY', '5'),
          row('alipay', 'RMB', '1,000'),
          row('okx', 'USDT'),
          row('okx', 'usdt', '900', '800'),
          row('okx', 'USDT', '1'),
        ],
        '120',
      ),
      wallets,
    );
    expect(Object.fromEntries(Object.entries(result.problems).map(([k, p]) => [k, p.key]))).toEqual(
      {
        'limit-0-walletId': 'optionsErrorLimitWallet',
        'limit-1-currency': 'optionsErrorCurrencyUnknown',
        'limit-1-daily': 'optionsErrorAmount',
        'limit-2-daily': 'optionsErrorLimitEmpty',
        'limit-3-daily': 'optionsErrorDailyOverMonthly',
        'limit-3-currency': 'optionsErrorLimitDuplicate',
        'limit-4-currency': 'optionsErrorLimitDuplicate',
        'near-limit': 'optionsErrorRange',
      },
    );
  });

  it('round-trips the stored limits through the form unchanged', () => {
    const limits = [
      { walletId: 'alipay', currency: 'CNY', daily: '800' },
      { walletId: 'okx', currency: 'USDT', daily: '0.5', monthly: '10' },
    ];
    const result = validateLimits(limitsDraft(limits, 80), wallets);
    expect(result).toEqual({ problems: {}, limits, nearLimitPercent: 80 });
  });
});

describe('rule thresholds', () => {
  it('the defaults validate to the defaults', () => {
    const { problems, values } = validateThresholds(defaultThresholdsDraft());
    expect(problems).toEqual({});
    for (const key of THRESHOLD_KEYS) expect(values[key]).toBe(DEFAULT_RULE_SETTINGS[key]);
  });

  it('every numeric rule setting but the near-limit percent has a field', () => {
    expect(THRESHOLD_KEYS).toHaveLength(18);
    expect(new Set(THRESHOLD_KEYS).size).toBe(18);
  });

  it('refuses out-of-range, fractional counts and empty fields by name', () => {
    const draft = {
      ...defaultThresholdsDraft(),
      failedLoginCount: '1',
      velocityCount: '2.5',
      outlierScore: '',
    };
    const { problems } = validateThresholds(draft);
    expect(Object.keys(problems).sort()).toEqual([
      'th-failedLoginCount',
      'th-outlierScore',
      'th-velocityCount',
    ]);
    expect(problemText(problems['th-failedLoginCount']!)).toBe('Enter a number from 2 to 1000.');
  });
});
