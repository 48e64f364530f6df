import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../src/rules';
import { RULES } from '../../../src/rules/registry';
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
