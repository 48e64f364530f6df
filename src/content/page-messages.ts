import { isVisible, visibleText } from './dom';
import { InnerRoots, MAX_INNER_WALK } from './inner-roots';

/**
 * Where sites put what they have to say: alerts, toasts, banners, dialogs, status lines and
 * their titles. Class-name fragments cover CSS-module and utility-class markup
 * (`bn-toast error`, `css-1x9 notice-bar`) that carries no ARIA role.
 */
export const MESSAGE_SELECTOR = [
  '[role="alert"]',
  '[role="alertdialog"]',
  '[role="dialog"]',
  '[role="status"]',
  '[aria-live]',
  'dialog[open]',
  '[class*="alert" i]',
  '[class*="announce" i]',
  '[class*="banner" i]',
  '[class*="dialog" i]',
  '[class*="error" i]',
  '[class*="feedback" i]',
  '[class*="invalid" i]',
  '[class*="maint" i]',
  '[class*="message" i]',
  '[class*="modal" i]',
  '[class*="notice" i]',
  '[class*="notif" i]',
  '[class*="result" i]',
  '[class*="snackbar" i]',
  '[class*="status" i]',
  '[class*="tip" i]',
  '[class*="title" i]',
  '[class*="toast" i]',
  '[class*="warn" i]',
  '[id*="error" i]',
  'h1',
  'h2',
  'h3',
].join(',');

/** A change larger than this is a new page: the rest waits for the next scan's elements. */
const MAX_CANDIDATES = 2000;

/** Longer than this is a page section, not a message. */
export const MAX_MESSAGE_CHARS = 300;

/**
 * A dialog or an alert says one thing however long it is: a compliance or limit notice in a
 * modal runs to 400 characters. Up to this many there (`longIn`); the quote is cut anyway.
 */
export const MAX_DIALOG_CHARS = 800;

/** Navigation and link text is never a message about this account. */
const NOT_A_MESSAGE =
  'nav, footer, a, button, select, option, label, [role="navigation"], [role="menu"]';

export interface MessageScanOptions {
  /** Extra elements to consider (e.g. nodes added since the last scan). */
  extra?: Iterable<Element>;
  /**
   * Look only in and around these elements (what changed since the last scan) instead of the
   * whole document: a page that re-renders every 100 ms must not cost a full query each time.
   */
  within?: Iterable<Element>;
  /** Skip table cells: on a freshly loaded page, a history table's old rows are not news. */
  skipTableCells?: boolean;
  /**
   * A cheap test on an element's raw `textContent` before its rendered text and visibility are
   * read (both force a layout): false when no message the caller wants can be in there. On a
   * page that updates prices every 100 ms almost every changed element fails it (issue 9).
   */
  mayMatch?: (rawText: string) => boolean;
  /** Elements matching this selector may hold up to MAX_DIALOG_CHARS: dialogs and alerts. */
  longIn?: string;
}

/** Visible, short message-like texts on the page, innermost first. */
export function pageMessages({
  extra = [],
  within,
  skipTableCells = false,
  mayMatch,
  longIn,
}: MessageScanOptions = {}) {
  const found = new Map<Element, string>();
  const candidates = new Set<Element>(extra);
  if (within) {
    const roots = within instanceof Set ? within : new Set(within);
    const closest = new Map<Element, Element | null>();
    for (const el of roots) {
      // Inside another changed element: that one's search around and inside covers this one.
      if (!el.isConnected || hasAncestorIn(el, roots)) continue;
      const around = closestMessage(el, closest);
      if (around) candidates.add(around);
      // What is inside holds part of this text: none of it can match when all of it cannot.
      if (mayMatch && !mayMatch(el.textContent ?? '')) continue;
      for (const inner of el.querySelectorAll(MESSAGE_SELECTOR)) candidates.add(inner);
      if (candidates.size > MAX_CANDIDATES) break;
    }
  } else if (!mayMatch || !document.body || mayMatch(document.body.textContent ?? '')) {
    // A page whose whole text cannot match has no element that can: skip the query, which
    // tests two dozen selectors on every element of a large page.
    for (const el of document.querySelectorAll(MESSAGE_SELECTOR)) candidates.add(el);
  }
  for (const el of candidates) {
    if (!el.isConnected || (mayMatch && !mayMatch(el.textContent ?? ''))) continue;
    if (el.closest(NOT_A_MESSAGE)) continue;
    if (el.querySelector('input:not([type="hidden"]), textarea, select')) continue;
    if (skipTableCells && el.closest('td, th, [role="cell"], [role="gridcell"], [role="row"]'))
      continue;
    const max = longIn && el.matches(longIn) ? MAX_DIALOG_CHARS : MAX_MESSAGE_CHARS;
    const text = visibleText(el, max + 1);
    if (!text || text.length > max || !isVisible(el)) continue;
    found.set(el, text);
  }
  return found;
}

/**
 * `el.closest(MESSAGE_SELECTOR)`, remembering the answer for every element on the way up:
 * changed elements of one scan (the cells of a price table) share most of their ancestors.
 */
function closestMessage(el: Element, cache: Map<Element, Element | null>): Element | null {
  const path: Element[] = [];
  let found: Element | null = null;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const known = cache.get(node);
    if (known !== undefined) {
      found = known;
      break;
    }
    path.push(node);
    if (node.matches(MESSAGE_SELECTOR)) {
      found = node;
      break;
    }
  }
  for (const node of path) cache.set(node, found);
  return found;
}

function hasAncestorIn(el: Element, set: ReadonlySet<Element>): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (set.has(node)) return true;
  }
  return false;
}

/** Elements added or changed by a batch of mutations (text set on an element counts as it). */
export function changedElements(records: MutationRecord[], into: Set<Element>): void {
  // Runs on every batch a busy page makes (every 100 ms on a live price table): node types,
  // not `instanceof`, and an attribute or text change never touches its empty `addedNodes`.
  for (const record of records) {
    const node = record.target;
    const target = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (record.type !== 'childList') {
      if (target) into.add(target);
      continue;
    }
    for (const added of record.addedNodes) {
      if (added.nodeType === Node.ELEMENT_NODE) into.add(added as Element);
      else if (target) into.add(target);
    }
  }
}

/** Attributes whose change can show or hide a message. */
export const VISIBILITY_ATTRIBUTES = [
  'class',
  'style',
  'hidden',
  'open',
  'aria-hidden',
  'aria-invalid',
];

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: VISIBILITY_ATTRIBUTES,
};

/**
 * Watches the whole document for anything that could show a message, collecting the changed
 * elements into `changed` and calling `onChange` after each batch. Open shadow roots and
 * same-origin frames are watched too, as they appear (issue 14): an error toast drawn by a web
 * component, or written late into a modal's frame, is a change like any other. Returns the
 * observer (its `disconnect` stops all of it).
 */
export function observeChanges(changed: Set<Element>, onChange: () => void): MutationObserver {
  const observer = new MutationObserver((records) => {
    changedElements(records, changed);
    // New shadow hosts and frames among what was added: one bounded search per batch.
    const budget = { left: MAX_INNER_WALK };
    for (const record of records) {
      for (const added of record.addedNodes) {
        if (added.nodeType === Node.ELEMENT_NODE && budget.left > 0)
          inner.add(added as Element, budget);
      }
    }
    onChange();
  });
  const inner = new InnerRoots(observer, OBSERVED, (roots) => {
    for (const { root } of roots) {
      for (let el = root.firstElementChild; el; el = el.nextElementSibling) changed.add(el);
    }
    onChange();
  });
  observer.observe(document.documentElement, OBSERVED);
  if (document.body) inner.add(document.body);
  return observer;
}
