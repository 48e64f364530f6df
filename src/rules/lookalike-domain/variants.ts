/**
 * Misspellings of a brand one edit away, as attackers make them: a letter dropped (`binace`),
 * doubled or added (`binnance`), two swapped (`bianance`), or replaced by one that looks alike
 * or sits next to it on the keyboard (`krakem`, `coinbsse`). Any other replacement is left out:
 * `finance` is one edit from `binance` but imitates nothing.
 */
const LOOK_ALIKE = ['ijlt', 'oaecq', 'mnr', 'uvwy', 'bdpqh', 'gq', 'sz', 'tf', 'kx'];
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function keyboardNeighbours(c: string): string {
  let out = '';
  ROWS.forEach((row, r) => {
    const i = row.indexOf(c);
    if (i < 0) return;
    out += (row[i - 1] ?? '') + (row[i + 1] ?? '');
    // The row above is shifted half a key left of this one, the row below half a key right.
    const above = ROWS[r - 1];
    const below = ROWS[r + 1];
    if (above) out += (above[i] ?? '') + (above[i + 1] ?? '');
    if (below) out += (below[i - 1] ?? '') + (below[i] ?? '');
  });
  return out;
}

const SIMILAR = new Map<string, string>();
for (const c of LETTERS) {
  const visual = LOOK_ALIKE.filter((g) => g.includes(c)).join('');
  SIMILAR.set(c, [...new Set(visual + keyboardNeighbours(c))].filter((x) => x !== c).join(''));
}

const VISUAL = new Map<string, string>();
for (const c of LETTERS) VISUAL.set(c, LOOK_ALIKE.filter((g) => g.includes(c)).join(''));

/**
 * Every variant one edit from `word`, with `strong` set when it also works glued into a longer
 * token: at least 6 letters, the first letter kept, no keyboard-only slip. Glued inside words,
 * weaker variants hit innocent text (`fi-inance`, `portal-skroll`).
 */
export function editVariants(word: string): Map<string, { strong: boolean }> {
  const out = new Map<string, { strong: boolean }>();
  const add = (v: string, visual: boolean) => {
    const strong = visual && v.length >= 6 && v[0] === word[0];
    if (v !== word && !out.get(v)?.strong) out.set(v, { strong });
  };
  for (let i = 0; i < word.length; i++) {
    add(word.slice(0, i) + word.slice(i + 1), true);
    if (i + 1 < word.length)
      add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), true);
    const c = word[i] as string;
    for (const r of SIMILAR.get(c) ?? '') {
      add(word.slice(0, i) + r + word.slice(i + 1), (VISUAL.get(c) ?? '').includes(r));
    }
  }
  for (let i = 0; i <= word.length; i++) {
    for (const c of LETTERS) add(word.slice(0, i) + c + word.slice(i), true);
  }
  return out;
}
