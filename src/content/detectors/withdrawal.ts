import type { Amount } from '../../model/event-types';
import type { Detector, DetectorContext } from '../context';
import { clickedControl, controlLabel, userIsActing } from '../dom';
import { matchesAny, normalize } from '../phrases';
import { readAmount, readDestination, withdrawalFormAround } from '../withdrawal-form';
import { NOT_A_SUBMIT, WITHDRAW_SUBMIT } from '../withdrawal-phrases';
import { watchWithdrawalOutcome } from './withdrawal-outcome';

/**
 * Withdrawals: the first submit of a form with an amount, inside something that says money
 * leaves (提现, withdraw, cash out …), starts a flow. Later steps of the same flow — address,
 * review dialog, 2FA, 支付密码 — add the destination if it was missing but never make a second
 * attempt. The attempt is reported once the destination is known, at the next step, when an
 * outcome shows, or when the page unloads, whichever comes first.
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

    function trigger(from: Element) {
      const form = withdrawalFormAround(from);
      const current = active();
      if (!form) {
        // A later step without an amount field: review dialog, code, payment password.
        current?.watcher?.sentAgain();
        if (current && !current.reported) {
          current.destination ??= readDestination(
            from.closest('[role="dialog"], dialog, main') ?? document.body,
          );
          report(current);
        }
        return;
      }
      const amount = readAmount(form);
      if (!amount) return;
      const destination = readDestination(form.container, form.amountInput);
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

    const onClick = (event: MouseEvent) => {
      if (!event.isTrusted || event.button !== 0 || !(event.target instanceof Element)) return;
      const control = submitControl(event.target);
      if (control) trigger(control);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.key !== 'Enter' || event.isComposing || event.keyCode === 229)
        return;
      if (event.target instanceof HTMLInputElement) trigger(event.target);
    };
    const onSubmit = (event: SubmitEvent) => {
      if (event.isTrusted && userIsActing() && event.target instanceof HTMLFormElement)
        trigger(event.submitter ?? event.target);
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
