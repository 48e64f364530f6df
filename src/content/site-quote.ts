import { LIMITS } from '../messages/types';
import { fitSentences } from '../wording/sentences';

/**
 * A site's notice as we quote it (issue 15, "site quotes include page chrome"): the words of the
 * notice, not of the dialog around them. A dialog's text read whole ends in its buttons
 * ("… contact support. Contact Support OK"), starts with its close "×", and a long banner cut
 * at our message limit stops mid-word. Here:
 * - controls are left out: buttons, `div`s and `span`s named as buttons (a role, a `btn`/
 *   `button`/`close`/`footer` class), form fields, icons (`svg`, `aria-hidden`, a lone symbol
 *   such as "×" or "›");
 * - a link, or anything else to click (an `onclick`, a `tabindex`, a hand cursor), is left out
 *   when it stands apart ("Learn more ›", "查看详情" after a full stop), and kept when it is part
 *   of a sentence ("Please complete <a>identity verification</a> to continue.");
 * - the text is cut between sentences: as many whole sentences as fit, then "…". Only a first
 *   sentence longer than the limit is cut inside, after a comma or between words.
 * It is read once per notice reported, so it may look at computed styles.
 */
const CONTROL_TAGS = new Set([
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'svg',
  'IMG',
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
]);
const CONTROL_ROLES =
  /^(?:button|checkbox|switch|menuitem|tab|radio|combobox|slider|spinbutton|img)$/;
const CONTROL_CLASS = /(?:^|[\s_-])(?:btn|button|close|cta|actions?|footer)(?:$|[\s_-]|\d)/i;
/** A lone symbol: a close or arrow icon written as text. */
const SYMBOL_ONLY = /^[\s×✕✖✗✓✔√xX╳⨯›»>→❯⟩<‹«←❮\-–—|｜·•!?！？]*$/u;
/** Separators between links at the end of a line ("返回账户资产 | 查看提现记录"). */
const SEPARATORS = /[\s|｜·•/]+$/u;
/** Where a sentence ends: its mark (and a closing quote or bracket). */
const SENTENCE_END = /[.!?。！？；;][”’"')）]*$/u;

export { fitSentences };

type Piece = { text: string; link?: boolean } | '\n';

function isControl(el: Element): boolean {
  if (CONTROL_TAGS.has(el.tagName)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && CONTROL_ROLES.test(role)) return true;
  const className = typeof el.className === 'string' ? el.className : '';
  return CONTROL_CLASS.test(className);
}

/**
 * Something to click that is not named a button: a link, or an element with a click handler,
 * reachable by the keyboard or drawn with a hand cursor. Left out only where it stands apart.
 */
function isLink(el: Element): boolean {
  if (el.tagName === 'A' || el.getAttribute('role') === 'link' || el.hasAttribute('onclick')) {
    return true;
  }
  const tabindex = el.getAttribute('tabindex');
  if (tabindex !== null && Number(tabindex) >= 0) return true;
  return getComputedStyle(el).cursor === 'pointer';
}

function isBlock(el: Element): boolean {
  if (el.tagName === 'BR') return true;
  const display = getComputedStyle(el).display;
  return display !== '' && !display.startsWith('inline') && display !== 'contents';
}

function rendered(el: Element): boolean {
  const html = el as HTMLElement;
  if (typeof html.checkVisibility === 'function') {
    return html.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  }
  const style = getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden' && style.opacity !== '0';
}

function collect(node: Node, pieces: Piece[], link: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = (child as Text).data;
      if (text.trim()) pieces.push({ text, link });
      else if (text) pieces.push({ text: ' ', link });
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const el = child as Element;
    if (el.tagName === 'BR') {
      pieces.push('\n');
      continue;
    }
    if (isControl(el) || !rendered(el)) continue;
    if (SYMBOL_ONLY.test(el.textContent ?? '')) continue;
    const block = isBlock(el);
    if (block) pieces.push('\n');
    collect(el, pieces, link || isLink(el));
    if (block) pieces.push('\n');
  }
}

/**
 * The lines of the notice (one per block), links that stand apart left out: a link is part of
 * its line's sentence when words come after it, or before it without a sentence's end.
 */
function lines(pieces: Piece[]): string[] {
  const out: string[] = [];
  let line: { text: string; link?: boolean }[] = [];
  const flush = () => {
    // Consecutive pieces of one link read as one.
    const runs: { text: string; link: boolean }[] = [];
    for (const piece of line) {
      const last = runs.at(-1);
      if (last && last.link === Boolean(piece.link)) last.text += piece.text;
      else runs.push({ text: piece.text, link: Boolean(piece.link) });
    }
    let text = '';
    // Words after a link that are not other links or separators ("返回 | 查看记录" is a bar).
    const wordsAfter = (i: number) =>
      runs
        .slice(i + 1)
        .filter((r) => !r.link)
        .map((r) => r.text)
        .join('');
    runs.forEach((run, i) => {
      if (!run.link) {
        text += run.text;
        return;
      }
      const before = text.replace(SEPARATORS, '');
      const apart = SYMBOL_ONLY.test(wordsAfter(i)) && (before === '' || SENTENCE_END.test(before));
      if (!apart) text += run.text;
    });
    // Separators that stood between links left out go with them.
    const clean = text
      .replace(/\s+/g, ' ')
      .replace(/^(?:\s*[|｜·•/])+|(?:\s*[|｜·•/])+\s*$/gu, '')
      .trim();
    if (clean && !SYMBOL_ONLY.test(clean)) out.push(clean);
    line = [];
  };
  for (const piece of pieces) {
    if (piece === '\n') flush();
    else line.push(piece);
  }
  flush();
  return out;
}

/**
 * The notice's own words in `el`, white space collapsed, not cut; one line per block (a title
 * without a full stop still ends where its block ends).
 */
export function noticeWords(el: Element): string {
  const pieces: Piece[] = [];
  collect(el, pieces, isLink(el));
  return lines(pieces).join('\n');
}

/** The quote of the notice in `el`, at most `max` characters. */
export function siteQuote(el: Element, max: number): string {
  return fitSentences(noticeWords(el), max);
}

/**
 * What we store of a site's message read from `el` as `text` (a sign-in error, a withdrawal's
 * result): its words without the controls beside it, cut between sentences; `text` itself when
 * all of it was controls.
 */
export function messageQuote(el: Element, text: string): string {
  return fitSentences(noticeWords(el) || text, LIMITS.message);
}
