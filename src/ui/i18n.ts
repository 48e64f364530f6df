import en from '../_locales/en/messages.json';
import zhCN from '../_locales/zh_CN/messages.json';
import casesEn from './cases/messages.en.json';
import casesZh from './cases/messages.zh_CN.json';
import exportEn from './export/messages.en.json';
import exportZh from './export/messages.zh_CN.json';
import guideEn from './guide/messages.en.json';
import guideZh from './guide/messages.zh_CN.json';
import onboardingEn from './onboarding/messages.en.json';
import onboardingZh from './onboarding/messages.zh_CN.json';
import optionsEn from './options/messages.en.json';
import optionsZh from './options/messages.zh_CN.json';
import logEn from './log/messages.en.json';
import logZh from './log/messages.zh_CN.json';
import type { LocaleSetting } from '../storage/settings';

/**
 * The one `t()` for every visible string. It reads the same `_locales` files the browser uses
 * for the manifest, but picks the language itself, so the user can override the browser's
 * choice in the options (`browser.i18n` cannot switch language at run time).
 *
 * Each page keeps its own strings next to it (`src/ui/<page>/messages.<lang>.json`); they are
 * merged here and into the built `_locales` (scripts/build.mjs). A key lives in one file only
 * (tests/unit/locales.test.ts).
 */
interface LocaleEntry {
  message: string;
  description: string;
  placeholders?: Record<string, { content: string }>;
}
/** Every locale part, per language: one list so the build and the tests merge the same files. */
export const LOCALE_PARTS = {
  en: {
    core: en,
    cases: casesEn,
    export: exportEn,
    guide: guideEn,
    log: logEn,
    onboarding: onboardingEn,
    options: optionsEn,
  },
  zh_CN: {
    core: zhCN,
    cases: casesZh,
    export: exportZh,
    guide: guideZh,
    log: logZh,
    onboarding: onboardingZh,
    options: optionsZh,
  },
} as const;

const enAll = {
  ...en,
  ...casesEn,
  ...exportEn,
  ...guideEn,
  ...logEn,
  ...onboardingEn,
  ...optionsEn,
};
export type MessageKey = keyof typeof enAll;
export type Language = 'en' | 'zh_CN';

const CATALOGS: Record<Language, Record<string, LocaleEntry>> = {
  en: enAll as Record<string, LocaleEntry>,
  zh_CN: {
    ...zhCN,
    ...casesZh,
    ...exportZh,
    ...guideZh,
    ...logZh,
    ...onboardingZh,
    ...optionsZh,
  } as Record<string, LocaleEntry>,
};
let current: Language = 'en';

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
export function locale(): string {
  return current === 'zh_CN' ? 'zh-CN' : 'en';
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
 * only "other"; its `_one` entry exists to keep the two catalogs' keys equal.
 */
export function plural(
  base: PluralBase<MessageKey>,
  count: number,
  ...rest: Array<string | number>
): string {
  const category = new Intl.PluralRules(locale()).select(count);
  const key = (category === 'one' ? `${base}_one` : `${base}_other`) as MessageKey;
  return t(key, count, ...rest);
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale(), options).format(value);
}

/** A decimal string as stored ("5000.5") grouped for reading ("5,000.5"), digits kept exact. */
export function formatDecimal(value: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return value;
  const [, sign, whole, fraction] = match;
  const parts = new Intl.NumberFormat(locale()).formatToParts(1234.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${fraction ? decimal + fraction : ''}`;
}

export function formatDateTime(at: number, options?: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(
    locale(),
    options ?? { dateStyle: 'medium', timeStyle: 'short' },
  ).format(at);
}
