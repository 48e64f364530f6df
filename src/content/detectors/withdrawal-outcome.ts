import { CHALLENGE, matchesAny, normalize } from '../phrases';
import { isVisible } from '../dom';
import { MessageNews, textsIn } from '../message-news';
import { messageQuote } from '../site-quote';
import { observeChanges, pageMessages } from '../page-messages';
import {
  IRREVERSIBLE,
  WITHDRAW_FAILURE,
  WITHDRAW_PENDING,
  WITHDRAW_SUCCESS,
} from '../withdrawal-phrases';

export type WithdrawalOutcome = 'withdrawal.failure' | 'withdrawal.pending' | 'withdrawal.success';

/**
 * Failure outranks pending, pending outranks success: "submitted, under review" is pending.
 * Text about a verification code ("验证码发送成功", "code sent successfully") is a step of the
 * flow, not its outcome — unless it says the withdrawal failed. A review step's warning that
 * the withdrawal cannot be undone is not a failure.
 */
export function classifyOutcome(text: string): WithdrawalOutcome | undefined {
  let failure = normalize(text);
  for (const warning of IRREVERSIBLE) failure = failure.split(warning).join('|');
  if (matchesAny(failure, WITHDRAW_FAILURE)) return 'withdrawal.failure';
  if (matchesAny(text, CHALLENGE)) return undefined;
  if (matchesAny(text, WITHDRAW_PENDING)) return 'withdrawal.pending';
  if (matchesAny(text, WITHDRAW_SUCCESS)) return 'withdrawal.success';
  return undefined;
}

/** Two-factor codes and review dialogs take time: the answer may come minutes later. */
export const WITHDRAWAL_OUTCOME_MS = 10 * 60_000;
const EVALUATE_EVERY_MS = 200;

/** An error left standing this long after a retry, the form still there, answers the retry. */
export const STANDING_ERROR_MS = 3000;
const RETRY_MIN_MS = 1000;
const STANDING_CHECK_MS = 1000;
/** Rows of a history list: their equal texts are old rows drawn again, not answers. */
const ROWS = 'td, th, tr, li, [role="row"], [role="cell"], [role="gridcell"], [role="listitem"]';
/** A later step of the flow: a review dialog, a code prompt. */
const STEP = 'dialog, [role="dialog"], [role="alertdialog"], [class*="modal" i], input, button';

export interface WithdrawalWatch {
  /** False when judging a page that loaded after the attempt: everything on it is new. */
  sameDocument: boolean;
  /** The form the attempt was sent from, when on this page. */
  form?: Element;
  onOutcome(kind: WithdrawalOutcome, message: string): void;
  /** Called once when watching ends, with or without an outcome. */
  onEnd?(): void;
}

function failureMessages(): Map<Element, string> {
  const found = new Map<Element, string>();
  for (const [el, text] of pageMessages()) {
    if (classifyOutcome(text) === 'withdrawal.failure') found.set(el, text);
  }
  return found;
}

/**
 * Watches what the page says next — a toast, a dialog, a status line, a result page — and
 * reports the first message that reads like an outcome. A failure worded as the last one is
 * this attempt's failure when it was written again, in a new node or the old one, or shown
 * again (issue 14, class 1; message-news.ts); so is one left standing near the form when no
 * later step opened (`standing`, also asked by the detector when the user sends again).
 */
export function watchWithdrawalOutcome({ sameDocument, form, onOutcome, onEnd }: WithdrawalWatch) {
  const baseline = new Set(sameDocument ? pageMessages().values() : []);
  const news = new MessageNews(
    sameDocument
      ? new Map([
          ...failureMessages(),
          ...(form ? textsIn(form, (t) => classifyOutcome(t) === 'withdrawal.failure') : []),
        ])
      : new Map(),
  );
  /** The last time the user sent a step of this attempt (continue, confirm). */
  let sentAt = Date.now();
  const added = new Set<Element>();
  /** Elements added since the attempt: whether a later step opened. */
  const addedSince = new Set<Element>();
  const deadline = sentAt + WITHDRAWAL_OUTCOME_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let standingTimer: ReturnType<typeof setTimeout> | undefined;
  let done = false;

  function end() {
    if (done) return;
    done = true;
    observer.disconnect();
    addedWatch.disconnect();
    clearTimeout(timer);
    clearTimeout(standingTimer);
    onEnd?.();
  }

  function stepOpened(): boolean {
    for (const el of addedSince) {
      if (!el.isConnected) continue;
      const step = el.matches(STEP) ? el : el.querySelector(STEP);
      if (step && isVisible(step)) return true;
    }
    return false;
  }

  /** A failure shown since before the attempt, near the form, with no later step open. */
  function standing(): string | undefined {
    // A click and the submit it causes are one sending: the error before it is not its answer.
    if (Date.now() - sentAt < RETRY_MIN_MS) return undefined;
    if (!form?.isConnected || stepOpened()) return undefined;
    news.look();
    let near: Element = form;
    for (let i = 0; i < 3 && near.parentElement && near.parentElement !== document.body; i++) {
      near = near.parentElement;
    }
    return news.stillShown().find(([el]) => near.contains(el) && !el.closest(ROWS))?.[1];
  }

  function evaluate(whole = false) {
    timer = undefined;
    if (done) return;
    if (Date.now() > deadline) return end();
    const scope = whole ? {} : { extra: added, within: added };
    const messages = pageMessages({ ...scope, skipTableCells: !sameDocument });
    news.look();
    for (const [el, text] of messages) {
      const outcome = classifyOutcome(text);
      if (!outcome) continue;
      const again =
        outcome === 'withdrawal.failure' && !el.closest(ROWS) && news.isNews(el, text, added);
      if (baseline.has(text) && !again) continue;
      added.clear();
      onOutcome(outcome, messageQuote(el, text));
      return end();
    }
    added.clear();
  }

  const observer = observeChanges(added, () => {
    timer ??= setTimeout(() => evaluate(), EVALUATE_EVERY_MS);
  });
  // Elements added, not changed: a button's "loading" class is no later step.
  const addedWatch = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) addedSince.add(node as Element);
      }
    }
  });
  addedWatch.observe(document.documentElement, { childList: true, subtree: true });
  // A result page may already say it all on load; a same-page flow waits for something new.
  if (!sameDocument) timer = setTimeout(() => evaluate(true), 0);
  const deadlineTimer = setTimeout(() => evaluate(), WITHDRAWAL_OUTCOME_MS + 100);
  // Only a failure shown at the attempt can stand: without one, nothing to look for.
  const lookForStanding = () => {
    standingTimer = undefined;
    if (done) return;
    const text = Date.now() - sentAt >= STANDING_ERROR_MS ? standing() : undefined;
    if (text) {
      onOutcome('withdrawal.failure', text);
      return end();
    }
    standingTimer = setTimeout(lookForStanding, STANDING_CHECK_MS);
  };
  if (news.stillShown().length > 0) standingTimer = setTimeout(lookForStanding, STANDING_CHECK_MS);
  return {
    stop() {
      clearTimeout(deadlineTimer);
      end();
    },
    /** A failure left standing near the form since before the attempt, no later step open. */
    standing: () => (done ? undefined : standing()),
    /** The user sent a later step (confirm): a standing failure counts from now. */
    sentAgain() {
      sentAt = Date.now();
    },
  };
}
