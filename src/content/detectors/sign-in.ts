import { clickedControl, controlLabel, isPasswordField, userIsActing } from '../dom';
import { matchesAny, SIGN_IN_ACTIONS } from '../phrases';
import { credentialForm, isSignIn, type CredentialForm } from '../sign-in-form';
import type { Detector, DetectorContext } from '../context';
import { watchSignInOutcome, type SignInWatch } from './sign-in-outcome';

/**
 * Sign-in attempts on any wallet page: a form submit, a click on something that reads like
 * "Log in" (a `<button>` or a styled `<div>`), or Enter in a field — wherever a visible
 * password field sits nearby, with or without a `<form>`, among other forms or not (issue 14,
 * class 3). Sign-up, change-password and payment password prompts are told apart by their
 * fields and wording (sign-in-form.ts). Only trusted (user) events count, so the page's own
 * scripts cannot fake an attempt, and each attempt spends the person's click or Enter in that
 * form (gesture.ts): a script that submits again and again after one real click makes none.
 */
/** The same form triggered again this soon, with nothing typed between (click then submit, double click), is one attempt. */
const SAME_ATTEMPT_MS = 1000;
const SUBMIT_CONTROLS =
  'button:not([type="button" i]):not([type="reset" i]), input[type="submit" i], input[type="image" i]';

export const signIn: Detector = {
  id: 'sign-in',
  start(ctx: DetectorContext) {
    // The attempt whose outcome is still awaited; a trigger on the same form meanwhile is a repeat.
    let last: { unit: Element; at: number; settled: boolean; typed: boolean } | undefined;
    let watch: SignInWatch | undefined;
    /** The password field the user typed in last: the form they are submitting. */
    let lastTyped: HTMLInputElement | undefined;

    function attempt(form: CredentialForm | undefined, trigger?: Element) {
      const now = Date.now();
      if (!form || now < ctx.state.withdrawalUntil || !isSignIn(form, trigger)) return;
      const { unit } = form;
      if (
        last &&
        !last.settled &&
        !last.typed &&
        now - last.at < SAME_ATTEMPT_MS &&
        (last.unit.contains(unit) || unit.contains(last.unit))
      ) {
        return;
      }
      // Paid for by the person's own click or Enter in this form, once (gesture.ts). A control
      // outside the form (`<button form="login">`) counts only when it says "sign in".
      const outside =
        trigger && !unit.contains(trigger) && matchesAny(controlLabel(trigger), SIGN_IN_ACTIONS);
      if (!ctx.gestures.take(unit, outside ? trigger : undefined)) return;
      // Typed again and sent again: the attempt before has had its answer, whatever it was.
      watch?.stop('retried');
      const current = { unit, at: now, settled: false, typed: false };
      last = current;
      const attemptId = crypto.randomUUID();
      // Report first: a classic form post may unload this page before anything else runs.
      void ctx.report('login.attempt', { attemptId });
      watch = watchSignInOutcome({
        attemptId,
        ctx,
        sameDocument: true,
        form: unit,
        onDone: () => (current.settled = true),
      });
    }

    const onSubmit = (event: SubmitEvent) => {
      if (!event.isTrusted || !userIsActing() || !(event.target instanceof HTMLFormElement)) return;
      const from = event.submitter ?? lastTypedIn(event.target) ?? event.target;
      attempt(credentialForm(from, lastTyped), event.submitter ?? undefined);
    };

    const lastTypedIn = (root: Element) =>
      lastTyped && root.contains(lastTyped) ? lastTyped : undefined;

    const onClick = (event: MouseEvent) => {
      if (!event.isTrusted || event.button !== 0 || !(event.target instanceof Element)) return;
      const control = clickedControl(event.target, (label) => matchesAny(label, SIGN_IN_ACTIONS));
      if (!control) return;
      const label = controlLabel(control);
      const isFormSubmit = control.closest('form') !== null && control.matches(SUBMIT_CONTROLS);
      if (!isFormSubmit && !matchesAny(label, SIGN_IN_ACTIONS)) return;
      // A button outside its form (`<button form="login">`) belongs to that form.
      const owner = control instanceof HTMLButtonElement ? control.form : null;
      const from = owner && !owner.contains(control) ? owner : control;
      attempt(credentialForm(from, lastTyped), control);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      // keyCode 229 / isComposing: Enter that confirms a Chinese IME composition, not a submit.
      if (!event.isTrusted || event.key !== 'Enter' || event.isComposing || event.keyCode === 229) {
        return;
      }
      const target = event.target;
      if (!(target instanceof HTMLInputElement)) return;
      const typed = isPasswordField(target) ? target : lastTyped;
      // In a form, Enter presses its first submit button: that is the control of this attempt.
      const button = target.form?.querySelector(SUBMIT_CONTROLS) ?? undefined;
      attempt(credentialForm(button ?? target, typed), button);
    };

    // Typing in a password field: which form is being filled, and that a new attempt follows.
    // Only that an input happened is looked at, never what it holds.
    const onInput = (event: Event) => {
      if (!event.isTrusted || !(event.target instanceof Element)) return;
      if (!isPasswordField(event.target)) return;
      lastTyped = event.target;
      if (last && last.unit.contains(event.target)) last.typed = true;
    };

    window.addEventListener('submit', onSubmit, true);
    window.addEventListener('click', onClick, true);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('input', onInput, true);

    // A page that loaded right after an attempt (a classic form post) tells its outcome.
    void ctx.pendingAttempt.then((pending) => {
      if (pending?.flow === 'login' && !watch) {
        watch = watchSignInOutcome({ attemptId: pending.attemptId, ctx, sameDocument: false });
      }
    });

    return () => {
      window.removeEventListener('submit', onSubmit, true);
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('input', onInput, true);
      watch?.stop();
    };
  },
};
