import en from '../_locales/en/messages.json';
import zhCN from '../_locales/zh_CN/messages.json';
import casesEn from './locales/cases.en.json';
import casesZh from './locales/cases.zh_CN.json';
import exportEn from './locales/export.en.json';
import exportZh from './locales/export.zh_CN.json';
import guideEn from './locales/guide.en.json';
import guideZh from './locales/guide.zh_CN.json';
import logEn from './locales/log.en.json';
import logZh from './locales/log.zh_CN.json';
import onboardingEn from './locales/onboarding.en.json';
import onboardingZh from './locales/onboarding.zh_CN.json';
import optionsEn from './locales/options.en.json';
import optionsZh from './locales/options.zh_CN.json';
import walletEn from './locales/wallet.en.json';
import walletZh from './locales/wallet.zh_CN.json';

/** A locale file: a message per key, with placeholders and a note for translators. */
export interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalog = Record<string, LocaleEntry>;

/**
 * Every locale part in English: the core catalog (`src/_locales`) and each page's part
 * (`src/wording/locales/PART.en.json`). Its keys are `MessageKey` (i18n.ts); a page's part is
 * named in `src/ui/pages.ts`.
 */
const EN = {
  core: en,
  cases: casesEn,
  export: exportEn,
  guide: guideEn,
  log: logEn,
  onboarding: onboardingEn,
  options: optionsEn,
  wallet: walletEn,
};
export type EnglishParts = typeof EN;

/**
 * Every locale part, both languages, imported eagerly: for tests and Node scripts. Pages load
 * only their own parts (`loadParts` in src/ui/components/boot.tsx), and import this file's types
 * only.
 */
export const LOCALE_PARTS: Record<'en' | 'zh_CN', Record<string, Catalog>> = {
  en: EN,
  zh_CN: {
    core: zhCN,
    cases: casesZh,
    export: exportZh,
    guide: guideZh,
    log: logZh,
    onboarding: onboardingZh,
    options: optionsZh,
    wallet: walletZh,
  },
};
