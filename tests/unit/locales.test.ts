import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDecimal, plural, resolveLanguage, setLanguage, t } from '../../src/wording/i18n';
import { PAGES } from '../../src/ui/pages';
import { LOCALE_PARTS } from '../../src/wording/locale-parts';

type Catalog = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;
const parts = LOCALE_PARTS as Record<'en' | 'zh_CN', Record<string, Catalog>>;

describe('locales', () => {
  it('every page part on disk is merged by t()', () => {
    const onDisk = readdirSync(new URL('../../src/wording/locales', import.meta.url))
      .filter((f) => /\.en\.json$/.test(f))
      .map((f) => f.replace(/\.en\.json$/, ''))
      .sort();
    expect(
      Object.keys(parts.en)
        .filter((p) => p !== 'core')
        .sort(),
    ).toEqual(onDisk);
  });

  it('every part is loaded by some page, and pages name only parts that exist', () => {
    const loaded = new Set(Object.values(PAGES).flatMap((page) => page.parts));
    expect([...loaded].sort()).toEqual(
      Object.keys(parts.en)
        .filter((p) => p !== 'core')
        .sort(),
    );
  });

  it('a key lives in one file only', () => {
    const seen = new Map<string, string>();
    for (const [part, catalog] of Object.entries(parts.en)) {
      for (const key of Object.keys(catalog)) {
        expect(seen.get(key), `${key} in ${part}`).toBeUndefined();
        seen.set(key, part);
      }
    }
  });

  for (const part of Object.keys(parts.en)) {
    const en = parts.en[part]!;
    const zh = parts.zh_CN[part]!;
    describe(part, () => {
      it('zh_CN has exactly the keys of en', () => {
        expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      });

      const keys = Object.keys(en);
      if (keys.length === 0) return;
      it.each(keys)('%s has a description and the same placeholders in both languages', (key) => {
        expect(en[key]!.description?.length).toBeGreaterThan(3);
        expect(zh[key]!.message.length).toBeGreaterThan(0);
        const names = (entry: Catalog[string]) => Object.keys(entry.placeholders ?? {}).sort();
        expect(names(zh[key]!)).toEqual(names(en[key]!));
        for (const name of names(en[key]!)) {
          expect(en[key]!.message).toContain(`$${name.toUpperCase()}$`);
          expect(zh[key]!.message).toContain(`$${name.toUpperCase()}$`);
        }
        // A `$WORD$` in the text with no placeholder behind it would show to the user as is.
        for (const entry of [en[key]!, zh[key]!]) {
          for (const [, word] of entry.message.matchAll(/\$([A-Z_]+)\$/g)) {
            expect(names(entry)).toContain(word!.toLowerCase());
          }
        }
      });
    });
  }

  it('the built catalog would be the merge of the parts (same file list as the build)', () => {
    const core = JSON.parse(
      readFileSync(new URL('../../src/_locales/en/messages.json', import.meta.url), 'utf8'),
    ) as Catalog;
    expect(Object.keys(parts.en.core!)).toEqual(Object.keys(core));
  });

  it('t() fills placeholders in the chosen language', () => {
    setLanguage('en');
    expect(t('popupFailures24h', 3)).toBe('Failed sign-ins in 24 h: 3');
    setLanguage('zh_CN');
    expect(t('popupFailures24h', 3)).toBe('24 小时内登录失败：3 次');
    setLanguage('en');
  });

  it('formats stored decimals per language without losing digits', () => {
    setLanguage('en');
    expect(formatDecimal('1234567.00012345')).toBe('1,234,567.00012345');
    expect(formatDecimal('5000')).toBe('5,000');
    setLanguage('zh_CN');
    expect(formatDecimal('5000')).toBe('5,000');
    setLanguage('en');
  });

  it('plural() picks the form by the language rules', () => {
    setLanguage('en');
    expect(plural('popupOpenFindings', 1)).toBe('1 open warning');
    expect(plural('popupOpenFindings', 1200)).toBe('1,200 open warnings');
    setLanguage('zh_CN');
    expect(plural('popupOpenFindings', 1)).toBe('1 条未处理警告');
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
