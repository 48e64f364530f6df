/**
 * Folds the many ways pages write the characters of an amount onto one spelling each, so the
 * number scanner only meets ASCII digits, `,` `.` `'` ` ` `-` and the two Arabic separators:
 * - any Unicode decimal digit (Arabic-Indic ٣, Devanagari ३, full-width ３ …) → `0`–`9`;
 * - full-width ASCII (`１２３，４５６．７８`, `＄`, `ＵＳＤＴ`) → ASCII, `￥` → `¥`, `￡` → `£`, `￦` → `₩`;
 * - no-break, narrow no-break, thin, figure and ideographic spaces → ` `;
 * - `’` and `ʼ` (Swiss grouping) → `'`; Adlam's `⹁` → `،`; `−` (U+2212) → `-`;
 * - bidi marks and zero-width characters (Intl puts them around Arabic and Hebrew amounts) → removed.
 */
export function foldText(text: string): string {
  return text.replace(/[^\0-\x7f]/gu, foldChar);
}

const DIGIT = /\p{Nd}/u;
const FOLDED: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u3000': ' ',
  '\u2019': "'",
  '\u02bc': "'",
  '\u2212': '-',
  '\u2e41': '،',
  '\ufe63': '-',
  '\uffe1': '£',
  '\uffe5': '¥',
  '\uffe6': '₩',
};
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

function foldChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCharCode(cp - 0xfee0);
  const folded = FOLDED[ch];
  if (folded !== undefined) return folded;
  if (INVISIBLE.test(ch)) return '';
  return DIGIT.test(ch) ? String(digitValue(cp)) : ch;
}

/**
 * Unicode keeps every decimal digit set as ten consecutive code points, zero first, and sets
 * that touch (the mathematical digits) come in whole tens: the value is the count of digits
 * just before this one, modulo ten. No table needed.
 */
function digitValue(cp: number): number {
  let before = 0;
  while (before < 60 && DIGIT.test(String.fromCodePoint(cp - before - 1))) before += 1;
  return before % 10;
}
