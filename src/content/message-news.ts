import { isVisible, visibleText } from './dom';

/**
 * Which outcome messages are news since an attempt (issue 14, class 1). Sites answer every
 * wrong password with the same words: they clear the error box and write the same text again,
 * put a new node with equal text in its place, hide it and show it again, or rewrite it in
 * place. Each of those answers the new attempt, so equal text is not enough to call a message
 * old: only the very element that was shown at the attempt, untouched and never hidden since,
 * is.
 */
export class MessageNews {
  /** Messages shown when the attempt was made, by element. */
  private readonly baseline: Map<Element, string>;
  private readonly baselineTexts: Set<string>;
  /** Baseline elements seen hidden or removed since: shown again, they are news. */
  private readonly gone = new Set<Element>();

  constructor(baseline: Map<Element, string>) {
    this.baseline = baseline;
    this.baselineTexts = new Set(baseline.values());
  }

  /** Looks at the baseline messages now: which of them are hidden or gone. */
  look(): void {
    for (const el of this.baseline.keys()) {
      if (!this.gone.has(el) && (!el.isConnected || !isVisible(el))) this.gone.add(el);
    }
  }

  /**
   * Whether `el` showing `text` is news: its text is new, it is a new element, it was hidden or
   * removed since, or it or something inside it changed (`changed`: elements touched since).
   */
  isNews(el: Element, text: string, changed: ReadonlySet<Element>): boolean {
    if (!this.baselineTexts.has(text)) return true;
    const before = this.baseline.get(el);
    if (before === undefined || before !== text || this.gone.has(el)) return true;
    if (changed.has(el)) return true;
    for (const node of changed) if (el.contains(node)) return true;
    return false;
  }

  /** Messages of the baseline still shown, unchanged: the answer of a site that leaves its error. */
  stillShown(): Array<[Element, string]> {
    return [...this.baseline].filter(
      ([el]) => !this.gone.has(el) && el.isConnected && isVisible(el),
    );
  }
}

/**
 * Short visible texts inside `root` that `accept` reads as an outcome, innermost elements only:
 * an error line beside a form that carries no message-like class or role ("err-line", a bare
 * `<div>` under the field) is still the form's answer when it stays.
 */
export function textsIn(root: Element, accept: (text: string) => boolean): Map<Element, string> {
  const found = new Map<Element, string>();
  for (const el of root.querySelectorAll('div, span, p, small, em, strong, b, i, li, label')) {
    if (el.childElementCount > 0 || el.closest('button, a, select, option')) continue;
    const text = visibleText(el, 301);
    if (text.length > 1 && text.length <= 300 && accept(text) && isVisible(el)) found.set(el, text);
  }
  return found;
}
