import en from '../_locales/en/messages.json';
import zhCN from '../_locales/zh_CN/messages.json';
import type { LocaleSetting } from '../storage/settings';

/**
 * The one `t()` for every visible string. It reads the same `_locales` files the browser uses
 * for the manifest, but picks the language itself, so the user can override the browser's
 * choice in the options (`browser.i18n` cannot switch language at run time).
 */
interface LocaleEntry {
  message: string;
  description: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessageKey = keyof typeof en;
export type Language = 'en' | 'zh_CN';

const CATALOGS: Record<Language, Record<string, LocaleEntry>> = { en, zh_CN: zhCN };
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

/** `t('popupLastSeen', '5 minutes ago')`: named placeholders filled from positional values. */
export function t(key: MessageKey, ...values: Array<string | number>): string {
  const entry = CATALOGS[current][key] ?? CATALOGS.en[key];
  if (!entry) return key;
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const index = Number(content.replace('$', '')) - 1;
    text = text.replaceAll(`$${name.toUpperCase()}$`, String(values[index] ?? ''));
  }
  return text;
}
