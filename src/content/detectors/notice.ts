import { NOTICE_KINDS, type NoticeKind } from '../../storage/event-types';
import type { Detector } from '../context';
import { normalize } from '../phrases';
import { observeChanges, pageMessages } from '../page-messages';
import { NOTICE_PHRASES } from '../notice-phrases';

/**
 * Account notices the site shows — frozen, KYC, maintenance, limit, compliance, suspicious
 * sign-in, terms — in banners, toasts, dialogs and page titles, also when they appear late.
 * Only visible text counts (a display:none template is not a notice), questions are help
 * articles rather than notices, and each kind is reported at most once a minute per page.
 */
const SCAN_DELAY_MS = 300;
const REPEAT_MS = 60_000;
const QUESTION = /[?？]\s*$|^(how|what|why|when|can|is|如何|为什么|什么|怎么)/i;

/** Every notice phrase by its first character (UTF-16 unit): prices and digits start none. */
const BY_FIRST_CHAR = new Map<string, string[]>();
for (const phrase of NOTICE_KINDS.flatMap((kind) => NOTICE_PHRASES[kind])) {
  const list = BY_FIRST_CHAR.get(phrase.charAt(0)) ?? [];
  BY_FIRST_CHAR.set(phrase.charAt(0), [...list, phrase]);
}

/**
 * Whether `raw` text (an element's `textContent`, hidden parts included) holds any notice
 * phrase: when it does not, the element's rendered text cannot classify either. Runs on every
 * element a busy page changes, so it looks phrases up by character instead of trying each.
 */
export function mayBeNotice(raw: string): boolean {
  const n = normalize(raw);
  for (let i = 0; i < n.length; i++) {
    const phrases = BY_FIRST_CHAR.get(n.charAt(i));
    if (phrases?.some((phrase) => n.startsWith(phrase, i))) return true;
  }
  return false;
}

export function classifyNotice(text: string): NoticeKind | undefined {
  if (QUESTION.test(text.trim())) return undefined;
  const n = normalize(text);
  return NOTICE_KINDS.find((kind) => NOTICE_PHRASES[kind].some((phrase) => n.includes(phrase)));
}

export const notice: Detector = {
  id: 'notice',
  start(ctx) {
    const lastReported = new Map<NoticeKind, number>();
    const added = new Set<Element>();
    let timer: ReturnType<typeof setTimeout> | undefined;

    function scan(whole = false) {
      timer = undefined;
      const messages = pageMessages(
        whole ? { mayMatch: mayBeNotice } : { extra: added, within: added, mayMatch: mayBeNotice },
      );
      added.clear();
      const now = Date.now();
      for (const text of messages.values()) {
        const kind = classifyNotice(text);
        if (!kind || now - (lastReported.get(kind) ?? -Infinity) < REPEAT_MS) continue;
        lastReported.set(kind, now);
        void ctx.report('notice', { notice: kind, message: text });
      }
    }

    const observer = observeChanges(added, () => {
      timer ??= setTimeout(() => scan(), SCAN_DELAY_MS);
    });
    timer = setTimeout(() => scan(true), 0);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  },
};
