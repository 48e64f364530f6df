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
      const messages = pageMessages(whole ? {} : { extra: added, within: added });
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
