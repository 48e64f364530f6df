import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../src/rules';
import { RULES, THRESHOLDS, TIME_RULES, describerOf } from '../../../src/rules/registry';
import { DEFAULT_RULE_SETTINGS } from '../../../src/rules/rule-settings';
import { LOCALE_PARTS } from '../../../src/wording/locale-parts';
import { TIME_RULE_IDS } from '../../../src/rules/time-rules';

const rulesDir = path.resolve(__dirname, '../../../src/rules');
const design = path.resolve(__dirname, '../../../../shared/DESIGN.md');
const contract = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../contract/design-contract.json'), 'utf8'),
) as { ruleIds: string[]; guideAnchors: string[]; eventKinds: string[] };

describe('rule registry', () => {
  it('lists 19 ids, sorted and unique', () => {
    expect(RULE_IDS).toHaveLength(19);
    expect([...RULE_IDS].sort()).toEqual([...RULE_IDS]);
    expect(new Set(RULE_IDS).size).toBe(19);
  });

  it('registers one rule per id, in id order, each in the file named after it', () => {
    const timeRules = new Set<string>(TIME_RULE_IDS);
    expect(RULES.map((r) => r.id)).toEqual(RULE_IDS.filter((id) => !timeRules.has(id)));
    for (const id of RULE_IDS) expect(existsSync(path.join(rulesDir, `${id}.ts`)), id).toBe(true);
  });

  it('matches the rule ids of the contract', () => {
    expect(contract.ruleIds).toEqual([...RULE_IDS]);
  });

  // The contract's copy in the repository runs everywhere; where ../shared is beside the
  // checkout, the copy itself is held to DESIGN.md.
  it.skipIf(!existsSync(design))('the contract copy matches the rule ids of DESIGN.md', () => {
    const text = readFileSync(design, 'utf8');
    const section = text.slice(text.indexOf('Rule ids'), text.indexOf('Guide anchors'));
    const ids = [...section.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
    expect([...new Set(ids)].sort()).toEqual(contract.ruleIds);
  });
});

describe('what the rules declare', () => {
  const keysOf = (part: string) =>
    new Set(['en', 'zh_CN'].flatMap((lang) => Object.keys(LOCALE_PARTS[lang as 'en'][part]!)));

  it('lists the time rules once, next to the event rules', () => {
    expect(TIME_RULES.map((r) => r.id)).toEqual([...TIME_RULE_IDS]);
  });

  it("labels every threshold with a key of the options page's strings", () => {
    const options = keysOf('options');
    for (const [key, threshold] of Object.entries(THRESHOLDS)) {
      expect(options.has(threshold.label), `${key}: ${threshold.label}`).toBe(true);
      expect(threshold.min, key).toBeLessThanOrEqual(threshold.default);
      expect(threshold.max, key).toBeGreaterThanOrEqual(threshold.default);
      if (threshold.int) expect(Number.isInteger(threshold.default), key).toBe(true);
    }
  });

  it('shares a threshold key only as one declaration', () => {
    const seen = new Map<string, unknown>();
    for (const rule of RULES) {
      for (const [key, threshold] of Object.entries(rule.thresholds ?? {})) {
        if (seen.has(key)) expect(threshold, `${key} in ${rule.id}`).toBe(seen.get(key));
        seen.set(key, threshold);
      }
    }
    expect(Object.keys(DEFAULT_RULE_SETTINGS).sort()).toEqual(
      ['disabledRules', 'limits', 'timeZone', ...seen.keys()].sort(),
    );
  });

  it.each(RULE_IDS)('%s describes its findings with a key of the core strings', (ruleId) => {
    const describe = describerOf(ruleId);
    expect(describe).toBeDefined();
    const core = keysOf('core');
    // Params of every shape the rules raise: each branch of a describe() names a real key.
    const shapes: Array<Record<string, string | number>> = [
      { count: 3, message: 'm', used: '1', limit: '1', currency: 'USD', destination: 'x' },
      { source: 'site', period: 'day', message: 'm' },
      { period: 'month', used: '1', limit: '1' },
    ];
    for (const params of shapes) {
      const detail = describe!(params);
      if (detail) expect(core.has(detail.key), `${ruleId}: ${detail.key}`).toBe(true);
    }
  });
});

describe('rule imports', () => {
  const src = path.resolve(rulesDir, '..');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      return statSync(file).isDirectory() ? walk(file) : /\.ts$/.test(name) ? [file] : [];
    });
  /** Imports that exist at run time (`import type` is erased), resolved to files or packages. */
  const importsOf = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*?from '([^']+)';/gms)].map(
      ([, spec]) => (spec!.startsWith('.') ? path.resolve(path.dirname(file), spec!) : spec!),
    );
  const asFile = (target: string) =>
    [`${target}.ts`, path.join(target, 'index.ts')].find((f) => existsSync(f));

  it('reach only the layers below rules: model, catalog, parsing', () => {
    for (const file of walk(rulesDir)) {
      for (const target of importsOf(file).filter((t) => path.isAbsolute(t))) {
        const layer = path.relative(src, target).split(path.sep)[0];
        expect(['rules', 'model', 'catalog', 'parsing'], path.relative(src, file)).toContain(layer);
      }
    }
  });

  it('keep the Public Suffix List out of what pages load through the registry', () => {
    // Pages import registry.ts for thresholds and sentences; the worker's engine hands the
    // lookalike rule its checkHost (ctx.checkHost).
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const target of importsOf(file)) {
        if (!path.isAbsolute(target)) packages.add(target);
        else if (asFile(target)) visit(asFile(target)!);
      }
    };
    visit(path.join(rulesDir, 'registry.ts'));
    expect(seen.has(path.join(rulesDir, 'failed-login-burst.ts'))).toBe(true);
    expect([...packages]).not.toContain('tldts');
  });
});
