/**
 * Reads the amount out of a short piece of wallet-page text: `1,234.56`, `1.234,56 €`,
 * `1 234,56`, `1'234.56`, `12,34,567.89`, `¥1,000`, `US$5`, `0.00012345 BTC`, `１２３，４５６．７８`,
 * `١٬٢٣٤٫٥٦`, `1.2万`, `≈ $81.02`. Pure string work: no floating point, the digits are kept as
 * written (`12.50` stays `12.50`), never throws, linear in the length of the text.
 *
 * Value: no grouping, `.` as decimal separator, no leading zeros (`0.5`, not `.5` or `00.5`), no
 * trailing `.`; at most 24 integer and 18 fraction digits (the events contract), else undefined.
 *
 * Which separator is the decimal one:
 * 1. Spaces (also U+00A0, U+202F), apostrophes (`'`, `’`), `٬` and `،` only ever group digits,
 *    and only in front of exactly three digits; `٫` is always the decimal separator.
 * 2. Two different separators: the last one is the decimal separator and must occur once
 *    (`1.234,56`, `1,234.56`, `1 234,56`, `1'234.56`).
 * 3. The same separator more than once: grouping (`1,234,567`, `1.234.567`, `12,34,567`).
 * 4. One `,` or `.` alone is the decimal separator when it is not followed by exactly three
 *    digits (`12,50`, `0.00012345`), or when the digits before it are not 1–3 digits without a
 *    leading zero (`0,125`, `.125`, `1234.567`). Otherwise (`1,234`, `1.234`) it is grouping when
 *    the currency is an ISO currency with at most two minor digits (`1.234 €` and `1,234 JPY`
 *    are 1234 whatever the page language); else it is decimal exactly when it is the page
 *    language's decimal separator per the runtime's CLDR data (`hints.lang`: de, fr, es, it, pt,
 *    ru, tr, id, vi … use `,`; en, zh, ja, ko, de-CH … use `.`; no language: `.`). So `1,234 USDT`
 *    on an English page is 1234 and `1,234 BTC` on a German one is 1.234.
 * 5. Grouping must be well formed (threes, or Indian twos then a three), else undefined (`1,2,3`).
 *
 * Currency: a known ISO code or crypto ticker next to the number, in either case (`USD 5`,
 * `5 usdt`, `5BTC`; not words like `try`/`ALL`), else a symbol or word next to it
 * (CURRENCY_SYMBOLS: `US$`, `HK$`, `MOP$`, `€`, `元`, `円` …), else `hints.currency`, else any
 * other upper-case word of 3–10 letters after the number, as a ticker (`5 PEPE`; not `MAX`).
 * A symbol shared by several currencies (`$`, `¥`, `£`, `kr`, `Rs`, `฿`) means
 * `hints.currency` when that is one of them, else its first: `$` → USD, `฿` → THB (not BTC),
 * `¥`/`￥` → CNY, or JPY when `hints.lang` is Japanese. With none of these, no `currency`.
 *
 * Units: 十 百 千 万 萬 亿 億 after the number multiply it (`1.2万` → 12000, `3亿`, `5千万`), as do
 * `k`/`K` (thousand) and `M` (million) glued to it (`$1.5k` → 1500 USD); `m` is not a unit.
 *
 * Undefined: no number; two or more numbers that differ in value or currency (`1 BTC ≈ 65,000
 * USD`, `5-10`, dates) — the caller must pass the text of the amount alone, not a sentence with a
 * fee or a rate in it; the same amount repeated is fine; a negative number (`-5`, `-$5`, `−5`:
 * a ledger line, not an amount the user asked to move); a percentage; digits inside a word
 * (`TRC20`, `2FA`, `24h`) are not numbers at all.
 */
import { type AmountHints, currencyOf, hintedCurrency } from './currency-marker';
import { splitDecimal } from './decimal-separator';
import { foldText } from './fold-text';
import { type NumberToken, scanNumbers } from './number-scanner';

export { CURRENCY_SYMBOLS } from './currency-data';
export type { AmountHints } from './currency-marker';

export interface ParsedAmount {
  value: string;
  currency?: string;
}

const MAX_TEXT = 100_000;

export function parseAmount(text: string, hints?: AmountHints): ParsedAmount | undefined {
  try {
    if (typeof text !== 'string' || text.length > MAX_TEXT) return undefined;
    return findAmount(foldText(text), hints ?? {});
  } catch {
    return undefined;
  }
}

function findAmount(text: string, hints: AmountHints): ParsedAmount | undefined {
  let found: ParsedAmount | undefined;
  for (const token of scanNumbers(text)) {
    const amount = readToken(token, hints);
    if (!amount) return undefined;
    if (found && (found.value !== amount.value || !sameCurrency(found, amount))) return undefined;
    if (!found?.currency) found = amount;
  }
  return found;
}

function sameCurrency(a: ParsedAmount, b: ParsedAmount): boolean {
  return !a.currency || !b.currency || a.currency === b.currency;
}

function readToken(token: NumberToken, hints: AmountHints): ParsedAmount | undefined {
  if (token.negative || token.percent) return undefined;
  const currency =
    currencyOf(token.before, 'before', hints) ??
    currencyOf(token.after, 'after', hints) ??
    hintedCurrency(hints);
  const parts = splitDecimal(token.groups, token.seps, currency, hints.lang);
  const value = parts && normalise(parts.int, parts.frac, token.exp);
  if (!value) return undefined;
  return currency ? { value, currency } : { value };
}

function normalise(int: string, frac: string, exp: number): string | undefined {
  if (int.length + frac.length > 64) return undefined;
  const whole = (int + frac.slice(0, exp).padEnd(exp, '0')).replace(/^0+(?=\d)/, '') || '0';
  const rest = frac.slice(exp);
  if (whole.length > 24 || rest.length > 18) return undefined;
  return rest ? `${whole}.${rest}` : whole;
}
