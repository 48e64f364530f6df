// The notice detector skips reading an element's rendered text (a forced layout) when its raw
// text holds no notice phrase (issue 9): that shortcut must never hide a notice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyNotice, mayBeNotice } from '../../src/content/detectors/notice';
import { NOTICE_PHRASES } from '../../src/content/notice-phrases';
import { NOTICE_KINDS } from '../../src/model/event-types';

const PHRASES = NOTICE_KINDS.flatMap((kind) => NOTICE_PHRASES[kind]);

describe('mayBeNotice', () => {
  it.each([
    ['Your account has been frozen. Please contact support.', true],
    ['您的账户已被冻结，暂时无法进行充值、提现及交易操作', true],
    ['Scheduled wallet maintenance: withdrawals paused', true],
    ['Verify your identity to unlock withdrawals', true],
    ['65,612.40', false],
    ['+1.20%', false],
    ['BTC/USDT Bitcoin 65,612.40 +1.20% 1.23B 49.2B Trade', false],
    ['Frozen', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(mayBeNotice(text)).toBe(expected);
  });

  it('is true for any text holding a phrase, spaced or in capitals', () => {
    const filler = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\n', '1', '.', '冻', '?') });
    fc.assert(
      fc.property(filler, fc.constantFrom(...PHRASES), filler, fc.boolean(), (a, p, b, upper) => {
        // Phrases are stored normalised: pages show them spaced and in any case.
        const shown = [...p].join(upper ? ' ' : '').toUpperCase();
        const text = `${a}${upper ? shown : p}${b}`;
        expect(mayBeNotice(text)).toBe(true);
      }),
      { seed: 9, numRuns: 2000 },
    );
  });

  it('is true wherever classifyNotice finds a kind (no notice is ever skipped)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        if (classifyNotice(text) !== undefined) expect(mayBeNotice(text)).toBe(true);
      }),
      { seed: 9, numRuns: 2000 },
    );
  });
});
