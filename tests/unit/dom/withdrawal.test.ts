// @vitest-environment happy-dom
// Issue 14, classes 1, 2 and 6 (withdrawals): a withdrawal in any of 14 languages — to an IBAN
// with comma decimals or to a crypto address, through continue and confirm steps, in a <form>
// or in a formless table whose only control first asks for a code and then confirms — is one
// attempt with its amount and destination, and each answer is its own outcome: a pending
// result shown later, or the same failure again and again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withdrawal } from '../../../src/content/detectors/withdrawal';
import { $, click, load, run, setHtml, type, useFakeClock, wait } from './page';
import {
  destinationRecorded,
  destinationTyped,
  WITHDRAWAL_LANGS,
  withdrawalPage,
  type WithdrawalShape,
  type WithdrawalWords,
} from './withdrawal-pages';

type Answer = 'pending' | 'success' | 'failure-rewrite' | 'failure-replace' | 'failure-stays';
const SHAPES: WithdrawalShape[] = ['form-dialog', 'table-code-div'];
const DELAYS = [300, 1500, 2500];

/** The site: continue opens the confirm step; confirm is answered `delay` ms later. */
function site(w: WithdrawalWords, shape: WithdrawalShape, answer: Answer, delay: number) {
  let answered = 0;
  const respond = () => {
    const first = answered === 0;
    answered += 1;
    setTimeout(() => {
      const err = $('#err');
      if (answer === 'pending' || answer === 'success') {
        const toast = document.createElement('div');
        toast.className = 'toast';
        toast.textContent = answer === 'pending' ? w.pending : w.success;
        document.body.append(toast);
      } else if (answer === 'failure-replace')
        setHtml(err, `<span class="msg">${w.failure}</span>`);
      else if (answer === 'failure-stays' && !first) return;
      else err.textContent = w.failure;
    }, delay);
  };
  if (shape === 'form-dialog') {
    $('#f').addEventListener('submit', () => {
      const dialog = document.createElement('div');
      dialog.className = 'modal';
      dialog.setAttribute('role', 'dialog');
      setHtml(dialog, `<p>${w.title}</p><button class="btn" id="confirm">${w.confirm}</button>`);
      document.body.append(dialog);
      $('#confirm').addEventListener('click', () => {
        dialog.remove();
        respond();
      });
    });
  } else {
    const button = $('#next');
    button.addEventListener('click', () => {
      if (button.textContent === w.getCode) {
        const row = document.createElement('tr');
        setHtml(
          row,
          `<td>Code</td><td><input name="verifyCode" autocomplete="one-time-code"></td>`,
        );
        if (!document.querySelector('[name="verifyCode"]'))
          document.querySelector('table')?.append(row);
        button.textContent = w.confirm;
      } else {
        button.textContent = w.getCode;
        respond();
      }
    });
  }
}

async function sendOnce(shape: WithdrawalShape, first: boolean, w: WithdrawalWords) {
  if (first) {
    type($('#amount') as HTMLInputElement, w.typed);
    type($('#to') as HTMLInputElement, destinationTyped(w));
  }
  click($('#next'));
  await wait(800);
  click(shape === 'form-dialog' ? $('#confirm') : $('#next'));
}

const variants = Object.entries(WITHDRAWAL_LANGS).flatMap(([lang, w], l) =>
  SHAPES.flatMap((shape, s) =>
    (['pending', 'success', 'failure-rewrite', 'failure-replace', 'failure-stays'] as Answer[]).map(
      (answer, a) => ({
        lang,
        w,
        shape,
        answer,
        delay: DELAYS[(l + s + a) % DELAYS.length] as number,
      }),
    ),
  ),
);

describe(`withdrawals in 14 languages (${variants.length} variants)`, () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it.each(variants)(
    '$lang $shape $answer after $delay ms',
    async ({ lang, w, shape, answer, delay }) => {
      load(withdrawalPage(w, shape), { path: '/wallet', lang, title: w.title });
      site(w, shape, answer, delay);
      const { sent, kinds, stop } = run(withdrawal);
      const tries = answer.startsWith('failure') ? 3 : 1;
      for (let i = 0; i < tries; i += 1) {
        await sendOnce(shape, i === 0, w);
        await wait(delay + 4500);
      }
      stop();
      const outcome =
        answer === 'pending'
          ? 'withdrawal.pending'
          : answer === 'success'
            ? 'withdrawal.success'
            : 'withdrawal.failure';
      expect(kinds()).toEqual(
        Array.from({ length: tries }, () => ['withdrawal.attempt', outcome]).flat(),
      );
      for (let i = 0; i < sent.length; i += 2) {
        expect(sent[i]?.fields).toMatchObject({
          amount: { value: '1234.56', currency: w.currency },
          destination: destinationRecorded(w),
        });
        expect(sent[i + 1]?.fields.attemptId).toBe(sent[i]?.fields.attemptId);
      }
      expect(new Set(sent.map((e) => e.fields.attemptId)).size).toBe(tries);
    },
  );
});

describe('the asset beside the amount, not the network above it', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it.each([
    ['USDt', 'USDT'],
    ['wBTC', 'WBTC'],
    ['USDT', 'USDT'],
  ])('"Amount (%s)" under a "Tron (TRX)" tab → %s', async (label, currency) => {
    load(
      `<div class="panel"><h2>Withdraw</h2><div class="tabs"><span>Tether — Tron (TRX)</span></div>
        <form id="f"><div class="row"><span>Address</span><input id="to" placeholder="Tron (TRX) address"></div>
        <div class="row"><span>Amount (${label})</span><input id="amount" inputmode="decimal"></div>
        <div class="row"><span>Fee</span><b>1.00 ${label}</b></div>
        <button id="next">Withdraw</button></form></div>`,
      { path: '/withdraw', lang: 'en', title: 'Withdraw' },
    );
    $('#f').addEventListener('submit', (e) => e.preventDefault());
    const { sent, stop } = run(withdrawal);
    type($('#amount') as HTMLInputElement, '500');
    type($('#to') as HTMLInputElement, 'TXyz4QnR1oD1kYb1ZtLxv3G4xQmX8Jk2Ab');
    click($('#next'));
    await wait(3000);
    stop();
    expect(sent[0]?.fields).toMatchObject({ amount: { value: '500', currency } });
  });
});
