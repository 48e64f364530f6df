import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveLanguage, setLanguage, t } from '../../src/ui/i18n';

const read = (locale: string) =>
  JSON.parse(
    readFileSync(new URL(`../../src/_locales/${locale}/messages.json`, import.meta.url), 'utf8'),
  ) as Record<
    string,
    { message: string; description?: string; placeholders?: Record<string, { content: string }> }
  >;

describe('locales', () => {
  const en = read('en');
  const zh = read('zh_CN');

  it('zh_CN has exactly the keys of en', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))(
    '%s has a description and the same placeholders in both languages',
    (key) => {
      expect(en[key]!.description?.length).toBeGreaterThan(3);
      expect(zh[key]!.message.length).toBeGreaterThan(0);
      const names = (entry: (typeof en)[string]) => Object.keys(entry.placeholders ?? {}).sort();
      expect(names(zh[key]!)).toEqual(names(en[key]!));
      for (const name of names(en[key]!)) {
        expect(en[key]!.message).toContain(`$${name.toUpperCase()}$`);
        expect(zh[key]!.message).toContain(`$${name.toUpperCase()}$`);
      }
    },
  );

  it('t() fills placeholders in the chosen language', () => {
    setLanguage('en');
    expect(t('popupFailures24h', 3)).toBe('Failed sign-ins in 24 h: 3');
    setLanguage('zh_CN');
    expect(t('popupFailures24h', 3)).toBe('24 小时内登录失败：3 次');
    setLanguage('en');
  });

  it.each([
    ['auto', 'zh-CN', 'zh_CN'],
    ['auto', 'zh-TW', 'zh_CN'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'de', 'en'],
    ['en', 'zh-CN', 'en'],
    ['zh_CN', 'en-US', 'zh_CN'],
  ] as const)('setting %s with browser %s → %s', (setting, browser, expected) => {
    expect(resolveLanguage(setting, browser)).toBe(expected);
  });
});
