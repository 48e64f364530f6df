import { fieldDescriptor, isVisible, visiblePasswordFields, visibleText } from '../dom';
import { MessageNews, textsIn } from '../message-news';
import { messageQuote } from '../site-quote';
import { observeChanges, pageMessages } from '../page-messages';
import { CHALLENGE, CHALLENGE_FIELD, FAILURE, matchesAny } from '../phrases';
import type { DetectorContext } from '../context';

/**
 * After a sign-in attempt, watch what the page does next and report one outcome:
 * `login.challenge` (a code prompt; watching goes on for the final answer), then
 * `login.failure` (an error appears) or `login.success` (the sign-in view goes away).
 * Real sites answer late — a spinner, then a toast seconds later — so this is a
 * MutationObserver with a deadline, not a one-off check.
 *
 * Every attempt gets its own outcome (issue 14, class 1): the same error written again, in a
 * new node or the old one, counts as this attempt's failure (message-news.ts); so does an
 * error the site leaves standing while the sign-in form stays and nothing is loading, and an
 * error standing when the user types and sends again.
 */
/** Long enough for a slow server or a puzzle captcha between the click and the answer. */
export const FIRST_OUTCOME_MS = 60_000;
export const CHALLENGE_OUTCOME_MS = 5 * 60_000;
/** A sign-in panel often vanishes a moment before the code prompt replaces it. */
export const SUCCESS_SETTLE_MS = 1500;
/**
 * An error that was there before the attempt and is still there this long after it, with the
 * form still shown and nothing loading, is the answer to this attempt too.
 */
export const STANDING_ERROR_MS = 3000;
const EVALUATE_EVERY_MS = 150;
/** With no DOM change to react to, the deadline and settle checks need only a slow tick. */
const IDLE_TICK_MS = 500;
/** Levels above the form within which a standing error is taken as the form's. */
const NEAR_FORM_LEVELS = 3;
/**
 * A path that is still part of signing in: a single-page app that moves to one of these after
 * the password may yet ask for a code there.
 */
const SIGN_IN_STEP_PATH =
  /(log-?in|sign-?in|auth|2fa|mfa|otp|totp|verif|challenge|security|captcha|passkey|webauthn|confirm)/i;
const BUSY =
  '[aria-busy="true"], [class*="loading" i], [class*="spinner" i], [class*="progress" i], button[disabled]';

/** Short, visible texts that read like a failed sign-in. */
function failureMessages(changed?: Set<Element>): Map<Element, string> {
  const scope = changed ? { extra: changed, within: changed } : {};
  const found = new Map<Element, string>();
  for (const [el, text] of pageMessages(scope)) if (matchesAny(text, FAILURE)) found.set(el, text);
  return found;
}

function isCodeInput(input: HTMLInputElement): boolean {
  if (input.type === 'password' || input.type === 'hidden' || !isVisible(input)) return false;
  if (input.getAttribute('autocomplete') === 'one-time-code') return true;
  if (CHALLENGE_FIELD.test(fieldDescriptor(input))) return true;
  const group = input.parentElement?.querySelectorAll('input[maxlength="1"]').length ?? 0;
  return input.maxLength === 1 && group >= 4;
}

function codeInputs(): HTMLInputElement[] {
  return Array.from(document.querySelectorAll('input')).filter(isCodeInput);
}

/** A code prompt: a code input, or challenge wording next to any new visible text input. */
function challengeShown(baseline: Set<Element>): boolean {
  if (codeInputs().some((input) => !baseline.has(input))) return true;
  const body = document.body;
  return (
    !!body &&
    matchesAny(visibleText(body, 4000), CHALLENGE) &&
    Array.from(document.querySelectorAll('input:not([type="password"]):not([type="hidden"])')).some(
      (input) => !baseline.has(input) && isVisible(input),
    )
  );
}

/** Where a standing error must be to answer this form: in it or a few levels around it. */
function nearForm(form: Element | undefined): Element | undefined {
  let node = form;
  for (let i = 0; node?.parentElement && i < NEAR_FORM_LEVELS; i += 1) {
    if (node.parentElement === document.body) break;
    node = node.parentElement;
  }
  return node;
}

export interface OutcomeWatch {
  attemptId: string;
  ctx: DetectorContext;
  /** False when judging a page that loaded after the attempt: everything on it is new. */
  sameDocument: boolean;
  /** The sign-in form the attempt was made in, when it was made on this page. */
  form?: Element;
  onDone?: () => void;
}

export interface SignInWatch {
  /**
   * Stops watching. `retried`: the user typed and sent again, so this attempt has had its
   * answer — a failure if an error is shown near the form.
   */
  stop(reason?: 'retried'): void;
}

export function watchSignInOutcome({
  attemptId,
  ctx,
  sameDocument,
  form,
  onDone,
}: OutcomeWatch): SignInWatch {
  const startedAt = Date.now();
  const startPath = location.pathname;
  const baselineInputs = new Set<Element>(sameDocument ? document.querySelectorAll('input') : []);
  const news = new MessageNews(
    sameDocument
      ? new Map([
          ...failureMessages(),
          ...(form ? textsIn(nearForm(form) ?? form, (t) => matchesAny(t, FAILURE)) : []),
        ])
      : new Map(),
  );
  const near = nearForm(form);
  const added = new Set<Element>();
  let challenged = false;
  let firstLook = true;
  let successSince: number | undefined;
  let done = false;
  let deadline = startedAt + FIRST_OUTCOME_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerDue = 0;

  function finish(kind?: 'login.success' | 'login.failure', message?: string) {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    window.removeEventListener('pagehide', onPageHide, true);
    if (kind) void ctx.report(kind, message ? { attemptId, message } : { attemptId });
    onDone?.();
  }

  /** An error shown near the form, standing since before the attempt. */
  function standingError(): string | undefined {
    if (!near?.isConnected) return undefined;
    return news.stillShown().find(([el]) => near.contains(el))?.[1];
  }

  function movedOn(): boolean {
    const path = location.pathname;
    return sameDocument && path !== startPath && !SIGN_IN_STEP_PATH.test(path);
  }

  function busy(): boolean {
    return Array.from(form?.querySelectorAll(BUSY) ?? []).some(isVisible);
  }

  function evaluate() {
    timer = undefined;
    if (done) return;
    const now = Date.now();
    if (now > deadline) return finish();

    // The first look at a page loaded after the attempt reads all of it; later ones what changed.
    const changed = firstLook && !sameDocument ? undefined : added;
    firstLook = false;
    news.look();
    for (const [el, text] of failureMessages(changed)) {
      if (news.isNews(el, text, added)) return finish('login.failure', messageQuote(el, text));
    }
    added.clear();

    const codePrompt = challengeShown(baselineInputs);
    if (codePrompt && !challenged) {
      challenged = true;
      deadline = now + CHALLENGE_OUTCOME_MS;
      successSince = undefined;
      void ctx.report('login.challenge', { attemptId });
    }

    const signInGone = visiblePasswordFields(document).length === 0 && !codePrompt;
    // A single-page app that moved on to another address (the account view, not a code step)
    // has signed in: no settling wait, since people often leave within a second (issue 14,
    // class 5) and a message sent as the tab navigates away is lost with the frame.
    if (signInGone && !challenged && movedOn()) return finish('login.success');
    if (!signInGone) successSince = undefined;
    else if (successSince === undefined) successSince = now;
    else if (now - successSince >= SUCCESS_SETTLE_MS) return finish('login.success');

    if (!signInGone && !challenged && form?.isConnected && now - startedAt >= STANDING_ERROR_MS) {
      const standing = busy() ? undefined : standingError();
      if (standing) return finish('login.failure', standing);
    }
    schedule(successSince === undefined ? IDLE_TICK_MS : SUCCESS_SETTLE_MS);
  }

  /** A change brings a slow tick forward: the page may be about to be left (class 5). */
  function schedule(delay = EVALUATE_EVERY_MS) {
    if (done) return;
    const due = Date.now() + delay;
    if (timer !== undefined) {
      if (timerDue <= due) return;
      clearTimeout(timer);
    }
    timerDue = due;
    timer = setTimeout(evaluate, delay);
  }

  /**
   * The page goes away before the outcome settled (issue 14, class 5): the tab closed or another
   * site opened right after landing on the account page. What is known now decides: the
   * sign-in view gone with no error and no code prompt is a success; an error is a failure;
   * a sign-in form still shown is left to the page that follows (a classic form post).
   */
  function onPageHide() {
    if (done) return;
    news.look();
    for (const [el, text] of failureMessages(added)) {
      if (news.isNews(el, text, added)) return finish('login.failure', messageQuote(el, text));
    }
    const codePrompt = challengeShown(baselineInputs);
    if (!codePrompt && visiblePasswordFields(document).length === 0) finish('login.success');
  }

  const observer = observeChanges(added, () => schedule());
  window.addEventListener('pagehide', onPageHide, true);
  schedule();
  return {
    stop(reason) {
      if (reason === 'retried' && !challenged) {
        news.look();
        const fresh = [...failureMessages(added)].find(([el, text]) =>
          news.isNews(el, text, added),
        );
        const shown = fresh ? messageQuote(...fresh) : standingError();
        if (shown) return finish('login.failure', shown);
      }
      finish();
    },
  };
}
