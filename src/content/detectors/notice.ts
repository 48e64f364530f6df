import { NOTICE_KINDS, type NoticeKind } from '../../model/event-types';
import type { Detector } from '../context';
import { normalize } from '../phrases';
import {
  MAX_MESSAGE_CHARS,
  MESSAGE_SELECTOR,
  pageMessages,
  VISIBILITY_ATTRIBUTES,
} from '../page-messages';
import { NOTICE_PHRASES } from '../notice-phrases';
import { isVisible, visibleText } from '../dom';
import { classifyNotice } from '../notice-text';
import { echoesUrl } from '../url-echo';
import { fitSentences, noticeWords } from '../site-quote';
import { LIMITS } from '../../messages/types';
import { InnerRoots, innerRoots, type InnerRoot } from '../inner-roots';
import { changedElements } from '../page-messages';

export { classifyNotice, innerRoots };
import { idle, QuietWatch, type Idle } from '../watch-without-tickers';

/**
 * Account notices the site shows — frozen, KYC, maintenance, limit, compliance, suspicious
 * sign-in, terms — in banners, toasts, dialogs and page titles, also when they appear late.
 * Only visible text counts (a display:none template is not a notice), questions are help
 * articles rather than notices, and each kind is reported at most once a minute per page.
 *
 * It runs on every wallet page for as long as it is open, so it is built to cost nothing on a
 * page that shows no notice (issue 9; bench/page-load.ts):
 * - the observer only records: text changes that add no words (a price, "+1.20%", "1.23B") are
 *   dropped at once; what is left is read in an idle callback, a batch at most every
 *   SCAN_DELAY_MS;
 * - an element's raw text is tested for a notice phrase (one regular expression, no layout)
 *   before anything about it is looked up, and only the roots of what changed are read;
 * - attributes (a class or `hidden` that shows or hides an element) are watched only around
 *   elements that hold a notice phrase: a change elsewhere cannot make a notice appear.
 */
const SCAN_DELAY_MS = 300;
const REPEAT_MS = 60_000;
/** Elements holding a phrase that are watched for a change of attributes, newest kept. */
const MAX_PENDING = 32;
/** Changed roots tested per idle slice before the deadline is looked at again. */
const ROOTS_PER_CHECK = 64;

let phrasePattern: RegExp | undefined;

/** Every notice phrase in one expression, built on first use. */
function phrases(): RegExp {
  if (!phrasePattern) {
    const all = NOTICE_KINDS.flatMap((kind) => NOTICE_PHRASES[kind]);
    // Phrases are words: one test of the whole list instead of an escape per phrase (issue 9).
    const special = /[.*+?^${}()|[\]\\/-]/g;
    const escape = (text: string) => text.replace(special, '\\$&');
    phrasePattern = new RegExp(
      special.test(all.join('')) ? all.map(escape).join('|') : all.join('|'),
    );
  }
  return phrasePattern;
}

/**
 * Whether `raw` text (an element's `textContent`, hidden parts included) holds any notice
 * phrase: when it does not, the element's rendered text cannot classify either. Runs on every
 * root a busy page changes, so it is one regular expression over the normalised text.
 */
export function mayBeNotice(raw: string): boolean {
  return raw.length > 0 && phrases().test(normalize(raw));
}

/** Questions and answers of a help centre: an FAQ block anywhere, articles on a help path. */
const FAQ =
  '[class*="faq" i], [id*="faq" i], details, [itemtype*="Question"], [itemtype*="FAQPage"], [class*="accordion" i]';
const HELP_PATH =
  /\/(help|support|faq|hc|articles?|knowledge|questions?|academy|docs|guides?|learn|blog|news)(\/|$)/i;

/**
 * Text that explains notices rather than gives one (issue 14, class 7): "Account suspended"
 * as the title of a help article is about accounts in general, not this one.
 */
export function isHelpContent(el: Element): boolean {
  if (el.closest(FAQ)) return true;
  return HELP_PATH.test(location.pathname) && el.closest('article, main, h1, h2, h3, h4') !== null;
}

function hasAncestorIn(el: Element, set: ReadonlySet<Element>): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (set.has(node)) return true;
  }
  return false;
}

/**
 * The innermost elements under `root` whose raw text holds a notice phrase (at most `max`):
 * where a page that loaded with a phrase somewhere has it. Reads only the branches that match.
 */
export function phraseHolders(root: Element, max = MAX_PENDING): Element[] {
  if (!mayBeNotice(root.textContent ?? '')) return [];
  const found: Element[] = [];
  const stack = [root];
  while (stack.length > 0 && found.length < max) {
    const el = stack.pop() as Element;
    let inner = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (mayBeNotice(child.textContent ?? '')) {
        stack.push(child);
        inner = true;
      }
    }
    // No single child holds the phrase: it spans several, and this element is where it is.
    if (!inner) found.push(el);
  }
  return found;
}

/** Visible notice-holding texts inside a shadow root or frame body, when its owner is shown. */
export function innerMessages(owner: Element, root: ParentNode): Map<Element, string> {
  const found = new Map<Element, string>();
  if (!isVisible(owner) || !mayBeNotice(root.textContent ?? '')) return found;
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    for (const el of phraseHolders(child)) {
      const text = visibleText(el, MAX_MESSAGE_CHARS + 1);
      if (text && text.length <= MAX_MESSAGE_CHARS && isVisible(el)) found.set(el, text);
    }
  }
  return found;
}

/**
 * Where a site puts a notice about the account: an alert, banner, status line, toast or dialog
 * (MESSAGE_SELECTOR without its headings and titles). A heading or a `*title*` element alone is
 * not one (issue 19, class 2): a search page's "Results for …" or an article title repeats
 * whatever it was given.
 */
const NOTICE_CONTAINER = MESSAGE_SELECTOR.split(',')
  .filter((s) => !/^h\d$/.test(s) && !s.includes('title'))
  .join(',');
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"], [class*="title" i]';
/** Where a long notice is still one notice (page-messages.ts MAX_DIALOG_CHARS). */
const DIALOG =
  '[role="alert"], [role="alertdialog"], [role="dialog"], dialog[open], [class*="modal" i], [class*="dialog" i]';

/**
 * Whether `el` may give a notice: inside a notice container, or page text that is not a bare
 * heading or title (`counts`: added or changed since load, read inside a shadow root or frame).
 */
export function isNoticeSource(el: Element, counts: boolean): boolean {
  if (el.closest(NOTICE_CONTAINER)) return true;
  if (!counts || el.closest(HEADING)) return false;
  // A block added with a heading: its words count only when they are not all in the heading.
  if (!el.querySelector(HEADING)) return true;
  return phraseHolders(el).some((holder) => holder.closest(HEADING) === null);
}

const ATTRIBUTES_AROUND: MutationObserverInit = {
  attributes: true,
  attributeFilter: VISIBILITY_ATTRIBUTES,
};
const ATTRIBUTES_INSIDE: MutationObserverInit = { ...ATTRIBUTES_AROUND, subtree: true };
/** Inside shadow roots and frames: everything that can show a notice late. */
const INNER_CHANGES: MutationObserverInit = {
  ...ATTRIBUTES_INSIDE,
  childList: true,
  characterData: true,
};

/**
 * Visible notice-holding texts in what changed inside shadow roots and frames (`changed`),
 * whose owner on the page is shown. Only the changed branches are read: a ticker drawn by a
 * web component costs a regular expression on its text, and a notice that stays is not read
 * again.
 */
export function changedInnerMessages(
  changed: ReadonlySet<Element>,
  ownerOf: (node: Node) => Element | undefined,
): Map<Element, string> {
  const found = new Map<Element, string>();
  for (const el of changed) {
    if (!el.isConnected || hasAncestorIn(el, changed)) continue;
    const owner = ownerOf(el);
    if (!owner || !isVisible(owner)) continue;
    for (const holder of phraseHolders(el)) {
      const text = visibleText(holder, MAX_MESSAGE_CHARS + 1);
      if (text && text.length <= MAX_MESSAGE_CHARS && isVisible(holder)) found.set(holder, text);
    }
  }
  return found;
}

export const notice: Detector = {
  id: 'notice',
  start(ctx) {
    const lastReported = new Map<NoticeKind, number>();
    /** Elements added, or whose text changed, since the last scan. */
    const changed = new Set<Element>();
    /**
     * Elements holding a notice phrase, each with whether it counts as a message itself (it
     * was added or changed; one that was there at load counts only inside a message element).
     * Looked at again when an attribute around or inside them changes.
     */
    const pending = new Map<Element, boolean>();
    let attributesChanged = false;
    let firstScan = true;
    let firstLoad = true;
    /**
     * Shadow roots and same-origin frames, watched as they appear (issue 14): read whole when
     * found (or when a frame's document loads), then only what changes inside them.
     */
    const innerChanged = new Set<Element>();
    const foundInner: InnerRoot[] = [];
    const innerObserver = new MutationObserver((records) => {
      changedElements(records, innerChanged);
      schedule();
    });
    const inner = new InnerRoots(innerObserver, INNER_CHANGES, (roots) => {
      foundInner.push(...roots);
      schedule();
    });
    let scheduled: Idle | undefined;
    let stopped = false;

    /** Where the page was opened: a single-page app may have replaced the query since. */
    const landing = location.href;

    function report(messages: Map<Element, string>, inner = false) {
      const now = Date.now();
      const urls = [landing, location.href];
      const notices = [...messages]
        .filter(
          ([el]) => !isHelpContent(el) && isNoticeSource(el, inner || pending.get(el) === true),
        )
        // Text that repeats the link's query or fragment is the link's words, not the site's.
        .filter(([, text]) => !echoesUrl(text, urls))
        .map(([el, text]) => ({ el, text, kind: classifyNotice(text) }))
        .filter((found) => found.kind !== undefined);
      for (const { el, kind: seen } of notices) {
        // A dialog's own words, not the dialog with its buttons: the innermost holder speaks.
        if (!seen || notices.some((other) => other.el !== el && el.contains(other.el))) continue;
        // The notice without its buttons and links: a phrase only a button says ("账户解冻") is
        // no notice, and the quote ends between sentences (issue 15).
        const words = noticeWords(el);
        const kind = classifyNotice(words);
        if (!kind || now - (lastReported.get(kind) ?? -Infinity) < REPEAT_MS) continue;
        lastReported.set(kind, now);
        void ctx.report('notice', { notice: kind, message: fitSentences(words, LIMITS.message) });
      }
    }

    function hold(el: Element, counts: boolean) {
      pending.delete(el);
      pending.set(el, counts || pending.get(el) === true);
      for (const old of pending.keys()) {
        if (pending.size <= MAX_PENDING) break;
        pending.delete(old);
      }
    }

    /** Attributes are watched on the pending elements' ancestors and inside them, not page-wide. */
    function watchAttributes() {
      attributeObserver.disconnect();
      const inside = new Set<Element>();
      for (const el of pending.keys()) {
        if (el.isConnected) inside.add(el);
        else pending.delete(el);
      }
      const around = new Set<Element>();
      for (const el of inside) {
        for (let node = el.parentElement; node && !around.has(node); node = node.parentElement) {
          if (!inside.has(node)) around.add(node);
        }
      }
      for (const el of inside) attributeObserver.observe(el, ATTRIBUTES_INSIDE);
      for (const el of around) attributeObserver.observe(el, ATTRIBUTES_AROUND);
    }

    function scan(timeLeft: () => number) {
      scheduled = undefined;
      if (stopped) return;
      let holdersChanged = false;
      if (firstScan) {
        firstScan = false;
        for (const el of document.body ? phraseHolders(document.body) : []) hold(el, false);
        holdersChanged = pending.size > 0;
      }
      // Only the roots of what changed: a root's text holds all of its descendants' text.
      const batch = new Set(changed);
      changed.clear();
      let tested = 0;
      for (const el of batch) {
        if (tested > 0 && tested % ROOTS_PER_CHECK === 0 && timeLeft() < 1) {
          changed.add(el);
          continue;
        }
        tested++;
        if (!el.isConnected || hasAncestorIn(el, batch) || !mayBeNotice(el.textContent ?? '')) {
          continue;
        }
        hold(el, true);
        holdersChanged = true;
      }
      // Shadow roots and same-origin frames added with what changed (or there at load), and
      // what changed inside those already watched.
      const innerFrom = firstLoad ? (document.body ? [document.body] : []) : [...batch];
      firstLoad = false;
      for (const el of innerFrom) {
        if (!el.isConnected || (innerFrom.length > 1 && hasAncestorIn(el, batch))) continue;
        foundInner.push(...inner.add(el));
      }
      for (const found of foundInner.splice(0))
        report(innerMessages(found.owner, found.root), true);
      if (innerChanged.size > 0) {
        const changedInside = new Set(innerChanged);
        innerChanged.clear();
        for (const el of changedInside) {
          if (el.isConnected) foundInner.push(...inner.add(el));
        }
        for (const found of foundInner.splice(0))
          report(innerMessages(found.owner, found.root), true);
        report(
          changedInnerMessages(changedInside, (node) => inner.ownerOf(node)),
          true,
        );
      }
      if (holdersChanged || attributesChanged) {
        attributesChanged = false;
        const extra = [...pending].filter(([, counts]) => counts).map(([el]) => el);
        report(
          pageMessages({ extra, within: pending.keys(), mayMatch: mayBeNotice, longIn: DIALOG }),
        );
        watchAttributes();
      }
      watch.settle();
      if (changed.size > 0 || innerChanged.size > 0 || watch.unsettled) schedule();
    }

    function schedule() {
      // Numbers only (a ticker to exclude): at the next idle moment, so that it stops calling.
      scheduled ??= idle(
        scan,
        changed.size === 0 && innerChanged.size === 0 && !attributesChanged ? 0 : SCAN_DELAY_MS,
      );
    }

    const watch = new QuietWatch({
      changed,
      onChange: schedule,
      // A number inside or around a message element may yet turn into words: never left out.
      mayHoldWords: (el, around) =>
        el.closest(MESSAGE_SELECTOR) !== null ||
        (!around && el.querySelector(MESSAGE_SELECTOR) !== null),
    });
    const attributeObserver = new MutationObserver(() => {
      attributesChanged = true;
      schedule();
    });
    scheduled = idle(scan, 0);

    return () => {
      stopped = true;
      watch.disconnect();
      attributeObserver.disconnect();
      innerObserver.disconnect();
      scheduled?.cancel();
    };
  },
};
