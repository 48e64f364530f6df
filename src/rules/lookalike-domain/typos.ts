/**
 * Every spelling one slip from a word, as typo-squatters register them and as dnstwist
 * generates them: a character added at the end or inserted anywhere (letters, digits, a hyphen),
 * one dropped, one doubled, two swapped, a dot-less split, or one replaced by a key next to it
 * (QWERTY, QWERTZ, AZERTY, digits row included), by one bit flipped in memory (bitsquatting),
 * by another vowel, or by a letter that looks alike. A replacement by an unrelated letter is left
 * out: `finance` is one edit from `binance` by a bit flip, and that is why brands list innocent
 * words.
 */
const LAYOUTS = [
  ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  ['1234567890', 'qwertzuiop', 'asdfghjkl', 'yxcvbnm'],
  ['1234567890', 'azertyuiop', 'qsdfghjklm', 'wxcvbn'],
];
const VOWELS = 'aeiou';
const LOOK_ALIKE = ['ijlt1', 'oaecq0', 'mnr', 'uvwy', 'bdpqh', 'gq', 'sz', 'tf', 'kx'];
const HOST_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-';

function keyboardNeighbours(c: string): string {
  let out = '';
  for (const rows of LAYOUTS) {
    rows.forEach((row, r) => {
      const i = row.indexOf(c);
      if (i < 0) return;
      out += (row[i - 1] ?? '') + (row[i + 1] ?? '');
      // The row above sits half a key left of this one, the row below half a key right.
      const above = rows[r - 1];
      const below = rows[r + 1];
      if (above) out += (above[i] ?? '') + (above[i + 1] ?? '');
      if (below) out += (below[i - 1] ?? '') + (below[i] ?? '');
    });
  }
  return out;
}

function bitFlips(c: string): string {
  let out = '';
  for (let bit = 1; bit < 128; bit <<= 1) {
    const flipped = String.fromCharCode(c.charCodeAt(0) ^ bit);
    if (HOST_CHARS.includes(flipped)) out += flipped;
  }
  return out;
}

const replacements = new Map<string, string>();
function replacementsOf(c: string): string {
  let out = replacements.get(c);
  if (out === undefined) {
    const visual = LOOK_ALIKE.filter((g) => g.includes(c)).join('');
    const vowels = VOWELS.includes(c) ? VOWELS : '';
    const all = visual + vowels + keyboardNeighbours(c) + bitFlips(c);
    out = [...new Set(all)].filter((x) => x !== c).join('');
    replacements.set(c, out);
  }
  return out;
}

/** Every spelling of `word` one slip away (not `word` itself). */
export function typoVariants(word: string): Set<string> {
  const out = new Set<string>();
  const n = word.length;
  for (let i = 0; i < n; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i + 1);
    const c = word[i] as string;
    out.add(head + tail);
    out.add(head + c + c + tail);
    if (i + 1 < n) out.add(head + (word[i + 1] as string) + c + word.slice(i + 2));
    for (const r of replacementsOf(c)) {
      if (r !== '-' || (i > 0 && i < n - 1)) out.add(head + r + tail);
    }
  }
  // Not before the first letter: a slip there shows, and `ncrypto` or `abinance` are names.
  for (let i = 1; i <= n; i++) {
    for (const c of HOST_CHARS) {
      if (c === '-' && i === n) continue;
      out.add(word.slice(0, i) + c + word.slice(i));
    }
  }
  out.delete(word);
  return out;
}
