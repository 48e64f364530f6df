import { afterAll, describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/parsing/amount';
import { knownLocales, ownCurrency } from './intl-locales';

/**
 * Generated round trip: whatever Node's ICU writes for every locale it knows, parseAmount reads
 * back — the same digits Intl printed (after its rounding) and the same currency.
 */
// prettier-ignore
const CURRENCIES = ['BRL', 'CHF', 'CNY', 'EUR', 'GBP', 'IDR', 'INR', 'JPY', 'KRW', 'RUB', 'TRY', 'USD', 'VND'];
const MONEY = [0, 0.01, 0.5, 12.34, 1000, 1234.56, 1234567.89, 1234567890.12];
/** Code and narrow-symbol formats differ from the symbol one only in the currency marker. */
const FEW_MONEY = [0.5, 1000, 1234567.89];
const NUMBERS = [0.5, 1, 1.234, 12.34, 1000, 1234.567, 1234567.891, 0.00012345, 12345678.9];
/**
 * [display, amounts, currencies]. Narrow symbols of the fixed list are the same everywhere
 * (`$`, `€`, `₹` …), so that display is tried with each locale's own currency only.
 */
const DISPLAYS = [
  ['symbol', MONEY, 'all'],
  ['narrowSymbol', FEW_MONEY, 'own'],
  ['code', FEW_MONEY, 'all'],
] as const;

const locales = knownLocales();
const excluded = new Map<string, number>();
let ran = 0;

/**
 * The value Intl prints: the amount rounded to the format's fraction digits. `toFixed` rounds
 * half up like Intl's half-expand for these positive amounts, and none of them sits on a tie
 * in binary.
 */
function printedValue(fractionDigits: number | undefined, amount: number): string {
  return fractionDigits === undefined ? String(amount) : amount.toFixed(fractionDigits);
}

/**
 * Formats no wallet page uses, counted and listed rather than tested: Cape Verde's `$` decimal
 * separator (`1 234$56`, pt-CV and kea) and pairs of digits after the last group separator
 * (`1 23 45 67,891`, Toki Pona) — reading either would make `5$10` or `10 20` one number.
 */
function exclusion(format: Intl.NumberFormat): string | undefined {
  const parts = format.formatToParts(1234567.5);
  const decimal = parts.find((part) => part.type === 'decimal')?.value;
  if (decimal !== undefined && !['.', ',', '٫'].includes(decimal))
    return `decimal separator ${JSON.stringify(decimal)}`;
  const integers = parts.filter((part) => part.type === 'integer');
  if (integers.length > 1 && [...(integers.at(-1)?.value ?? '')].length !== 3)
    return 'groups of two digits';
  return undefined;
}

function check(
  failures: string[],
  locale: string,
  options: Intl.NumberFormatOptions,
  amounts: readonly number[],
) {
  const format = new Intl.NumberFormat(locale, options);
  const reason = exclusion(format);
  if (reason) {
    const key = `${reason} (${locale.split('-')[0]})`;
    excluded.set(key, (excluded.get(key) ?? 0) + amounts.length);
    return;
  }
  const { maximumFractionDigits } = format.resolvedOptions();
  const fractionDigits = options.style === 'currency' ? maximumFractionDigits : undefined;
  for (const amount of amounts) {
    ran += 1;
    const text = format.format(amount);
    const value = printedValue(fractionDigits, amount);
    const expected = options.currency ? { value, currency: options.currency } : { value };
    const got = parseAmount(text, { lang: locale, currency: options.currency });
    if (JSON.stringify(got) !== JSON.stringify(expected) && failures.length < 30)
      failures.push(
        `${locale} ${JSON.stringify(options)} ${JSON.stringify(text)} → ${JSON.stringify(got)}, want ${JSON.stringify(expected)}`,
      );
  }
}

describe('parseAmount reads back what Intl.NumberFormat writes', () => {
  afterAll(() => {
    const skipped = [...excluded].map(([reason, count]) => `${count} × ${reason}`).join('; ');
    console.log(
      `amount round trip: ${ran} cases over ${locales.length} locales; excluded ${[...excluded.values()].reduce((a, b) => a + b, 0)}${skipped ? `: ${skipped}` : ''}`,
    );
  });

  it('finds a few hundred locales', () => {
    expect(locales.length).toBeGreaterThan(500);
    expect(locales).toContain('de-CH');
    expect(locales).toContain('zh-Hant-HK');
  });

  it.each(DISPLAYS)(
    'reads every locale × currency, currencyDisplay %s',
    (currencyDisplay, amounts, which) => {
      const failures: string[] = [];
      for (const locale of locales) {
        const own = ownCurrency(locale);
        const ownOnly = own ? [own] : [];
        const all = own && !CURRENCIES.includes(own) ? [...CURRENCIES, own] : CURRENCIES;
        const currencies = which === 'own' ? ownOnly : all;
        for (const currency of currencies)
          check(failures, locale, { style: 'currency', currency, currencyDisplay }, amounts);
      }
      expect(failures).toEqual([]);
    },
    20_000,
  );

  it('reads every locale’s plain decimal numbers', () => {
    const failures: string[] = [];
    for (const locale of locales)
      check(failures, locale, { style: 'decimal', maximumFractionDigits: 8 }, NUMBERS);
    expect(failures).toEqual([]);
  });
});
