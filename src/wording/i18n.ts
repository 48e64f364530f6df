import en from '../_locales/en/messages.json';
import zhCN from '../_locales/zh_CN/messages.json';
import type { LocaleSetting } from '../model/locale';
import type { Catalog, EnglishParts, LocaleEntry } from './locale-parts';

/**
 * The one `t()` for every visible string. It reads the same `_locales` files the browser uses
 * for the manifest, but picks the language itself, so the user can override the browser's
 * choice in the options (`browser.i18n` cannot switch language at run time).
 *
 * The core catalog (popup, findings, notifications) is always here. Each page keeps its own
 * strings in `src/wording/locales/<part>.<lang>.json`, loaded by bootPage for that page
 * and language only (`addMessages`), so the popup does not parse the guide's prose. The build
 * merges every part into the browser's `_locales` (scripts/build.ts); a key lives in one file
 * only (tests/unit/locales.test.ts; src/wording/locale-parts.ts lists the parts).
 */
/** Every key of every locale part (`src/wording/locale-parts.ts` lists the parts). */
export type MessageKey = {
  [Part in keyof EnglishParts]: keyof EnglishParts[Part] & string;
}[keyof EnglishParts];
export type Language = 'en' | 'zh_CN';
export type { Catalog, LocaleEntry };

const CATALOGS: Record<Language, Catalog> = {
  en: { ...(en as Catalog) },
  zh_CN: { ...(zhCN as Catalog) },
};
let current: Language = 'en';

/** Adds a page's strings (one part, one or both languages). */
export function addMessages(language: Language, catalog: Catalog): void {
  Object.assign(CATALOGS[language], catalog);
}

export function resolveLanguage(setting: LocaleSetting, browserLanguage: string): Language {
  if (setting !== 'auto') return setting;
  return /^zh\b/i.test(browserLanguage) ? 'zh_CN' : 'en';
}

export function setLanguage(language: Language): void {
  current = language;
  if (typeof document !== 'undefined')
    document.documentElement.lang = language === 'zh_CN' ? 'zh-CN' : 'en';
}

export function language(): Language {
  return current;
}

/** BCP 47 tag of the current language, for Intl. */
export function locale(language: Language = current): string {
  return language === 'zh_CN' ? 'zh-CN' : 'en';
}

/** `t('popupLastSeen', '5 minutes ago')`: named placeholders filled from positional values. */
export function t(key: MessageKey, ...values: Array<string | number>): string {
  const entry = CATALOGS[current][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const index = Number(content.replace('$', '')) - 1;
    const value = values[index];
    text = text.replaceAll(
      `$${name.toUpperCase()}$`,
      typeof value === 'number' ? formatNumber(value) : String(value ?? ''),
    );
  }
  return text;
}

type PluralBase<K> = K extends `${infer B}_other` ? B : never;

/**
 * Plurals by the language's own rules (Intl.PluralRules): `plural('popupFindings', 3)` reads
 * `popupFindings_one` or `popupFindings_other` (the count is the first placeholder). Chinese has
 * no plural form but still says one thing differently from many ("共 3 条…，最严重的在前" makes no
 * sense for one): a count of exactly 1 reads `_one` in every language.
 */
export function plural(
  base: PluralBase<MessageKey>,
  count: number,
  ...rest: Array<string | number>
): string {
  const category = formats().plural.select(count);
  const one = count === 1 || category === 'one';
  const key = (one ? `${base}_one` : `${base}_other`) as MessageKey;
  return t(key, count, ...rest);
}

/**
 * The language's formatters, made once per language: `t()` formats every numeric placeholder and
 * the log page formats amounts while scrolling, so a new Intl object per call showed up there.
 */
interface Formats {
  plural: Intl.PluralRules;
  number: Intl.NumberFormat;
  group: string;
  decimal: string;
}
const FORMATS = new Map<string, Formats>();

function formats(language: Language = current): Formats {
  const tag = locale(language);
  let cached = FORMATS.get(tag);
  if (!cached) {
    const number = new Intl.NumberFormat(tag);
    const parts = number.formatToParts(1234.5);
    cached = {
      plural: new Intl.PluralRules(tag),
      number,
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    FORMATS.set(tag, cached);
  }
  return cached;
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return options
    ? new Intl.NumberFormat(locale(), options).format(value)
    : formats().number.format(value);
}

/** A decimal string as stored ("5000.5") grouped for reading ("5,000.5"), digits kept exact. */
export function formatDecimal(value: string, language: Language = current): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return value;
  const [, sign, whole, fraction] = match;
  const { group, decimal } = formats(language);
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${fraction ? decimal + fraction : ''}`;
}
