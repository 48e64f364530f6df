import { fieldDescriptor, isVisible, visiblePasswordFields, visibleText } from '../dom';
import { observeChanges, pageMessages } from '../page-messages';
import { CHALLENGE, CHALLENGE_FIELD, FAILURE, matchesAny } from '../phrases';
import type { DetectorContext } from '../context';

/**
 * After a sign-in attempt, watch what the page does next and report one outcome:
 * `login.challenge` (a code prompt; watching goes on for the final answer), then
 * `login.failure` (an error appears) or `login.success` (the sign-in view goes away).
 * Real sites answer late — a spinner, then a toast seconds later — so this is a
 * MutationObserver with a deadline, not a one-off check.
 */
/** Long enough for a slow server or a puzzle captcha between the click and the answer. */
export const FIRST_OUTCOME_MS = 60_000;
export const CHALLENGE_OUTCOME_MS = 5 * 60_000;
/** A sign-in panel often vanishes a moment before the code prompt replaces it. */
export const SUCCESS_SETTLE_MS = 1500;
const EVALUATE_EVERY_MS = 150;
/** With no DOM change to react to, the deadline and settle checks need only a slow tick. */
const IDLE_TICK_MS = 500;

/** Short, visible texts that read like a failed sign-in. */
function failureTexts(changed?: Set<Element>): string[] {
  const scope = changed ? { extra: changed, within: changed } : {};
  return [...pageMessages(scope).values()].filter((text) => matchesAny(text, FAILURE));
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

export interface OutcomeWatch {
  attemptId: string;
  ctx: DetectorContext;
  /** False when judging a page that loaded after the attempt: everything on it is new. */
  sameDocument: boolean;
  onDone?: () => void;
}

export function watchSignInOutcome({ attemptId, ctx, sameDocument, onDone }: OutcomeWatch) {
  const baselineInputs = new Set<Element>(sameDocument ? document.querySelectorAll('input') : []);
  const baselineFailures = new Set(sameDocument ? failureTexts() : []);
  const added = new Set<Element>();
  let challenged = false;
  let firstLook = true;
  let successSince: number | undefined;
  let done = false;
  let deadline = Date.now() + FIRST_OUTCOME_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function finish(kind?: 'login.success' | 'login.failure', message?: string) {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    if (kind) void ctx.report(kind, message ? { attemptId, message } : { attemptId });
    onDone?.();
  }

  function evaluate() {
    timer = undefined;
    if (done) return;
    const now = Date.now();
    if (now > deadline) return finish();

    // The first look at a page loaded after the attempt reads all of it; later ones what changed.
    const changed = firstLook && !sameDocument ? undefined : added;
    firstLook = false;
    for (const text of failureTexts(changed)) {
      if (!baselineFailures.has(text)) return finish('login.failure', text);
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
    if (!signInGone) successSince = undefined;
    else if (successSince === undefined) successSince = now;
    else if (now - successSince >= SUCCESS_SETTLE_MS) return finish('login.success');
    schedule(successSince === undefined ? IDLE_TICK_MS : SUCCESS_SETTLE_MS);
  }

  function schedule(delay = EVALUATE_EVERY_MS) {
    if (!done && timer === undefined) timer = setTimeout(evaluate, delay);
  }

  const observer = observeChanges(added, () => schedule());
  schedule();
  return () => finish();
}
