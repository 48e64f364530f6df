// The data contracts of ../shared/DESIGN.md that other tools depend on, held by the repository's
// copy (tests/contract/design-contract.json) so they are checked in a clean clone too.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../src/model/event-types';
import { GUIDE_ANCHORS } from '../../src/ui/guide/anchors';

const contract = JSON.parse(
  readFileSync(path.resolve(__dirname, '../contract/design-contract.json'), 'utf8'),
) as { ruleIds: string[]; guideAnchors: string[]; eventKinds: string[] };
const design = path.resolve(__dirname, '../../../shared/DESIGN.md');

describe('contract', () => {
  it('event kinds are the contract list', () => {
    expect([...EVENT_KINDS].sort()).toEqual([...contract.eventKinds].sort());
  });

  it('guide anchors are the contract list', () => {
    expect([...GUIDE_ANCHORS]).toEqual(contract.guideAnchors);
  });

  it.skipIf(!existsSync(design))('the copy says what DESIGN.md says', () => {
    const text = readFileSync(design, 'utf8');
    const between = (from: string, to: string) =>
      [...text.slice(text.indexOf(from), text.indexOf(to)).matchAll(/`([a-z0-9.-]+)`/g)].map(
        (m) => m[1],
      );
    expect(between('`kind` is one of', '`findings` record').slice(1)).toEqual(contract.eventKinds);
    expect(between('Guide anchors', 'The JSON/NDJSON export')).toEqual(contract.guideAnchors);
  });
});
