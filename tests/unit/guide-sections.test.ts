import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_ANCHORS } from '../../src/ui/guide/anchors';
import { flatSections, GUIDE_SECTIONS, headingOf } from '../../src/ui/guide/sections';
import en from '../../src/wording/locales/guide.en.json';

// The contract of ../shared/DESIGN.md ("Guide anchors"), in the order the page shows them.
const DESIGN_ANCHORS = [
  'step-status',
  'step-support',
  'step-appeal',
  'step-track',
  'step-escalate',
  'cause-technical',
  'cause-security',
  'cause-compliance',
  'cause-limits',
  'why-frozen',
  'secure-account',
  'support-tips',
  'support-failed',
  'choose-wallet',
];

describe('guide sections', () => {
  const ids = flatSections().map((s) => s.id);

  it('GUIDE_ANCHORS is the DESIGN list', () => {
    expect([...GUIDE_ANCHORS]).toEqual(DESIGN_ANCHORS);
  });

  it('has a section for every anchor, in the DESIGN order, with unique ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => DESIGN_ANCHORS.includes(id))).toEqual(DESIGN_ANCHORS);
  });

  it('nests the five steps and the four causes under their own headings', () => {
    const children = (id: string) => GUIDE_SECTIONS.find((s) => s.id === id)?.children ?? [];
    expect(children('steps').map((s) => s.id)).toEqual(DESIGN_ANCHORS.slice(0, 5));
    expect(children('causes').map((s) => s.id)).toEqual(DESIGN_ANCHORS.slice(5, 9));
  });

  it('every "see also" link points at a section with a heading', () => {
    for (const section of flatSections()) {
      for (const block of section.blocks) {
        if ('see' in block) for (const id of block.see) expect(headingOf(id), id).toBeDefined();
      }
    }
  });

  it('step 4 says 10 business days and to keep following up', () => {
    expect(en.guideStepTrackBody.message).toMatch(/10 business days/);
    expect(en.guideStepTrackBody.message).toMatch(/keep following up/i);
  });

  it('uses every one of its strings (no stale keys)', () => {
    const dir = new URL('../../src/ui/guide/', import.meta.url);
    const code = readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'))
      .join('\n');
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});
