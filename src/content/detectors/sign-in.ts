import {
  clickedControl,
  controlLabel,
  credentialScope,
  fieldDescriptor,
  flowTitle,
  visiblePasswordFields,
  userIsActing,
} from '../dom';
import {
  CHANGE_PASSWORD,
  matchesAny,
  normalize,
  PAYMENT_PASSWORD,
  SIGN_IN_ACTIONS,
  SIGN_UP,
} from '../phrases';
import type { Detector, DetectorContext } from '../context';
import { watchSignInOutcome } from './sign-in-outcome';

/**
 * Sign-in attempts on any wallet page: a form submit, a click on something that reads like
 * "Log in" (a `<button>` or a styled `<div>`), or Enter in a field — wherever a single visible
 * password field sits nearby, with or without a `<form>`. Sign-up, change-password and payment
 * password prompts are told apart by their fields and wording. Only trusted (user) events count,
 * so the page's own scripts cannot fake an attempt.
 */
/** The same scope triggered again this soon (click then submit, double click) is one attempt. */
const SAME_ATTEMPT_MS = 2000;
/** Labels that say "sign in" outright outrank a heading that also offers sign-up. */
const EXPLICIT_SIGN_IN = ['login', 'signin', 'ログイン', '登入', '登录', '登錄', '로그인'];

/** Is `scope` (triggered by `trigger`) a sign-in, rather than a sign-up, reset or payment? */
export function isSignInScope(scope: Element, trigger?: Element): boolean {
  const passwords = visiblePasswordFields(scope);
  if (passwords.length !== 1) return false;
  const field = passwords[0] as HTMLInputElement;
  if ((field.getAttribute('autocomplete') ?? '').includes('new-password')) return false;
  const descriptor = fieldDescriptor(field);
  if (matchesAny(descriptor, PAYMENT_PASSWORD) || matchesAny(descriptor, CHANGE_PASSWORD)) {
    return false;
  }
  const label = trigger ? controlLabel(trigger) : '';
  const notSignIn = (text: string) =>
    matchesAny(text, SIGN_UP) ||
    matchesAny(text, CHANGE_PASSWORD) ||
    matchesAny(text, PAYMENT_PASSWORD);
  if (notSignIn(label)) return false;
  if (EXPLICIT_SIGN_IN.some((phrase) => normalize(label).includes(phrase))) return true;
  return !notSignIn(flowTitle(scope));
}

export const signIn: Detector = {
  id: 'sign-in',
  start(ctx: DetectorContext) {
    // The attempt whose outcome is still awaited; a trigger on the same scope meanwhile is a repeat.
    let last: { scope: Element; at: number; settled: boolean } | undefined;
    let stopWatch: (() => void) | undefined;

    function attempt(scope: Element, trigger?: Element) {
      const now = Date.now();
      if (now < ctx.state.withdrawalUntil || !isSignInScope(scope, trigger)) return;
      if (
        last &&
        !last.settled &&
        now - last.at < SAME_ATTEMPT_MS &&
        (last.scope.contains(scope) || scope.contains(last.scope))
      ) {
        return;
      }
      const current = { scope, at: now, settled: false };
      last = current;
      const attemptId = crypto.randomUUID();
      stopWatch?.();
      // Report first: a classic form post may unload this page before anything else runs.
      void ctx.report('login.attempt', { attemptId });
      stopWatch = watchSignInOutcome({
        attemptId,
        ctx,
        sameDocument: true,
        onDone: () => (current.settled = true),
      });
    }

    const onSubmit = (event: SubmitEvent) => {
      if (!event.isTrusted || !userIsActing() || !(event.target instanceof HTMLFormElement)) return;
      if (visiblePasswordFields(event.target).length === 0) return;
      attempt(event.target, event.submitter ?? undefined);
    };

    const onClick = (event: MouseEvent) => {
      if (!event.isTrusted || event.button !== 0 || !(event.target instanceof Element)) return;
      const control = clickedControl(event.target, (label) => matchesAny(label, SIGN_IN_ACTIONS));
      if (!control) return;
      const label = controlLabel(control);
      const isFormSubmit =
        control.closest('form') !== null && (control as HTMLButtonElement).type === 'submit';
      if (!isFormSubmit && !matchesAny(label, SIGN_IN_ACTIONS)) return;
      const scope = credentialScope(control);
      if (scope) attempt(scope, control);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      // keyCode 229 / isComposing: Enter that confirms a Chinese IME composition, not a submit.
      if (!event.isTrusted || event.key !== 'Enter' || event.isComposing || event.keyCode === 229) {
        return;
      }
      const target = event.target;
      if (!(target instanceof HTMLInputElement)) return;
      const scope = credentialScope(target);
      if (scope) attempt(scope);
    };

    window.addEventListener('submit', onSubmit, true);
    window.addEventListener('click', onClick, true);
    window.addEventListener('keydown', onKeyDown, true);

    // A page that loaded right after an attempt (a classic form post) tells its outcome.
    void ctx.pendingAttempt.then((pending) => {
      if (pending?.flow === 'login' && !stopWatch) {
        stopWatch = watchSignInOutcome({ attemptId: pending.attemptId, ctx, sameDocument: false });
      }
    });

    return () => {
      window.removeEventListener('submit', onSubmit, true);
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('keydown', onKeyDown, true);
      stopWatch?.();
    };
  },
};
