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
  ԍ: 'g',
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
  // Latin letters with a stroke, hook or tail, and small capitals: dnstwist's homoglyphs and
  // the IDN letters phishers pick (issue 14). NFKD leaves them whole.
  ɑ: 'a',
  ə: 'a',
  ƀ: 'b',
  ƅ: 'b',
  ɓ: 'b',
  ʙ: 'b',
  ƈ: 'c',
  ᴄ: 'c',
  ɖ: 'd',
  ɗ: 'd',
  ɇ: 'e',
  ƒ: 'f',
  ǥ: 'g',
  ɠ: 'g',
  ɢ: 'g',
  ɦ: 'h',
  ⱨ: 'h',
  ɨ: 'i',
  ɉ: 'j',
  ʝ: 'j',
  ƙ: 'k',
  ⱪ: 'k',
  ᴋ: 'k',
  ɫ: 'l',
  ɬ: 'l',
  ɱ: 'm',
  ᴍ: 'm',
  ꞑ: 'n',
  ɲ: 'n',
  ɵ: 'o',
  ƥ: 'p',
  ƿ: 'p',
  ʠ: 'q',
  ɋ: 'q',
  ɍ: 'r',
  ɼ: 'r',
  ɽ: 'r',
  ɾ: 'r',
  ʂ: 's',
  ƫ: 't',
  ŧ: 't',
  ʉ: 'u',
  ᶌ: 'v',
  ⱱ: 'v',
  ⱴ: 'v',
  ⱳ: 'w',
  ƴ: 'y',
  ɏ: 'y',
  ʏ: 'y',
  ỿ: 'y',
  ƶ: 'z',
  ʐ: 'z',
  ⱬ: 'z',
  // Digits read as letters
  '0': 'o',
  '1': 'l',
};

const MULTI = /rn|vv/g;
const multiOf = (pair: string) => (pair === 'rn' ? 'm' : 'w');

const ASCII = /^[a-z0-9.-]*$/i;
/** Nothing to change in a lower-case ASCII label without these: the common case, kept cheap. */
const ASCII_CHANGES = /[A-Z01]|rn|vv/;
const MARK = /\p{M}/u;

export function skeleton(label: string): string {
  let out = '';
  if (ASCII.test(label)) {
    if (!ASCII_CHANGES.test(label)) return label;
    out = label.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
  } else {
    for (const ch of label.normalize('NFKD').toLowerCase()) {
      if (!MARK.test(ch)) out += CONFUSABLES[ch] ?? ch;
    }
  }
  return out.replace(MULTI, multiOf);
}
