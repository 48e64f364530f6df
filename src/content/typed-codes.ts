import { codeBoxes } from './dom';
import { readTypedCode } from './field-value';

/**
 * One-time codes the person typed, kept only as salted fingerprints in this page's memory, so
 * that a site which repeats the code in its error ("El código 482913 no es válido") does not
 * get it stored in the failure message (issue 19, class 5). The code itself is never kept,
 * stored or sent; the salt is random per page and the fingerprints are forgotten after the
 * time an outcome may take.
 */
const KEEP_MS = 10 * 60_000;
/** Digit runs as long as a code can be, standing alone (not part of a longer number). */
const DIGIT_RUN = /(?<!\d)\d{4,10}(?!\d)/g;
/** What stands in a stored message where the person's code was. */
export const CODE_MARK = '••••';

export interface TypedCodes {
  /** `text` with every digit run equal to a code the person typed replaced by CODE_MARK. */
  strip(text: string): string;
  stop(): void;
}

/** FNV-1a over the salt and the digits: enough to tell the same code again, nothing to read back. */
function fingerprint(salt: string, digits: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${salt}:${digits}`) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function watchTypedCodes(): TypedCodes {
  const salt = crypto.randomUUID();
  /** The last code typed in each field (a row of boxes counts as its first box), by fingerprint. */
  const typed = new Map<Element, { print: number; at: number }>();

  const onInput = (event: Event) => {
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    const digits = readTypedCode(event.target);
    if (digits === undefined) return;
    const field = codeBoxes(event.target as HTMLInputElement)[0] ?? event.target;
    typed.set(field, { print: fingerprint(salt, digits), at: Date.now() });
  };
  document.addEventListener('input', onInput, true);

  return {
    strip(text) {
      const now = Date.now();
      for (const [field, mark] of typed) if (now - mark.at > KEEP_MS) typed.delete(field);
      if (typed.size === 0) return text;
      const prints = new Set([...typed.values()].map((mark) => mark.print));
      return text.replace(DIGIT_RUN, (run) =>
        prints.has(fingerprint(salt, run)) ? CODE_MARK : run,
      );
    },
    stop: () => document.removeEventListener('input', onInput, true),
  };
}
