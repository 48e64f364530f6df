/**
 * Watching a page while doing as little as possible on it (issue 9): most of what a wallet page
 * changes is numbers (prices, countdowns), so `QuietWatch` observes the document except its
 * tickers, `addsWords` tells a change worth reading from a number ticking, and `idle` runs the
 * rest in idle time.
 */

/**
 * A Unicode letter (`\p{L}`) beyond ASCII. Compiling the Unicode letter table costs 1–3 ms of
 * main thread, so it is built only when a text holds a character that is not plainly a
 * non-letter: never on a page whose changing texts are ASCII prices (issue 9).
 */
let unicodeLetter: RegExp | undefined;
function isLetter(cp: number): boolean {
  if (cp < 0x80) return ((cp | 0x20) - 0x61) >>> 0 < 26;
  // Latin-1 signs (¥ £ ¢ no-break space; not ª µ º), general punctuation (– “ …), currency
  // signs (€ ₿ ₹), arrows and mathematical operators (≈ −), full-width signs and digits.
  if (
    (cp <= 0xbf && cp !== 0xaa && cp !== 0xb5 && cp !== 0xba) ||
    cp === 0xd7 ||
    cp === 0xf7 ||
    (cp >= 0x2000 && cp <= 0x206f) ||
    (cp >= 0x20a0 && cp <= 0x20cf) ||
    (cp >= 0x2190 && cp <= 0x23ff) ||
    (cp >= 0x3000 && cp <= 0x3004) ||
    (cp >= 0xff01 && cp <= 0xff20)
  ) {
    return false;
  }
  unicodeLetter ??= /\p{L}/u;
  return unicodeLetter.test(String.fromCodePoint(cp));
}

/**
 * Whether a changed text can add words to the page: it has two letters or more. A price, a
 * percentage, "1.23B", "≈ $3,218.44" or "¥0.00" cannot make a notice or outcome phrase appear.
 * The same answer as `/\p{L}[^\p{L}]*\p{L}/u.test(text)` (a unit test compares them).
 */
export function addsWords(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    if (isLetter(cp) && ++letters === 2) return true;
  }
  return false;
}

export interface Idle {
  cancel(): void;
}

/** How long idle work may wait for the page to go idle before it runs anyway. */
const IDLE_TIMEOUT_MS = 500;
/** A slice that ran because its timeout passed (no idle time at all) still gets this long. */
const MIN_SLICE_MS = 4;

/**
 * Runs `work` in an idle period at least `delay` ms from now. `work` is told how long it may
 * go on (`timeLeft()`, in ms) and is expected to stop and reschedule itself when that is < 1.
 */
export function idle(work: (timeLeft: () => number) => void, delay: number): Idle {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let handle: number | undefined;
  let cancelled = false;
  const run = () => {
    timer = undefined;
    if (cancelled) return;
    if (typeof requestIdleCallback !== 'function') {
      const started = performance.now();
      work(() => MIN_SLICE_MS - (performance.now() - started));
      return;
    }
    handle = requestIdleCallback(
      (deadline) => {
        handle = undefined;
        const started = performance.now();
        work(() =>
          Math.max(deadline.timeRemaining(), MIN_SLICE_MS - (performance.now() - started)),
        );
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  };
  if (delay > 0) timer = setTimeout(run, delay);
  else run();
  return {
    cancel() {
      cancelled = true;
      clearTimeout(timer);
      if (handle !== undefined) cancelIdleCallback(handle);
    },
  };
}

const FULL: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** An ancestor of a ticker: its own children are watched, not what is below them. */
const CHILDREN: MutationObserverInit = { childList: true };
const TEXT: MutationObserverInit = { characterData: true };
/** Replaces a node's own registration with one that never matches: `observe` has no undo. */
const NOTHING: MutationObserverInit = { attributes: true, attributeFilter: [] };

/** Rows of a list or table: this many siblings of one tag with a class in common. */
const MIN_ROWS = 8;
/** A ticker's row is at most this far above it. */
const MAX_ROW_DEPTH = 6;
/** A ticker is a small element: a price cell, not a section that happens to hold digits. */
const MAX_TICKER_ELEMENTS = 20;
/** Elements of one class excluded at once at most. */
const MAX_SAME_CLASS = 500;

export interface QuietWatchOptions {
  /** Elements added, or whose text changed to something with words, go in here. */
  changed: Set<Element>;
  /** Called after a batch that added to `changed`, or found a ticker to exclude (`settle`). */
  onChange: () => void;
  /**
   * Whether an element may be a place where the caller looks for words (in or around a message
   * element): such an element is never excluded, however often its numbers change. A list is
   * asked with `around` true: whether it sits inside such a place (its rows are data, and a
   * query through thousands of cells would cost more than what excluding them saves).
   */
  mayHoldWords: (el: Element, around?: boolean) => boolean;
}

/**
 * Whether two elements have a class in common: rows of one list, also while one of them carries
 * a state class of its own ("flash-up" for the 100 ms after a price change, "selected", "hover").
 * Comparing whole class attributes missed the very row that just ticked, and every price cell of
 * the table was then excluded one by one (issue 9: most of the script's time on that page).
 */
function sharesClass(a: Element, b: Element): boolean {
  const classes = b.classList;
  for (let i = 0; i < classes.length; i++) {
    if (a.classList.contains(classes[i] as string)) return true;
  }
  return false;
}

/**
 * Watches the document for added elements and changed text, like a MutationObserver on
 * `documentElement` with `childList`, `characterData` and `subtree`, except in "tickers":
 * small elements whose text keeps changing to numbers (a price cell, a 24 h change, a
 * countdown) and lists whose rows hold them (a market table). A page that streams prices
 * changes those ten times a second; observing them would cost a callback per change, which
 * is most of what a watcher costs such a page (bench/page-load.ts, churn).
 *
 * A MutationObserver cannot leave a subtree out, so a ticker is left out by watching
 * everything around it instead: each of its ancestors with `childList` alone, and each of
 * their other children with `subtree`. New children of those ancestors are taken in as they
 * come. A ticker is recognised from a change of its text to numbers only (nothing else
 * there could ever read as a message) and excluded in idle time, together with the elements
 * of the same tag and class (the other price cells); when it sits in a row of a long list
 * (the market table), the rows are excluded instead: the list itself is still watched for
 * rows or banners added to it. Never excluded: anything in or around a message element
 * (`mayHoldWords`), and anything with two letters in a row in its text.
 */
export class QuietWatch {
  private readonly observer: MutationObserver;
  /** Ancestors of tickers, watched with CHILDREN only. */
  private around = new WeakSet<Node>();
  /** Excluded elements, each with no registration of its own and every ancestor `around`. */
  private readonly tickers = new Map<Element, MutationObserverInit>();
  /** Elements whose text changed to numbers since the last `settle()`. */
  private readonly numeric = new Set<Element>();
  private rebuild = false;
  /** Lists of rows that hold a message element: never excluded whole (asked once each). */
  private readonly notLists = new WeakSet<Element>();

  constructor(private readonly options: QuietWatchOptions) {
    this.observer = new MutationObserver((records) => this.record(records));
    this.observer.observe(document.documentElement, FULL);
  }

  disconnect(): void {
    this.observer.disconnect();
  }

  /** Whether elements whose text changed to numbers wait for `settle()`. */
  get unsettled(): boolean {
    return this.numeric.size > 0;
  }

  /** Records only: no layout, no text read beyond what the records carry. */
  private record(records: MutationRecord[]): void {
    const { changed } = this.options;
    const before = changed.size;
    const numericBefore = this.numeric.size;
    for (const record of records) {
      const target = record.target;
      if (record.type === 'characterData') {
        const parent = target.parentElement;
        if (!parent) continue;
        if (addsWords((target as CharacterData).data)) changed.add(parent);
        else this.numeric.add(parent);
        continue;
      }
      if (record.type !== 'childList') continue;
      // New children of a ticker's ancestor are not inside any `subtree` registration.
      const adopt = this.around.has(target);
      const added = record.addedNodes;
      let words = false;
      let onlyText = added.length > 0;
      for (let i = 0; i < added.length; i++) {
        const node = added[i] as Node;
        if (node.nodeType === Node.ELEMENT_NODE) {
          onlyText = false;
          changed.add(node as Element);
          if (adopt) this.observer.observe(node, FULL);
        } else if (node.nodeType === Node.TEXT_NODE) {
          if (addsWords((node as Text).data)) words = true;
          if (adopt) this.observer.observe(node, TEXT);
        }
      }
      if (target.nodeType !== Node.ELEMENT_NODE) continue;
      if (words) changed.add(target as Element);
      else if (onlyText) this.numeric.add(target as Element);
    }
    if (changed.size > before || this.numeric.size > numericBefore) this.options.onChange();
  }

  /**
   * Excludes the tickers found since the last call. For idle time: it reads text and classes.
   * Returns how many elements were excluded.
   */
  settle(): number {
    let excluded = 0;
    this.rebuild = false;
    const classesDone = new Set<string>();
    for (const el of this.numeric) {
      this.numeric.delete(el);
      if (!this.isTicker(el)) continue;
      const list = this.listAround(el);
      if (list) {
        // Its rows are left out, not the list itself: a row or banner added to it is seen.
        excluded += this.exclude(list, CHILDREN);
        continue;
      }
      excluded += this.exclude(el);
      // The other price cells: the same tag and class, numbers too.
      const classes = el.getAttribute('class');
      if (!classes?.trim() || classesDone.has(classes)) continue;
      classesDone.add(classes);
      const same = document.getElementsByClassName(classes);
      for (let i = 0; i < same.length && i < MAX_SAME_CLASS; i++) {
        const other = same[i] as Element;
        if (other.tagName === el.tagName && this.isTicker(other)) excluded += this.exclude(other);
      }
    }
    if (this.rebuild) this.reobserve();
    return excluded;
  }

  /**
   * A new ticker holds an earlier one's ancestors (a list around excluded cells): their
   * registrations would go on reporting from inside it, and `observe` has no undo. Starts over.
   */
  private reobserve(): void {
    this.rebuild = false;
    this.observer.disconnect();
    this.around = new WeakSet();
    this.observer.observe(document.documentElement, FULL);
    const kept = new Map(this.tickers);
    this.tickers.clear();
    const inside = (el: Element) => {
      for (let node = el.parentElement; node; node = node.parentElement) {
        if (kept.has(node)) return true;
      }
      return false;
    };
    for (const [el, own] of kept) if (el.isConnected && !inside(el)) this.exclude(el, own);
  }

  private isTicker(el: Element): boolean {
    // Cheapest first: this runs on every element of a class when one of them ticks.
    if (!el.isConnected || el === document.body || el === document.documentElement) return false;
    if (this.tickers.has(el) || this.insideTicker(el)) return false;
    return (
      el.getElementsByTagName('*').length <= MAX_TICKER_ELEMENTS &&
      !addsWords(el.textContent ?? '') &&
      !this.options.mayHoldWords(el)
    );
  }

  private insideTicker(el: Element): boolean {
    for (let node = el.parentElement; node; node = node.parentElement) {
      if (this.tickers.has(node)) return true;
    }
    return false;
  }

  /**
   * The list `el` is a cell of: the parent of the row above `el` that has MIN_ROWS siblings
   * of its tag sharing a class with it, when nothing in that list may hold words (no message
   * element).
   */
  private listAround(el: Element): Element | undefined {
    let row: Element | null = el;
    for (let depth = 0; row && depth < MAX_ROW_DEPTH; depth++, row = row.parentElement) {
      const list: Element | null = row.parentElement;
      if (!list || list === document.body || list === document.documentElement) return undefined;
      if (list.childElementCount < MIN_ROWS || row.classList.length === 0) continue;
      let alike = 0;
      for (
        let sib = list.firstElementChild;
        sib && alike < MIN_ROWS;
        sib = sib.nextElementSibling
      ) {
        if (sib.tagName === row.tagName && sharesClass(sib, row)) alike++;
      }
      if (alike < MIN_ROWS) continue;
      if (this.notLists.has(list)) return undefined;
      if (!this.options.mayHoldWords(list, true)) return list;
      this.notLists.add(list);
      return undefined;
    }
    return undefined;
  }

  private exclude(el: Element, own = NOTHING): number {
    const path: Node[] = [];
    for (let node: Node | null = el; node && node !== document; node = node.parentNode) {
      path.push(node);
    }
    path.reverse();
    // Not in the document (a shadow root's content): nothing watches it anyway.
    if (path[0] !== document.documentElement || this.tickers.has(el)) return 0;
    if (this.around.has(el)) this.rebuild = true;
    for (let i = 0; i < path.length - 1; i++) {
      const node = path[i] as Node;
      if (this.tickers.has(node as Element)) return 0;
      if (this.around.has(node)) continue;
      this.around.add(node);
      this.observer.observe(node, CHILDREN);
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child === path[i + 1]) continue;
        if (child.nodeType === Node.ELEMENT_NODE) {
          if (!this.tickers.has(child as Element)) this.observer.observe(child, FULL);
        } else if (child.nodeType === Node.TEXT_NODE) this.observer.observe(child, TEXT);
      }
    }
    this.tickers.set(el, own);
    this.observer.observe(el, own);
    return 1;
  }
}
