import { isVisible, visibleText } from './dom';

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
}

/** Visible, short message-like texts on the page, innermost first. */
export function pageMessages({
  extra = [],
  within,
  skipTableCells = false,
}: MessageScanOptions = {}) {
  const found = new Map<Element, string>();
  const candidates = new Set<Element>(extra);
  if (within) {
    for (const el of within) {
      if (!el.isConnected) continue;
      const around = el.closest(MESSAGE_SELECTOR);
      if (around) candidates.add(around);
      for (const inner of el.querySelectorAll(MESSAGE_SELECTOR)) candidates.add(inner);
      if (candidates.size > MAX_CANDIDATES) break;
    }
  } else {
    for (const el of document.querySelectorAll(MESSAGE_SELECTOR)) candidates.add(el);
  }
  for (const el of candidates) {
    if (!el.isConnected || el.closest(NOT_A_MESSAGE)) continue;
    if (el.querySelector('input:not([type="hidden"]), textarea, select')) continue;
    if (skipTableCells && el.closest('td, th, [role="cell"], [role="gridcell"], [role="row"]'))
      continue;
    const text = visibleText(el, MAX_MESSAGE_CHARS + 1);
    if (!text || text.length > MAX_MESSAGE_CHARS || !isVisible(el)) continue;
    found.set(el, text);
  }
  return found;
}

/** Elements added or changed by a batch of mutations (text set on an element counts as it). */
export function changedElements(records: MutationRecord[], into: Set<Element>): void {
  for (const record of records) {
    const target = record.target instanceof Element ? record.target : record.target.parentElement;
    if (record.type !== 'childList' && target) into.add(target);
    for (const node of record.addedNodes) {
      if (node instanceof Element) into.add(node);
      else if (target) into.add(target);
    }
  }
}

/** Attributes whose change can show or hide a message. */
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'aria-hidden', 'aria-invalid'];

/**
 * Watches the whole document for anything that could show a message, collecting the changed
 * elements into `changed` and calling `onChange` after each batch. Returns the observer.
 */
export function observeChanges(changed: Set<Element>, onChange: () => void): MutationObserver {
  const observer = new MutationObserver((records) => {
    changedElements(records, changed);
    onChange();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: VISIBILITY_ATTRIBUTES,
  });
  return observer;
}
