import {
  CRYPTO_TICKERS,
  CURRENCY_SYMBOLS,
  ISO_CURRENCIES,
  LOWER_CASE_WORDS,
  MINOR_DIGITS_OVER_TWO,
  UPPER_CASE_WORDS,
} from './currency-data';

export interface AmountHints {
  /** The page language, a BCP 47 tag such as `de-CH` or `zh-CN`. */
  lang?: string;
  /** The currency the page is about (ISO 4217 code or ticker), used when the text names none. */
  currency?: string;
}

/** Letters that make a word: a number glued to them is part of that word (`TRC20`, `24h`). */
export const LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

const ISO = new Set(ISO_CURRENCIES.split(' '));
const CRYPTO = new Set(CRYPTO_TICKERS.split(' '));
const OVER_TWO = new Set(MINOR_DIGITS_OVER_TWO.split(' '));
const LOWER_WORDS = new Set(LOWER_CASE_WORDS.split(' '));
const UPPER_WORDS = new Set(UPPER_CASE_WORDS.split(' '));
// Longest first, so `US$` wins over `$` and `美元` over `元`.
const SYMBOLS = CURRENCY_SYMBOLS.map(([symbol, codes]) => ({
  symbol,
  codes: codes.split(' '),
})).sort((a, b) => b.symbol.length - a.symbol.length);

/** A fiat currency whose amounts never show three decimals, so `1.234 USD` is grouping. */
export function hasAtMostTwoMinorDigits(code: string): boolean {
  return ISO.has(code) && !OVER_TWO.has(code);
}

export function hintedCurrency(hints: AmountHints): string | undefined {
  const code = hints.currency?.trim().toUpperCase();
  return code && /^[A-Z0-9]{2,12}$/.test(code) ? code : undefined;
}

/**
 * The currency named by the word written right before (`side` = before) or right after a
 * number, if any. `glued`: the word touches the digits, so only known codes and symbols count.
 */
export function currencyOf(
  word: string,
  side: 'before' | 'after',
  hints: AmountHints,
  glued = false,
): string | undefined {
  const text = side === 'before' ? word.replace(/[.:：]+$/, '') : word;
  const letters = (side === 'before' ? /[A-Za-z]+$/ : /^[A-Za-z]+/).exec(text)?.[0];
  const code = letters && knownCode(letters);
  if (code) return code;
  // `MOP$5`, `AUD$5`: a code glued to the dollar sign names it.
  const dollar = side === 'before' ? /([A-Z]{3})\$$/.exec(text)?.[1] : undefined;
  if (dollar && ISO.has(dollar)) return dollar;
  const codes = symbolCodes(text, side);
  if (codes) return pickCode(codes, hints);
  if (side === 'after' && !glued && letters && isTicker(letters))
    return hintedCurrency(hints) ?? letters;
  return undefined;
}

function knownCode(letters: string): string | undefined {
  const code = letters.toUpperCase();
  if (!ISO.has(code) && !CRYPTO.has(code)) return undefined;
  const isWord = letters === code ? UPPER_WORDS.has(code) : LOWER_WORDS.has(letters.toLowerCase());
  return isWord ? undefined : code;
}

/** An upper-case word of 3–10 letters after an amount is a ticker: "5 PEPE", "20 ARB". */
function isTicker(letters: string): boolean {
  return /^[A-Z]{3,10}$/.test(letters) && !UPPER_WORDS.has(letters);
}

function symbolCodes(text: string, side: 'before' | 'after'): string[] | undefined {
  for (const { symbol, codes } of SYMBOLS) {
    if (side === 'before') {
      const at = text.length - symbol.length;
      if (
        text.endsWith(symbol) &&
        !(LETTER.test(symbol[0] ?? '') && LETTER.test(text[at - 1] ?? ''))
      )
        return codes;
    } else if (
      text.startsWith(symbol) &&
      !(LETTER.test(symbol.at(-1) ?? '') && LETTER.test(text[symbol.length] ?? ''))
    ) {
      return codes;
    }
  }
  return undefined;
}

function pickCode(codes: string[], hints: AmountHints): string {
  const hint = hintedCurrency(hints);
  if (hint && codes.includes(hint)) return hint;
  // ¥ is the yuan on Chinese and unknown pages, the yen on Japanese ones.
  if (codes.includes('JPY') && /^ja\b/i.test(hints.lang ?? '')) return 'JPY';
  return codes[0] ?? '';
}
