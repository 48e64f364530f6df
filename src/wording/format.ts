import { formatDecimal, language, locale, type Language } from './i18n';

/**
 * One formatter per kind of time and for money, used by every page, the popup, notifications and
 * the evidence report (docs/glossary.md, "Form rules"). Two surfaces that show the same instant
 * must read as the same day: a case's deadline is "Dec 21, 2026" on the case page, the popup and
 * the report alike, never "Dec 22, 12:00:00 AM" in one place.
 *
 * `timeZone` is an IANA zone; undefined or 'auto' means the browser's. `lang` is the page's
 * language unless given: a message draft may be written in the other one.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

/** A date-time formatter in the page's language, built once per language, zone and options. */
export function formatter(
  options: Intl.DateTimeFormatOptions,
  timeZone?: string,
  lang: Language = language(),
): Intl.DateTimeFormat {
  const zone = timeZone && timeZone !== 'auto' ? timeZone : undefined;
  const tag = locale(lang);
  const key = `${tag}|${zone ?? ''}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat(tag, { ...options, timeZone: zone });
    } catch {
      // An unknown zone (a setting from another browser): the browser's own zone.
      found = new Intl.DateTimeFormat(tag, options);
    }
    if (cache.size > 200) cache.clear();
    cache.set(key, found);
  }
  return found;
}

const valid = (at: number | undefined): at is number => at !== undefined && Number.isFinite(at);

const MOMENT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
};

/**
 * A moment that is evidence (an event, a finding, an export): to the second, with the zone, in
 * 24-hour time — "Dec 8, 2026, 09:04:05 GMT+8" / "2026年12月8日 09:04:05 GMT+8".
 */
export function formatMoment(at: number | undefined, timeZone?: string, withDate = true): string {
  if (!valid(at)) return '';
  if (withDate) return zoneLast(formatter(MOMENT, timeZone).formatToParts(at));
  const { year: _y, month: _m, day: _d, timeZoneName: _z, ...clock } = MOMENT;
  return formatter(clock, timeZone).format(at);
}

/**
 * The parts with the zone's name moved to the end: Chinese puts it before the clock
 * ("2026年12月7日 GMT+8 22:42:43"), which reads as part of the date; English already ends with it.
 */
function zoneLast(parts: Intl.DateTimeFormatPart[]): string {
  const zone = parts.find((p) => p.type === 'timeZoneName')?.value;
  const text = parts
    .filter((p) => p.type !== 'timeZoneName')
    .map((p) => p.value)
    .join('')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return zone ? `${text} ${zone}` : text;
}

/** The same moment without seconds and zone, where a table column already names the zone. */
export function formatMinute(at: number | undefined, timeZone?: string, lang?: Language): string {
  if (!valid(at)) return '';
  const { second: _s, timeZoneName: _z, ...rest } = MOMENT;
  return formatter(rest, timeZone, lang).format(at);
}

/** A calendar day — "Dec 21, 2026" / "2026年12月21日". */
export function formatDay(at: number | undefined, timeZone?: string, lang?: Language): string {
  return valid(at) ? formatter({ dateStyle: 'medium' }, timeZone, lang).format(at) : '';
}

/**
 * A deadline stored as the first instant after it (a case's reply deadline, midnight that ends
 * the last business day): the last day that still counts. The case page, the popup, the finding
 * and the report all read it here.
 */
export function formatDueDay(
  deadline: number | undefined,
  timeZone?: string,
  lang?: Language,
): string {
  return valid(deadline) ? formatDay(deadline - 1, timeZone, lang) : '';
}

/** A clock time — "00:00", "17:30" — 24-hour in both languages. */
export function formatClock(at: number | undefined, timeZone?: string): string {
  return valid(at)
    ? formatter({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, timeZone).format(at)
    : '';
}

/** The zone's short name for a column header — "GMT+8", "UTC", "EST". */
export function zoneName(at: number, timeZone?: string): string {
  const part = formatter({ timeZoneName: 'short' }, timeZone)
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? (timeZone || 'UTC');
}

/**
 * An amount as people write it: "5,000 CNY" in English, "5,000 元" in Chinese; other currencies
 * keep their code ("0.5 BTC"); 'XXX' (unknown currency) shows the number alone.
 */
export function formatMoney(value: string, currency: string, lang = language()): string {
  const number = formatDecimal(value, lang);
  if (currency === 'XXX' || currency === '') return number;
  if (currency === 'CNY' && lang === 'zh_CN') return `${number} 元`;
  return `${number} ${currency}`;
}

/** Items of a list inside a sentence: "a, b" in English, "a、b" in Chinese. */
export function joinList(items: readonly string[], lang = language()): string {
  return items.join(lang === 'zh_CN' ? '、' : ', ');
}
