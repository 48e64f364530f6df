// @vitest-environment happy-dom
// Issue 19, class 3: one real click let the page's own script make many attempts. A trusted
// click or Enter is a single-use token for the form it landed in (src/content/gesture.ts): a
// click on a cookie banner buys nothing for the sign-in form, a click on "Log in" buys one
// attempt, and the submits a script makes afterwards (trusted in Chromium, as `submit()` makes
// them here) buy none. A withdrawal is read as it stood at the person's click.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchGestures, GESTURE_MS } from '../../../src/content/gesture';
import { signIn } from '../../../src/content/detectors/sign-in';
import { withdrawal } from '../../../src/content/detectors/withdrawal';
import { $, click, enter, load, run, submit, type, useFakeClock, wait } from './page';

const COOKIES = `<div class="cookie-banner" role="dialog"><p>We use cookies.</p>
  <button type="button" id="accept">Accept cookies</button></div>`;
const SIGN_IN = `<form id="login"><h2>Log in</h2>
  <input name="email" type="email" autocomplete="username">
  <input id="pw" name="password" type="password" autocomplete="current-password">
  <button type="submit" id="go">Log in</button><p id="err" class="error" role="alert"></p></form>`;

/** The page answers every sign-in (the script's too) with the same error, 50 ms later. */
function answerWrongPassword() {
  $('#login').addEventListener('submit', () => {
    $('#err').textContent = '';
    setTimeout(() => ($('#err').textContent = 'Incorrect email or password.'), 50);
  });
}

/** The page's own script: `count` submits of the sign-in form, `gap` ms apart. */
async function scriptSubmits(count: number, gap: number) {
  for (let i = 0; i < count; i += 1) {
    submit($('#login') as HTMLFormElement, $('#go'));
    await wait(gap);
  }
}

describe('the token', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it('is spent once, only inside the region the gesture landed in, and only while fresh', async () => {
    load(`${COOKIES}${SIGN_IN}`);
    const gestures = watchGestures();
    click($('#accept'));
    expect(gestures.take($('#login'))).toBe(false);
    expect(gestures.take($('.cookie-banner'))).toBe(true);
    expect(gestures.take($('.cookie-banner'))).toBe(false);
    click($('#go'));
    expect(gestures.take($('.cookie-banner'), $('#login'))).toBe(true);
    click($('#go'));
    await wait(GESTURE_MS + 1);
    expect(gestures.take($('#login'))).toBe(false);
    gestures.stop();
  });

  it('makes nothing of a synthetic click or Enter', () => {
    load(SIGN_IN);
    const gestures = watchGestures();
    $('#go').click();
    $('#pw').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(gestures.latest()).toBeUndefined();
    expect(gestures.take($('#login'))).toBe(false);
    gestures.stop();
  });

  it('takes the click a key press makes (implicit submission) for the same gesture', () => {
    load(SIGN_IN);
    const gestures = watchGestures();
    enter($('#pw'));
    const key = gestures.latest();
    click($('#go')); // detail 0: what the browser fires at the default button
    expect(gestures.latest()).toBe(key);
    expect(gestures.take($('#login'))).toBe(true);
    expect(gestures.take($('#login'))).toBe(false);
    gestures.stop();
  });
});

describe('sign-in: one gesture, at most one attempt', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it('a click on the cookie banner, then 20 script submits: nothing', async () => {
    load(`${COOKIES}${SIGN_IN}`, { path: '/login' });
    answerWrongPassword();
    const { sent, stop } = run(signIn);
    type($('#pw') as HTMLInputElement, 'x');
    click($('#accept'));
    await scriptSubmits(20, 200);
    await wait(5000);
    stop();
    expect(sent).toEqual([]);
  });

  it('a click on "Log in", then 14 script submits with errors: one attempt, one failure', async () => {
    load(`${COOKIES}${SIGN_IN}`, { path: '/login' });
    answerWrongPassword();
    const { kinds, stop } = run(signIn);
    type($('#pw') as HTMLInputElement, 'x');
    click($('#go'));
    await wait(300);
    await scriptSubmits(14, 350);
    await wait(5000);
    stop();
    expect(kinds()).toEqual(['login.attempt', 'login.failure']);
  });

  it('Enter in the password field: one attempt, not one for the key and one for the submit', async () => {
    load(SIGN_IN, { path: '/login' });
    answerWrongPassword();
    const { kinds, stop } = run(signIn);
    type($('#pw') as HTMLInputElement, 'x');
    enter($('#pw'));
    await wait(1500);
    await scriptSubmits(3, 400);
    await wait(4000);
    stop();
    expect(kinds()).toEqual(['login.attempt', 'login.failure']);
  });

  it('each real retry is its own attempt', async () => {
    load(SIGN_IN, { path: '/login' });
    answerWrongPassword();
    const { kinds, stop } = run(signIn);
    for (let i = 0; i < 3; i += 1) {
      type($('#pw') as HTMLInputElement, `x${i}`);
      click($('#go'));
      await wait(2000);
    }
    await wait(4000);
    stop();
    expect(kinds()).toEqual([
      'login.attempt',
      'login.failure',
      'login.attempt',
      'login.failure',
      'login.attempt',
      'login.failure',
    ]);
  });
});

const ADDRESS = 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE';
const SCRIPT_ADDRESS = 'TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9';
const WITHDRAW = (button: string) => `${COOKIES}<form id="wd"><h2>Withdraw USDT</h2>
  <label>Amount <input id="amount" name="amount" inputmode="decimal"></label><span>USDT</span>
  <label>Address <input id="to" name="address"></label>${button}</form>`;

/** What a script does to a field: set its value, no input event from the person. */
function scriptWrites(selector: string, value: string) {
  ($(selector) as HTMLInputElement).value = value;
}

describe('withdrawal: the form as it stood at the gesture', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it('a click on the cookie banner, then the script fills the form and submits: nothing', async () => {
    load(WITHDRAW('<button type="submit" id="send">Withdraw</button>'), { path: '/withdraw' });
    const { sent, stop } = run(withdrawal);
    click($('#accept'));
    scriptWrites('#amount', '4999.99');
    scriptWrites('#to', SCRIPT_ADDRESS);
    submit($('#wd') as HTMLFormElement, $('#send'));
    await wait(20_000);
    stop();
    expect(sent).toEqual([]);
  });

  it("an address the script writes after the person's click is not read", async () => {
    load(WITHDRAW('<button type="submit" id="send">Withdraw</button>'), { path: '/withdraw' });
    // The page's handler writes its own address once the person has clicked, then submits.
    $('#send').addEventListener('click', () => scriptWrites('#to', SCRIPT_ADDRESS));
    const { sent, stop } = run(withdrawal);
    type($('#amount') as HTMLInputElement, '25');
    click($('#send'));
    submit($('#wd') as HTMLFormElement, $('#send'));
    await wait(20_000);
    stop();
    expect(sent).toEqual([
      {
        kind: 'withdrawal.attempt',
        fields: expect.objectContaining({ amount: { value: '25', currency: 'USDT' } }),
      },
    ]);
    expect(JSON.stringify(sent)).not.toContain(SCRIPT_ADDRESS);
  });

  it('a submit caused by a click, read as the form stood at the click; changed since, nothing', async () => {
    // A button whose label is no withdrawal word: only the submit it causes tells of the attempt.
    load(WITHDRAW('<button type="submit" id="send">→</button>'), { path: '/withdraw' });
    const { sent, stop } = run(withdrawal);
    type($('#amount') as HTMLInputElement, '25');
    type($('#to') as HTMLInputElement, ADDRESS);
    click($('#send'));
    await wait(1000);
    expect(sent).toEqual([
      {
        kind: 'withdrawal.attempt',
        fields: expect.objectContaining({
          amount: { value: '25', currency: 'USDT' },
          destination: ADDRESS,
        }),
      },
    ]);
    // Now the page swaps the address between the person's click and its own submit.
    $('#send').addEventListener('click', () => scriptWrites('#to', SCRIPT_ADDRESS));
    type($('#amount') as HTMLInputElement, '30');
    click($('#send'));
    await wait(20_000);
    stop();
    expect(sent).toHaveLength(1);
  });

  it('values the page filled before the click (address book, Max) count', async () => {
    load(WITHDRAW('<button type="submit" id="send">Withdraw</button>'), { path: '/withdraw' });
    const { sent, stop } = run(withdrawal);
    scriptWrites('#to', ADDRESS);
    scriptWrites('#amount', '100');
    click($('#send'));
    await wait(1000);
    stop();
    expect(sent).toEqual([
      {
        kind: 'withdrawal.attempt',
        fields: expect.objectContaining({
          amount: { value: '100', currency: 'USDT' },
          destination: ADDRESS,
        }),
      },
    ]);
  });
});
