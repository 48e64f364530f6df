import type { Amount } from '../../model/event-types';
import type { Detector, DetectorContext } from '../context';
import { clickedControl, controlLabel, userIsActing } from '../dom';
import { matchesAny, normalize } from '../phrases';
import type { Gesture } from '../gesture';
import {
  readAmount,
  readDestination,
  withdrawalFormAround,
  type WithdrawalForm,
} from '../withdrawal-form';
import { NOT_A_SUBMIT, WITHDRAW_SUBMIT } from '../withdrawal-phrases';
import { watchWithdrawalOutcome } from './withdrawal-outcome';

/**
 * Withdrawals: the first submit of a form with an amount, inside something that says money
 * leaves (提现, withdraw, cash out …), starts a flow. Later steps of the same flow — address,
 * review dialog, 2FA, 支付密码 — add the destination if it was missing but never make a second
 * attempt. The attempt is reported once the destination is known, at the next step, when an
 * outcome shows, or when the page unloads, whichever comes first.
 *
 * Each step spends the person's click or Enter in its form or dialog (gesture.ts), and the form
 * is read during that gesture: what a script writes into the fields afterwards, or submits
 * without a fresh gesture there, is never part of a withdrawal (issue 19, class 3).
 */
const FLOW_MS = 10 * 60_000;
/** Without a destination, report anyway after this long: an attempt must never be lost. */
const REPORT_WITHOUT_DESTINATION_MS = 15_000;

interface Flow {
  attemptId: string;
  amount: Amount;
  destination?: string;
  startedAt: number;
  reported: boolean;
  settled: boolean;
  watcher?: ReturnType<typeof watchWithdrawalOutcome>;
  reportTimer?: ReturnType<typeof setTimeout>;
}

/** A label that submits a withdrawal step ("Withdraw", "确认", "Next"), not "Max" or "Cancel". */
function isSubmitLabel(label: string): boolean {
  const n = normalize(label);
  return matchesAny(label, WITHDRAW_SUBMIT) && !NOT_A_SUBMIT.some((word) => n === word);
}

interface Reading {
  form: WithdrawalForm;
  amount: Amount;
  destination?: string;
}

function readingOf(form: WithdrawalForm): Reading | undefined {
  const amount = readAmount(form);
  if (!amount) return undefined;
  return { form, amount, destination: readDestination(form.container, form.amountInput) };
}

/** Where a later step's control sits: the dialog it is in, else the page's main part. */
const STEP_REGION = '[role="dialog"], dialog, main';
/** What can submit a `<form>` when clicked, by itself or through the page's handler. */
const FORM_BUTTON =
  'button, input[type="submit" i], input[type="image" i], input[type="button" i], [role="button"]';

function submitControl(target: Element): Element | undefined {
  const control = clickedControl(target, isSubmitLabel);
  const label = control ? controlLabel(control) : '';
  return label && label.length <= 40 && isSubmitLabel(label) ? control : undefined;
}

export const withdrawal: Detector = {
  id: 'withdrawal',
  start(ctx: DetectorContext) {
    let flow: Flow | undefined;

    const active = () =>
      flow && !flow.settled && Date.now() - flow.startedAt < FLOW_MS ? flow : undefined;

    function report(current: Flow) {
      if (current.reported) return;
      current.reported = true;
      clearTimeout(current.reportTimer);
      const fields = { attemptId: current.attemptId, amount: current.amount };
      void ctx.report(
        'withdrawal.attempt',
        current.destination ? { ...fields, destination: current.destination } : fields,
      );
    }

    function watch(current: Flow, sameDocument: boolean, form?: Element) {
      current.watcher?.stop();
      current.watcher = watchWithdrawalOutcome({
        sameDocument,
        form,
        onOutcome(kind, message) {
          report(current);
          current.settled = true;
          void ctx.report(kind, { attemptId: current.attemptId, message });
        },
        onEnd: () => report(current),
      });
    }

    /**
     * A later step without an amount field (review dialog, code, payment password) sent with a
     * gesture inside `step`: the flow's destination, if still missing, is read from it now.
     */
    function laterStep(step: Element, readStep: boolean) {
      const current = active();
      if (!current || !ctx.gestures.take(step)) return;
      current.watcher?.sentAgain();
      if (current.reported) return;
      if (readStep) current.destination ??= readDestination(step);
      report(current);
    }

    /** The first step, paid for by the person's gesture in the form (already taken). */
    function send({ form, amount, destination }: Reading) {
      const current = active();
      // Sent again while the last failure still stands (issue 14, class 1): that was its answer.
      const standing = current?.reported ? current.watcher?.standing() : undefined;
      if (current && standing) {
        current.settled = true;
        void ctx.report('withdrawal.failure', { attemptId: current.attemptId, message: standing });
      } else if (current && (current.amount.value === amount.value || !current.reported)) {
        current.watcher?.sentAgain();
        if (!current.reported) {
          current.amount = amount;
          current.destination ??= destination;
          if (current.destination) report(current);
        }
        return;
      }
      current?.watcher?.stop();
      const next: Flow = {
        attemptId: crypto.randomUUID(),
        amount,
        destination,
        startedAt: Date.now(),
        reported: false,
        settled: false,
      };
      flow = next;
      ctx.state.withdrawalUntil = next.startedAt + FLOW_MS;
      if (destination) report(next);
      else next.reportTimer = setTimeout(() => report(next), REPORT_WITHOUT_DESTINATION_MS);
      watch(next, true, form.container);
    }

    /** A click or Enter of the person's: the form is read now, during their gesture. */
    function onGesture(from: Element) {
      const form = withdrawalFormAround(from);
      if (!form) {
        laterStep(from.closest(STEP_REGION) ?? document.body, true);
        return;
      }
      const reading = readingOf(form);
      if (reading && ctx.gestures.take(form.container)) send(reading);
    }

    /**
     * What the form held at the person's last click on a button of a `<form>` that was not
     * taken for a withdrawal step itself: a submit that click causes (the page's own handler
     * calling `requestSubmit()`) is read as the form stood when the person clicked.
     */
    let atClick: { gesture: Gesture | undefined; reading: Reading } | undefined;

    const onClick = (event: MouseEvent) => {
      atClick = undefined;
      if (!event.isTrusted || event.button !== 0 || !(event.target instanceof Element)) return;
      const control = submitControl(event.target);
      if (control) return onGesture(control);
      if (!event.target.closest(FORM_BUTTON) || !event.target.closest('form')) return;
      const form = withdrawalFormAround(event.target);
      const reading = form && readingOf(form);
      if (reading) atClick = { gesture: ctx.gestures.latest(), reading };
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.key !== 'Enter' || event.isComposing || event.keyCode === 229)
        return;
      atClick = undefined;
      if (event.target instanceof HTMLInputElement) onGesture(event.target);
    };
    // A submit is read only as the form stood at the person's gesture: an amount or address a
    // script wrote after the click makes no withdrawal (SECURITY.md, "Only real user actions").
    const onSubmit = (event: SubmitEvent) => {
      if (!event.isTrusted || !userIsActing() || !(event.target instanceof HTMLFormElement)) return;
      const from = event.submitter ?? event.target;
      const clicked = atClick;
      atClick = undefined;
      if (clicked && clicked.gesture === ctx.gestures.latest()) {
        const { reading } = clicked;
        if (!event.target.contains(reading.form.amountInput)) return;
        const now = readingOf(reading.form);
        const same =
          now?.amount.value === reading.amount.value &&
          now.amount.currency === reading.amount.currency &&
          now.destination === reading.destination;
        if (ctx.gestures.take(reading.form.container) && same) send(reading);
        return;
      }
      if (!withdrawalFormAround(from)) laterStep(event.target, false);
    };
    // The page is going away mid-flow (a classic multi-page form): report what is known now.
    const onPageHide = () => {
      const current = active();
      if (current) report(current);
    };

    window.addEventListener('click', onClick, true);
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('submit', onSubmit, true);
    window.addEventListener('pagehide', onPageHide, true);

    void ctx.pendingAttempt.then((pending) => {
      if (pending?.flow !== 'withdrawal' || flow) return;
      // The attempt was made on the page before; this page carries its outcome.
      const resumed: Flow = {
        attemptId: pending.attemptId,
        amount: { value: '0', currency: 'XXX' },
        startedAt: Date.now(),
        reported: true,
        settled: false,
      };
      flow = resumed;
      ctx.state.withdrawalUntil = resumed.startedAt + FLOW_MS;
      watch(resumed, false);
    });

    return () => {
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('submit', onSubmit, true);
      window.removeEventListener('pagehide', onPageHide, true);
      flow?.watcher?.stop();
    };
  },
};
