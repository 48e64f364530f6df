import { hasAtMostTwoMinorDigits } from './currency-marker';

/**
 * Splits a scanned number into integer and fraction digits, deciding which separator is the
 * decimal one (the rule is spelled out at the top of amount.ts). Undefined: malformed grouping.
 */
export function splitDecimal(
  groups: readonly string[],
  seps: readonly string[],
  currency: string | undefined,
  lang: string | undefined,
): { int: string; frac: string } | undefined {
  const at = decimalAt(groups, seps, currency, lang);
  if (at === undefined || (groups[0] === '' && at !== 0)) return undefined;
  const intGroups = at < 0 ? groups : groups.slice(0, at + 1);
  if (!isGrouped(intGroups, at < 0 ? seps : seps.slice(0, at))) return undefined;
  return { int: intGroups.join(''), frac: at < 0 ? '' : (groups[at + 1] ?? '') };
}

/** Index in `seps` of the decimal separator; -1 when there is none. */
function decimalAt(
  groups: readonly string[],
  seps: readonly string[],
  currency: string | undefined,
  lang: string | undefined,
): number | undefined {
  const last = seps.length - 1;
  const lastSep = seps[last];
  if (lastSep === undefined) return -1;
  if (seps.includes('٫')) return seps.indexOf('٫') === last ? last : undefined;
  const marks = new Set<string>(seps.filter((sep) => sep === ',' || sep === '.'));
  if (marks.size === 0) return -1;
  const isLastOnce = marks.has(lastSep) && seps.indexOf(lastSep) === last;
  // `1,234.56`, `1 234,56`, `1'234.56`: the last separator, different from the others, is decimal.
  if (marks.size === 2 || (seps.length > 1 && !seps.every((sep) => sep === lastSep)))
    return isLastOnce ? last : undefined;
  if (seps.length > 1) return -1; // `1,234,567`, `1.234.567`: repeated, so grouping.
  return isDecimalMark(groups[0] ?? '', groups[1] ?? '', lastSep, currency, lang) ? 0 : -1;
}

/** A lone `,` or `.`: the ambiguous case. */
function isDecimalMark(
  int: string,
  frac: string,
  mark: string,
  currency: string | undefined,
  lang: string | undefined,
): boolean {
  if (frac.length !== 3) return true;
  if (int.length === 0 || int.length > 3 || int.startsWith('0')) return true;
  if (currency && hasAtMostTwoMinorDigits(currency)) return false;
  return mark === decimalSeparatorOf(lang);
}

/** Groups of three (`1,234,567`) or Indian twos then a three (`12,34,567`). */
function isGrouped(groups: readonly string[], seps: readonly string[]): boolean {
  if (seps.length === 0) return true;
  if (new Set(seps).size !== 1) return false;
  const [first = '', ...rest] = groups;
  const middle = rest.slice(0, -1);
  const size = middle[0]?.length ?? 3;
  return (
    first.length >= 1 &&
    first.length <= size &&
    !first.startsWith('0') &&
    rest.at(-1)?.length === 3 &&
    (size === 2 || size === 3) &&
    middle.every((group) => group.length === size)
  );
}

const separators = new Map<string, string>();

/**
 * The page language's decimal separator with Latin digits, as the runtime's CLDR data has it
 * (`de` → `,`, `de-CH` → `.`); `.` when the language is missing or unknown.
 */
export function decimalSeparatorOf(lang: string | undefined): string {
  if (!lang) return '.';
  let sep = separators.get(lang);
  if (sep === undefined) {
    sep = probeDecimalSeparator(lang);
    if (separators.size > 64) separators.clear();
    separators.set(lang, sep);
  }
  return sep;
}

function probeDecimalSeparator(lang: string): string {
  try {
    const format = new Intl.NumberFormat(lang, { numberingSystem: 'latn' });
    const sep = format.formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
    return sep === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}
