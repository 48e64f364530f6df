import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/parsing/amount';

type Hints = { lang?: string; currency?: string };
const A = (value: string, currency?: string) => (currency ? { value, currency } : { value });

/** [text, hints, expected] — what wallet pages show and users type. */
const CASES: Array<[string, Hints, ReturnType<typeof A> | undefined]> = [
  // Separators
  ['1,234.56', {}, A('1234.56')],
  ['1.234,56', {}, A('1234.56')],
  ['1 234,56', {}, A('1234.56')],
  ['1\u00a0234,56', {}, A('1234.56')],
  ['1\u202f234,56', {}, A('1234.56')],
  ["1'234.56", {}, A('1234.56')],
  ['1’234.56', {}, A('1234.56')],
  ['1,23,456.78', {}, A('123456.78')],
  ['12,34,56,789', {}, A('123456789')],
  ['1,234,567', {}, A('1234567')],
  ['1.234.567', {}, A('1234567')],
  ['1.234.567,891', {}, A('1234567.891')],
  ['12,50', {}, A('12.50')],
  ['0,125', {}, A('0.125')],
  ['1234.567', {}, A('1234.567')],
  ['1234,5', {}, A('1234.5')],
  // One lone separator before three digits: currency, then page language
  ['1,234', {}, A('1234')],
  ['1.234', {}, A('1.234')],
  ['1,234', { lang: 'de' }, A('1.234')],
  ['1.234', { lang: 'de-DE' }, A('1234')],
  ['1.234', { lang: 'de-CH' }, A('1.234')],
  ['1,234', { lang: 'fr' }, A('1.234')],
  ['1.234', { lang: 'pt-BR', currency: 'BRL' }, A('1234', 'BRL')],
  ['1.234', { lang: 'de', currency: 'JPY' }, A('1234', 'JPY')],
  ['1,234', { lang: 'de', currency: 'KRW' }, A('1234', 'KRW')],
  ['1.234 €', { lang: 'en' }, A('1234', 'EUR')],
  ['1,234 USDT', { lang: 'en' }, A('1234', 'USDT')],
  ['1,234 BTC', { lang: 'de' }, A('1.234', 'BTC')],
  ['1.234 BTC', {}, A('1.234', 'BTC')],
  ['1.234 KWD', { lang: 'ar-KW' }, A('1.234', 'KWD')],
  ['1,234', { lang: 'not a language!' }, A('1234')],
  // Currency next to the number
  ['¥1,000', {}, A('1000', 'CNY')],
  ['¥1,000', { lang: 'zh-CN' }, A('1000', 'CNY')],
  ['¥1,000', { lang: 'ja' }, A('1000', 'JPY')],
  ['￥1,000', { lang: 'ja-JP' }, A('1000', 'JPY')],
  ['¥1,000', { currency: 'JPY' }, A('1000', 'JPY')],
  ['US$5', {}, A('5', 'USD')],
  ['$5', {}, A('5', 'USD')],
  ['$5', { currency: 'cad' }, A('5', 'CAD')],
  ['$5', { currency: 'EUR' }, A('5', 'USD')],
  ['HK$1,200', {}, A('1200', 'HKD')],
  ['NT$300', {}, A('300', 'TWD')],
  ['S$ 20', {}, A('20', 'SGD')],
  ['A$20', {}, A('20', 'AUD')],
  ['C$20', {}, A('20', 'CAD')],
  ['R$ 1.234,56', {}, A('1234.56', 'BRL')],
  ['€ 12,50', {}, A('12.50', 'EUR')],
  ['12,50 €', {}, A('12.50', 'EUR')],
  ['£9.99', {}, A('9.99', 'GBP')],
  ['₩50,000', {}, A('50000', 'KRW')],
  ['₹12,34,567.89', {}, A('1234567.89', 'INR')],
  ['1 234,56 ₽', {}, A('1234.56', 'RUB')],
  ['₺1.234,56', {}, A('1234.56', 'TRY')],
  ['1.234.567 ₫', {}, A('1234567', 'VND')],
  ['฿500', {}, A('500', 'THB')],
  ['฿0.5', { currency: 'BTC' }, A('0.5', 'BTC')],
  ['1000元', {}, A('1000', 'CNY')],
  ['人民币 1,000.00', {}, A('1000.00', 'CNY')],
  ['100美元', {}, A('100', 'USD')],
  ['1,000円', {}, A('1000', 'JPY')],
  ['Rp5.000', {}, A('5000', 'IDR')],
  ['Rs.1,234.56', {}, A('1234.56', 'INR')],
  ['1.234,56 zł', {}, A('1234.56', 'PLN')],
  ['0.00012345 BTC', {}, A('0.00012345', 'BTC')],
  ['5 USDT', {}, A('5', 'USDT')],
  ['5 usdt', {}, A('5', 'USDT')],
  ['5USDT', {}, A('5', 'USDT')],
  ['USD 1,234.56', {}, A('1234.56', 'USD')],
  ['20 ARB', {}, A('20', 'ARB')],
  ['20 WOOF', {}, A('20', 'WOOF')],
  ['20 WOOF', { currency: 'USDT' }, A('20', 'USDT')],
  ['MOP$1,234.50', {}, A('1234.50', 'MOP')],
  ['5 MAX', {}, A('5')],
  ['try 5 times', {}, A('5')],
  ['1 000 FCFA', { currency: 'XOF' }, A('1000', 'XOF')],
  ['12.5', { currency: 'usdc' }, A('12.5', 'USDC')],
  ['12.5', { currency: 'not a code' }, A('12.5')],
  // Full-width, Arabic-Indic and other digits
  ['１２３，４５６．７８', {}, A('123456.78')],
  ['￥１，０００', {}, A('1000', 'CNY')],
  ['１００ＵＳＤＴ', {}, A('100', 'USDT')],
  ['١٬٢٣٤٫٥٦', {}, A('1234.56')],
  ['‏١٬٢٣٤٫٥٦ US$', { lang: 'ar-EG' }, A('1234.56', 'USD')],
  ['۱۲۳٫۴۵', { lang: 'fa' }, A('123.45')],
  ['१,२३,४५६.७८', { lang: 'mr' }, A('123456.78')],
  // Chinese units, k and M
  ['1.2万', {}, A('12000')],
  ['3亿', {}, A('300000000')],
  ['5千', {}, A('5000')],
  ['5万元', {}, A('50000', 'CNY')],
  ['1.5千万 USDT', {}, A('15000000', 'USDT')],
  ['1.23456万', {}, A('12345.6')],
  ['$1.5k', {}, A('1500', 'USD')],
  ['2M USDT', {}, A('2000000', 'USDT')],
  ['5m', {}, undefined],
  // Text around the number
  ['≈ $81.02', {}, A('81.02', 'USD')],
  ['~ 81.02 USD', {}, A('81.02', 'USD')],
  ['Available: 1,234.56 USDT', {}, A('1234.56', 'USDT')],
  ['提现金额 ¥1,000.00', {}, A('1000.00', 'CNY')],
  ['可用余额：1,234.5678 USDT', {}, A('1234.5678', 'USDT')],
  ['Montant : 1 234,56 €', { lang: 'fr' }, A('1234.56', 'EUR')],
  ['Betrag: 1.234,56 EUR', { lang: 'de' }, A('1234.56', 'EUR')],
  ['Withdraw 0.5 ETH to your wallet', {}, A('0.5', 'ETH')],
  ['USDT-TRC20 5', {}, A('5')],
  ['Network: BEP20 · 25 USDT', {}, A('25', 'USDT')],
  ['Send 5 USDT. You will receive 5 USDT', {}, A('5', 'USDT')],
  ['Enter 10 to 5', {}, undefined],
  // Edge values
  ['0', {}, A('0')],
  ['0.00', {}, A('0.00')],
  ['.5', {}, A('0.5')],
  ['$.50', {}, A('0.50', 'USD')],
  ['1.', {}, A('1')],
  ['007', {}, A('7')],
  ['000.50', {}, A('0.50')],
  ['12.50', {}, A('12.50')],
  ['+5 USDT', {}, A('5', 'USDT')],
  ['123456789012345678901234', {}, A('123456789012345678901234')],
  ['0.123456789012345678', {}, A('0.123456789012345678')],
  // Not an amount
  ['', {}, undefined],
  ['   ', {}, undefined],
  ['abc', {}, undefined],
  ['USDT', {}, undefined],
  ['1,2,3', {}, undefined],
  ['1.23.4', {}, undefined],
  ['1,234.567.8', {}, undefined],
  ['1234,567,890', {}, undefined],
  ['1 BTC ≈ 65,000 USD', {}, undefined],
  ['Fee 1 USDT, amount 100 USDT', {}, undefined],
  ['5-10 USDT', {}, undefined],
  ['2024-01-15', {}, undefined],
  ['12:30', {}, undefined],
  ['-5', {}, undefined],
  ['-$5', {}, undefined],
  ['$-5', {}, undefined],
  ['−0.5 BTC', {}, undefined],
  ['5%', {}, undefined],
  ['0.1 %', {}, undefined],
  ['Enable 2FA', {}, undefined],
  ['24h', {}, undefined],
  ['v1.5', {}, undefined],
  ['1234567890123456789012345', {}, undefined],
  ['0.1234567890123456789', {}, undefined],
  ['9'.repeat(10_000), {}, undefined],
];

describe('parseAmount', () => {
  it('has a real table', () => expect(CASES.length).toBeGreaterThanOrEqual(60));

  it.each(CASES)('%j %j', (text, hints, expected) => {
    expect(parseAmount(text, hints)).toEqual(expected);
  });

  it('keeps going on hostile input without throwing', () => {
    for (const text of [
      null,
      undefined,
      42,
      {},
      '\u0000',
      '\ud800',
      '٫٫٫',
      '.,.,',
      '¥',
    ] as unknown[])
      expect(() => parseAmount(text as string)).not.toThrow();
    expect(parseAmount('x'.repeat(200_000) + ' 5')).toBeUndefined();
  });

  it('reads 10,000-character text in linear time', () => {
    const texts = [
      'Available balance '.repeat(550) + '1,234.56 USDT',
      '1 '.repeat(5_000),
      '1,'.repeat(5_000) + '1',
      '1 000 '.repeat(1_700),
      '$'.repeat(10_000) + '5',
      '5' + '€'.repeat(10_000),
      '٣'.repeat(10_000),
    ];
    // CPU time of this process, not wall time: other processes on a busy machine (CI, parallel
    // test files) stretch the clock, not the work. Quadratic reading of these texts costs seconds.
    const started = process.cpuUsage();
    for (let i = 0; i < 10; i += 1) for (const text of texts) parseAmount(text);
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(1_000);
    expect(parseAmount(texts[0] ?? '')).toEqual(A('1234.56', 'USDT'));
  });
});
