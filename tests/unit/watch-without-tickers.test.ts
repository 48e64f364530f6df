// The content script's "does this changed text add words" test (src/content/watch-without-tickers.ts) skips the
// Unicode letter table for plain non-letters (issue 9): it must answer exactly as the regular
// expression it replaced, or a notice written in some script would be dropped as a "price".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addsWords } from '../../src/content/watch-without-tickers';

const TWO_LETTERS = /\p{L}[^\p{L}]*\p{L}/u;

describe('addsWords', () => {
  it.each([
    ['65,612.40', false],
    ['+1.20%', false],
    ['1.23B', false],
    ['≈ $3,218.44', false],
    ['¥0.00', false],
    ['－１２３．４５％', false],
    ['Frozen', true],
    ['冻结', true],
    ['µs', true],
    ['𠀀𠀁', true],
  ])('%s → %s', (text, expected) => {
    expect(addsWords(text)).toBe(expected);
  });

  it('agrees with /\\p{L}[^\\p{L}]*\\p{L}/u on every code point, next to a letter and alone', () => {
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x30000 ? 1 : 97) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      for (const text of [`a${ch}`, `${ch}1${ch}`, `${ch}`]) {
        if (addsWords(text) !== TWO_LETTERS.test(text)) {
          throw new Error(`U+${cp.toString(16)} in ${JSON.stringify(text)}`);
        }
      }
    }
  });

  it('agrees with the regular expression on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(addsWords(text)).toBe(TWO_LETTERS.test(text));
      }),
      { seed: 9, numRuns: 5000 },
    );
  });
});
