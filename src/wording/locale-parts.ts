import en from '../_locales/en/messages.json';
import zhCN from '../_locales/zh_CN/messages.json';
import casesEn from './locales/cases.en.json';
import casesZh from './locales/cases.zh_CN.json';
import exportEn from './locales/export.en.json';
import exportZh from './locales/export.zh_CN.json';
import guideEn from './locales/guide.en.json';
import guideZh from './locales/guide.zh_CN.json';
import { addMessages, type Catalog } from './i18n';
import logEn from './locales/log.en.json';
import logZh from './locales/log.zh_CN.json';
import onboardingEn from './locales/onboarding.en.json';
import onboardingZh from './locales/onboarding.zh_CN.json';
import optionsEn from './locales/options.en.json';
import optionsZh from './locales/options.zh_CN.json';

/**
 * Every locale part, both languages, imported eagerly: for tests and Node scripts. Pages load
 * only their own parts (src/ui/components/boot.tsx).
 */
export const LOCALE_PARTS: Record<'en' | 'zh_CN', Record<string, Catalog>> = {
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
};

/** Makes every string known to `t()`, as the test setup does. */
export function addAllMessages(): void {
  for (const language of ['en', 'zh_CN'] as const)
    for (const catalog of Object.values(LOCALE_PARTS[language])) addMessages(language, catalog);
}
