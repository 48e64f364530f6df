/**
 * A host label reduced to what it looks like, after Unicode TR39 "skeletons": letters from other
 * scripts that look Latin become Latin (Cyrillic а, Greek ο), accents drop (é → e), and ASCII
 * look-alikes merge (0 → o, 1 → l, rn → m, vv → w). Two labels with one skeleton look the same.
 * The table covers the confusables of the letters in brand names, not all of TR39.
 */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  с: 'c',
  ԁ: 'd',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  м: 'm',
  п: 'n',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  г: 'r',
  ѕ: 's',
  т: 't',
  у: 'y',
  ѵ: 'v',
  ԝ: 'w',
  х: 'x',
  ү: 'y',
  ь: 'b',
  ɡ: 'g',
  ո: 'n',
  ս: 'u',
  օ: 'o',
  ք: 'p',
  հ: 'h',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  γ: 'y',
  // Latin extensions and symbols read as ASCII letters
  ı: 'i',
  ȷ: 'j',
  ł: 'l',
  ƚ: 'l',
  ɩ: 'i',
  ɪ: 'i',
  ʟ: 'l',
  ɴ: 'n',
  ᴏ: 'o',
  ʀ: 'r',
  ꜱ: 's',
  ᴛ: 't',
  ᴜ: 'u',
  ᴠ: 'v',
  ᴡ: 'w',
  ᴢ: 'z',
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  // Digits read as letters
  '0': 'o',
  '1': 'l',
};

const MULTI: Array<[RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
];

const ASCII = /^[a-z0-9.-]*$/i;
const MARK = /\p{M}/u;

export function skeleton(label: string): string {
  let out = '';
  if (ASCII.test(label)) {
    out = label.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
  } else {
    for (const ch of label.normalize('NFKD').toLowerCase()) {
      if (!MARK.test(ch)) out += CONFUSABLES[ch] ?? ch;
    }
  }
  for (const [pattern, replacement] of MULTI) out = out.replace(pattern, replacement);
  return out;
}
