import { describe, expect, it } from 'vitest';
import {
  CRYPTO_TICKERS,
  CURRENCY_SYMBOLS,
  ISO_CURRENCIES,
  LOWER_CASE_WORDS,
  MINOR_DIGITS_OVER_TWO,
  UPPER_CASE_WORDS,
} from '../../../src/parsing/currency-data';
import { parseAmount } from '../../../src/parsing/amount';

const words = (list: string) => list.split(' ');
const sortedUnique = (list: readonly string[]) => [...new Set(list)].sort();
const iso = new Set(words(ISO_CURRENCIES));
const crypto = new Set(words(CRYPTO_TICKERS));
const intlCurrencies = new Set(Intl.supportedValuesOf('currency'));
const fractionDigits = (code: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
    .maximumFractionDigits ?? 2;

describe('currency data', () => {
  it.each([
    ['ISO_CURRENCIES', ISO_CURRENCIES],
    ['MINOR_DIGITS_OVER_TWO', MINOR_DIGITS_OVER_TWO],
    ['CRYPTO_TICKERS', CRYPTO_TICKERS],
    ['LOWER_CASE_WORDS', LOWER_CASE_WORDS],
    ['UPPER_CASE_WORDS', UPPER_CASE_WORDS],
  ])('%s is sorted, unique, single-spaced', (_, list) => {
    expect(words(list)).toEqual(sortedUnique(words(list)));
    expect(list).toMatch(/^\S+( \S+)*$/);
  });

  it('knows the ISO currencies Intl knows, and no others', () => {
    for (const code of iso) expect(intlCurrencies, code).toContain(code);
    // Intl also lists funds and units that never show next to a wallet amount.
    const ignored = new Set(['XDR', 'XSU']);
    for (const code of intlCurrencies) if (!ignored.has(code)) expect(iso, code).toContain(code);
  });

  it('lists exactly the currencies with more than two minor digits', () => {
    for (const code of words(MINOR_DIGITS_OVER_TWO)) expect(iso, code).toContain(code);
    for (const code of iso)
      expect(words(MINOR_DIGITS_OVER_TWO).includes(code), code).toBe(fractionDigits(code) > 2);
  });

  it('keeps crypto tickers apart from ISO codes', () => {
    for (const ticker of crypto) {
      expect(ticker).toMatch(/^[A-Z]{2,10}$/);
      expect(iso.has(ticker), ticker).toBe(false);
    }
  });

  it('only lists known codes as words', () => {
    for (const word of words(LOWER_CASE_WORDS)) {
      expect(word).toBe(word.toLowerCase());
      expect(iso.has(word.toUpperCase()) || crypto.has(word.toUpperCase()), word).toBe(true);
    }
    for (const word of words(UPPER_CASE_WORDS)) expect(word).toBe(word.toUpperCase());
  });

  it('CURRENCY_SYMBOLS is sorted by symbol, unique, with known codes', () => {
    const symbols = CURRENCY_SYMBOLS.map(([symbol]) => symbol);
    expect(symbols).toEqual(sortedUnique(symbols));
    for (const [symbol, codes] of CURRENCY_SYMBOLS) {
      expect(symbol).toBe(symbol.trim());
      expect(symbol).not.toMatch(/\d|\s/);
      const list = words(codes);
      expect(new Set(list).size, symbol).toBe(list.length);
      for (const code of list)
        expect(iso.has(code) || crypto.has(code), `${symbol} ${code}`).toBe(true);
    }
  });

  it.each(CURRENCY_SYMBOLS)('reads %s before and after a number', (symbol, codes) => {
    const [first] = words(codes);
    expect(parseAmount(`${symbol} 12.50`)).toEqual({ value: '12.50', currency: first });
    expect(parseAmount(`12.50 ${symbol}`)).toEqual({ value: '12.50', currency: first });
    for (const code of words(codes))
      expect(parseAmount(`${symbol}12.50`, { currency: code })).toEqual({
        value: '12.50',
        currency: code,
      });
  });
});
