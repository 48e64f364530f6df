/** The languages the person can choose in the options; `auto` follows the browser. */
export const LOCALES = ['auto', 'en', 'zh_CN'] as const;
export type LocaleSetting = (typeof LOCALES)[number];
