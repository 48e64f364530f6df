import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGULATORS } from '../../src/catalog/regulators';
import { WALLETS } from '../../src/catalog/wallets';

/**
 * docs/glossary.md names one term per concept; its "Rejected" columns list the forms no message
 * may use. Every string a person reads is checked: the page locales, the extension's own
 * messages (popup, notifications, findings), and the catalog's Chinese texts (wallet names, the
 * regulator directory).
 */
const ROOT = join(import.meta.dirname, '../..');

interface Rule {
  concept: string;
  pattern: RegExp;
}

function rejectedForms(): { zh: Rule[]; en: Rule[] } {
  const text = readFileSync(join(ROOT, 'docs/glossary.md'), 'utf8');
  const rows = text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .slice(1); // the header
  const zh: Rule[] = [];
  const en: Rule[] = [];
  for (const row of rows) {
    // Cells are split on pipes that are not escaped (`\|` inside a pattern).
    const cells = row
      .slice(2, -2)
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
    const [concept, , , zhCell, enCell] = cells;
    const patterns = (cell = '') =>
      [...cell.matchAll(/`([^`]+)`/g)].map((m) => new RegExp(m[1]!.replace(/\\\|/g, '|'), 'i'));
    for (const pattern of patterns(zhCell)) zh.push({ concept: concept!, pattern });
    for (const pattern of patterns(enCell)) en.push({ concept: concept!, pattern });
  }
  return { zh, en };
}

function localeMessages(lang: 'en' | 'zh_CN'): Map<string, string> {
  const out = new Map<string, string>();
  const dir = join(ROOT, 'src/wording/locales');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(`.${lang}.json`))
    .map((f) => join(dir, f));
  files.push(join(ROOT, `src/_locales/${lang}/messages.json`));
  // The message templates (src/wording/templates/): what the person sends in their name.
  const template = JSON.parse(
    readFileSync(join(ROOT, `src/wording/templates/${lang}.json`), 'utf8'),
  ) as Record<string, Record<string, string>>;
  for (const [group, texts] of Object.entries(template))
    for (const [key, text] of Object.entries(texts))
      out.set(`templates/${lang}:${group}.${key}`, text);
  for (const file of files) {
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
    for (const [key, { message }] of Object.entries(json))
      out.set(`${file.slice(ROOT.length + 1)}:${key}`, message);
  }
  return out;
}

/** Every `zh` (or `en`) string anywhere inside the catalog's objects. */
function catalogTexts(lang: 'en' | 'zh'): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if (k === lang && typeof v === 'string') out.set(`${path}.${k}`, v);
        else walk(v, `${path}.${k}`);
      }
  };
  walk(REGULATORS, 'regulators');
  walk(WALLETS, 'wallets');
  return out;
}

function violations(texts: Map<string, string>, rules: Rule[]): string[] {
  const found: string[] = [];
  for (const [where, text] of texts)
    for (const { concept, pattern } of rules) {
      const match = pattern.exec(text);
      if (match) found.push(`${where}: "${match[0]}" (${concept}) in «${text.slice(0, 80)}»`);
    }
  return found;
}

describe('the glossary', () => {
  const rules = rejectedForms();

  it('is read: it rejects forms in both languages', () => {
    expect(rules.zh.length).toBeGreaterThan(10);
    expect(rules.en.length).toBeGreaterThan(3);
    // The parser handles escaped pipes: 案件 is allowed in 案件编号 (a police case number).
    const caseRule = rules.zh.find((r) => r.pattern.source.includes('(?<!刑事|民事)案件'))!;
    expect(caseRule.pattern.test('维权记录和案件')).toBe(true);
    expect(caseRule.pattern.test('报警后记下案件编号')).toBe(false);
    expect(caseRule.pattern.test('刑事或民事案件中的冻结')).toBe(false);
    expect(rules.zh.some((r) => r.pattern.test('请联系你的银行'))).toBe(true);
    expect(rules.zh.some((r) => r.pattern.test('5,000 CNY'))).toBe(true);
  });

  it('no Chinese message uses a rejected term', () => {
    const texts = new Map([...localeMessages('zh_CN'), ...catalogTexts('zh')]);
    expect(texts.size).toBeGreaterThan(500);
    expect(violations(texts, rules.zh)).toEqual([]);
  });

  it('no English message uses a rejected term', () => {
    const texts = new Map([...localeMessages('en'), ...catalogTexts('en')]);
    expect(violations(texts, rules.en)).toEqual([]);
  });

  it('no space follows Chinese punctuation, nor sits between two Chinese characters', () => {
    const texts = new Map([...localeMessages('zh_CN'), ...catalogTexts('zh')]);
    const found = [...texts]
      .filter(([, text]) => /[，。：；！？）] |[\u4e00-\u9fff] [\u4e00-\u9fff]/.test(text))
      .map(([where, text]) => `${where}: «${text.slice(0, 80)}»`);
    expect(found).toEqual([]);
  });
});
