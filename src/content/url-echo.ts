/**
 * Whether a page text repeats what its URL's query or fragment said (issue 19, class 2). Search
 * and error pages write the query back ("No results for …", "Invalid request: …"), so a link
 * from any other site can make a wallet's page show a scammer's sentence in an alert box.
 * Such text is the link's, not the site's: it is never a notice.
 *
 * Text and URL values are cut into tokens (a word or number; each Han or kana character alone,
 * since those scripts write no spaces) and folded (case, width, accents). A run of consecutive
 * tokens found in the same order in the decoded query or fragment is an echo when it is worth
 * at least three words, a Han or kana character counting two thirds of a word (five of them
 * are enough). A slug such as `?reason=account_frozen` (two words) stays below that; a sentence,
 * "账户已冻结" or a phone number (`+1 888 555 0100`: four numbers) does not.
 */
const WORD = 3;
const CJK_CHAR = 2;
const ECHO_WEIGHT = 3 * WORD;
/** A URL longer than this is read only this far: the page cannot show more of it anyway. */
const MAX_URL_CHARS = 8000;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu;

/** Folded tokens of a text: "Ｙour  Account, FROZEN!" → ["your", "account", "frozen"]. */
export function tokens(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return folded.match(TOKEN) ?? [];
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part.replace(/\+/g, ' ');
  }
}

/**
 * The URL's query and fragment, decoded (twice: a value encoded once more by a redirect still
 * reads as its words).
 */
export function urlValues(href: string): string[] {
  let url: URL;
  try {
    url = new URL(href.slice(0, MAX_URL_CHARS));
  } catch {
    return [];
  }
  // Tokens drop the `=` and `&` between values, so the whole decoded part holds each value's
  // runs of words in order.
  return [url.search.slice(1), url.hash.slice(1)].filter(Boolean).map((p) => decode(decode(p)));
}

const weight = (token: string) => (CJK.test(token) ? CJK_CHAR : WORD);

/** The weight of the heaviest run of consecutive tokens `a` and `b` share, in order. */
function heaviestSharedRun(a: string[], b: string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    const w = weight(a[i - 1] as string);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = (previous[j - 1] as number) + w;
        if ((row[j] as number) > best) best = row[j] as number;
      }
    }
    previous = row;
  }
  return best;
}

/** Whether `text` repeats a run of words from the query or fragment of any of `hrefs`. */
export function echoesUrl(text: string, hrefs: readonly string[]): boolean {
  const said = tokens(text);
  if (said.length === 0) return false;
  for (const href of hrefs) {
    for (const value of urlValues(href)) {
      if (heaviestSharedRun(said, tokens(value)) >= ECHO_WEIGHT) return true;
    }
  }
  return false;
}
