import { CHALLENGE, matchesAny, normalize } from '../phrases';
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

export interface WithdrawalWatch {
  /** False when judging a page that loaded after the attempt: everything on it is new. */
  sameDocument: boolean;
  onOutcome(kind: WithdrawalOutcome, message: string): void;
  /** Called once when watching ends, with or without an outcome. */
  onEnd?(): void;
}

/**
 * Watches what the page says next — a toast, a dialog, a status line, a result page — and
 * reports the first message that reads like an outcome.
 */
export function watchWithdrawalOutcome({ sameDocument, onOutcome, onEnd }: WithdrawalWatch) {
  const baseline = new Set(sameDocument ? pageMessages().values() : []);
  const added = new Set<Element>();
  const deadline = Date.now() + WITHDRAWAL_OUTCOME_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;

  function end() {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    onEnd?.();
  }

  function evaluate(whole = false) {
    timer = undefined;
    if (done) return;
    if (Date.now() > deadline) return end();
    const scope = whole ? {} : { extra: added, within: added };
    const messages = pageMessages({ ...scope, skipTableCells: !sameDocument });
    added.clear();
    for (const text of messages.values()) {
      if (baseline.has(text)) continue;
      const outcome = classifyOutcome(text);
      if (outcome) {
        onOutcome(outcome, text);
        return end();
      }
    }
  }

  const observer = observeChanges(added, () => {
    timer ??= setTimeout(() => evaluate(), EVALUATE_EVERY_MS);
  });
  // A result page may already say it all on load; a same-page flow waits for something new.
  if (!sameDocument) timer = setTimeout(() => evaluate(true), 0);
  const deadlineTimer = setTimeout(() => evaluate(), WITHDRAWAL_OUTCOME_MS + 100);
  return () => {
    clearTimeout(deadlineTimer);
    end();
  };
}
