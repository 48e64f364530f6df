import { VOCABULARY } from './vocabulary';

interface TrieNode {
  next: Map<string, TrieNode>;
  word: boolean;
}

let root: TrieNode | undefined;

/** The vocabulary as a trie, built on first use: the service worker loads this at every start. */
function vocabularyTrie(): TrieNode {
  if (root) return root;
  root = { next: new Map(), word: false };
  for (const w of VOCABULARY) {
    let node = root;
    for (const c of w) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), word: false }));
      node = child;
    }
    node.word = true;
  }
  return root;
}

/**
 * Marks `cuts[end]` for the ends of the vocabulary words (plural `s` allowed) that start at
 * `from` in `text`; with `need`, only ends where `need[end]` holds, and says whether any did.
 * A plain loop, no callback: this runs for every token of every host checked.
 */
function markWordEnds(text: string, from: number, cuts: boolean[], need?: boolean[]): boolean {
  let node: TrieNode | undefined = vocabularyTrie();
  let any = false;
  for (let i = from; i < text.length && node;) {
    node = node.next.get(text[i] as string);
    i++;
    if (!node?.word) continue;
    for (const end of text[i] === 's' ? [i, i + 1] : [i]) {
      if (!need || need[end]) {
        cuts[end] = true;
        any = true;
      }
    }
  }
  return any;
}

/**
 * Cut points of `text`: `starts[i]` when `text.slice(0, i)` is empty or a run of vocabulary
 * words (`securelogin`, `claims`), `ends[i]` when `text.slice(i)` is. A trie walk, no slicing:
 * this runs for every token of every host checked.
 */
export function vocabularyCuts(text: string): { starts: boolean[]; ends: boolean[] } {
  const n = text.length;
  const starts = new Array<boolean>(n + 1).fill(false);
  const ends = new Array<boolean>(n + 1).fill(false);
  starts[0] = true;
  ends[n] = true;
  for (let i = 0; i < n; i++) {
    if (starts[i]) markWordEnds(text, i, starts);
  }
  const scratch: boolean[] = [];
  for (let i = n - 1; i >= 0; i--) {
    if (markWordEnds(text, i, scratch, ends)) ends[i] = true;
  }
  return { starts, ends };
}

/** Whether `text` is empty or a run of vocabulary words. */
export function isVocabulary(text: string): boolean {
  return vocabularyCuts(text).ends[0] as boolean;
}

/** Letter runs of a label: hyphens, digits and underscores separate words in host names. */
export function tokens(label: string): string[] {
  const out: string[] = [];
  for (const t of label.split(/[^\p{L}]+/u)) if (t !== '') out.push(t);
  return out;
}
