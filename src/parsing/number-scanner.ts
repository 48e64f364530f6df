import { LETTER, currencyOf } from './currency-marker';

/** One number found in folded text (see fold-text.ts), before its separators are resolved. */
export interface NumberToken {
  /** Digit runs; the first is '' for `.5`. */
  groups: string[];
  /** `seps[i]` stands between `groups[i]` and `groups[i + 1]`. */
  seps: string[];
  /** Power of ten of a unit written after the number: 万 → 4, `k` → 3. */
  exp: number;
  percent: boolean;
  negative: boolean;
  /** The word just before the number (and its sign), and the one just after (and its unit). */
  before: string;
  after: string;
}

const SEPARATORS = ",.'٬٫، ";
/** Never a decimal separator: continues a number only before exactly three digits. */
const GROUP_ONLY = "'٬، ";
const CJK_UNITS: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 萬: 4, 亿: 8, 億: 8 };
const LATIN_UNITS: Record<string, number> = { k: 3, K: 3, M: 6 };
const WORD_LENGTH = 12;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);
const isAlnum = (c: string | undefined) => isDigit(c) || isLetter(c);

/** Every number in `s`, left to right, in one pass. Digits inside words (`ERC20`) are skipped. */
export function* scanNumbers(s: string): Generator<NumberToken> {
  let i = 0;
  while (i < s.length) {
    if (!startsNumber(s, i)) {
      i += 1;
      continue;
    }
    if (isLetter(s[i - 1]) && !currencyOf(wordBefore(s, i), 'before', {}, true)) {
      i = skipWord(s, i);
      continue;
    }
    const groups: string[] = [];
    const seps: string[] = [];
    let j = i;
    if (!isDigit(s[j])) {
      groups.push('');
      seps.push(s[j] ?? '');
      j += 1;
    }
    let end = digitsEnd(s, j);
    groups.push(s.slice(j, end));
    j = end;
    while (SEPARATORS.includes(s[j] ?? '-') && isDigit(s[j + 1])) {
      end = digitsEnd(s, j + 1);
      if (GROUP_ONLY.includes(s[j] ?? '') && end - j - 1 !== 3) break;
      seps.push(s[j] ?? '');
      groups.push(s.slice(j + 1, end));
      j = end;
    }
    const numberEnd = j;
    let exp = 0;
    while (CJK_UNITS[s[j] ?? ''] !== undefined && j - numberEnd < 3)
      exp += CJK_UNITS[s[j++] ?? ''] ?? 0;
    if (exp === 0 && LATIN_UNITS[s[j] ?? ''] && !isLetter(s[j + 1]))
      exp = LATIN_UNITS[s[j++] ?? ''] ?? 0;
    if (isLetter(s[j]) && !currencyOf(wordAfter(s, j), 'after', {}, true)) {
      i = skipWord(s, j);
      continue;
    }
    let k = j;
    if (s[k] === ' ') k += 1;
    const percent = s[k] === '%' || s[k] === '‰';
    const signed = signBefore(s, i);
    const before = wordBefore(s, signed.at);
    yield {
      groups,
      seps,
      exp,
      percent,
      negative: signed.negative || before.startsWith('-'),
      before,
      after: wordAfter(s, j),
    };
    i = j;
  }
}

function startsNumber(s: string, i: number): boolean {
  const c = s[i];
  if (isDigit(c)) return true;
  return (c === '.' || c === ',' || c === '٫') && isDigit(s[i + 1]) && !isAlnum(s[i - 1]);
}

function digitsEnd(s: string, i: number): number {
  while (isDigit(s[i])) i += 1;
  return i;
}

/** Past the rest of a word like `v1.5`, `TRC20` or `24h`. */
function skipWord(s: string, i: number): number {
  while (isAlnum(s[i]) || ('.,-_'.includes(s[i] ?? ' ') && isAlnum(s[i + 1]))) i += 1;
  return i;
}

/** A `-` right before the number (or its symbol) is a sign unless it joins two words. */
function signBefore(s: string, i: number): { at: number; negative: boolean } {
  const c = s[i - 1];
  if (c !== '-' && c !== '+') return { at: i, negative: false };
  return { at: i - 1, negative: c === '-' && !isAlnum(s[i - 2]) };
}

function wordBefore(s: string, i: number): string {
  let end = i;
  if (s[end - 1] === ' ') end -= 1;
  let start = end;
  while (start > 0 && end - start < WORD_LENGTH && !' 0123456789'.includes(s[start - 1] ?? ' '))
    start -= 1;
  return s.slice(start, end);
}

function wordAfter(s: string, i: number): string {
  let start = i;
  if (s[start] === ' ') start += 1;
  let end = start;
  while (end < s.length && end - start < WORD_LENGTH && !' 0123456789'.includes(s[end] ?? ' '))
    end += 1;
  return s.slice(start, end);
}
