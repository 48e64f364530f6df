// @vitest-environment happy-dom
// Issue 14, class 5 (content side): a sign-in whose outcome had not settled when the person
// left (tab closed, another site opened within ~2 s of landing on the account page) is decided
// from what the page shows at pagehide.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signIn } from '../../../src/content/detectors/sign-in';
import { $, click, enter, load, run, setHtml, type, useFakeClock, wait } from './page';
import { LANGUAGES, signInCard, type Lang, type Shape } from './sign-in-pages';

const SHAPES: Shape[] = ['form-click', 'form-enter', 'div-click'];
const leave = () => window.dispatchEvent(new Event('pagehide'));

function send(shape: Shape) {
  const pw = $('#pw') as HTMLInputElement;
  type(pw, 'right');
  if (shape === 'form-enter') enter(pw);
  else click(shape === 'div-click' ? $('#go span') : $('#go'));
}

function onSignIn(shape: Shape, then: () => void, delay: number) {
  const go = () => setTimeout(then, delay);
  if (shape === 'div-click') $('#go').addEventListener('click', go);
  else $('#f').addEventListener('submit', go);
}

const variants = (Object.keys(LANGUAGES) as Lang[]).flatMap((lang, l) =>
  SHAPES.map((shape, s) => ({ lang, shape, leaveAfter: [200, 700, 1200][(l + s) % 3] as number })),
);

describe('leaving right after signing in', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it.each(variants)(
    `$lang $shape: account page shown, left $leaveAfter ms later → success [${variants.length} variants]`,
    async ({ lang, shape, leaveAfter }) => {
      load(signInCard(lang, shape), { path: '/login', lang });
      onSignIn(
        shape,
        () => setHtml(document.body, '<main><h1>Assets</h1><p>Total</p></main>'),
        300,
      );
      const { kinds, sent, stop } = run(signIn);
      send(shape);
      await wait(300 + leaveAfter);
      leave();
      await wait(5000);
      stop();
      expect(kinds()).toEqual(['login.attempt', 'login.success']);
      expect(sent[1]?.fields.attemptId).toBe(sent[0]?.fields.attemptId);
    },
  );

  it.each(SHAPES)(
    '%s: a single-page app moves to /account → success before the person can leave',
    async (shape) => {
      load(signInCard('en', shape), { path: '/login' });
      onSignIn(
        shape,
        () => {
          history.pushState({}, '', '/account');
          setHtml(document.body, '<main><h1>Account</h1><p>Welcome back</p></main>');
        },
        300,
      );
      const { kinds, stop } = run(signIn);
      send(shape);
      await wait(300 + 300);
      // Nothing at pagehide: a message sent as the tab navigates away may be lost.
      expect(kinds()).toEqual(['login.attempt', 'login.success']);
      stop();
    },
  );

  it.each(SHAPES)(
    '%s: a single-page app moves to a code step (/login/2fa), the prompt comes late → challenge',
    async (shape) => {
      load(signInCard('en', shape), { path: '/login' });
      onSignIn(
        shape,
        () => {
          history.pushState({}, '', '/login/2fa');
          setHtml(document.body, '<main><p>Loading…</p></main>');
          setTimeout(
            () =>
              setHtml(
                document.body,
                '<div class="card"><h2>Two-factor authentication</h2><input name="totp" autocomplete="one-time-code"></div>',
              ),
            800,
          );
        },
        300,
      );
      const { kinds, stop } = run(signIn);
      send(shape);
      await wait(3000);
      stop();
      expect(kinds()).toEqual(['login.attempt', 'login.challenge']);
    },
  );

  it.each(SHAPES)(
    '%s: the sign-in form still shown at pagehide (a form post) → no outcome here',
    async (shape) => {
      load(signInCard('en', shape), { path: '/login' });
      const { kinds, stop } = run(signIn);
      send(shape);
      await wait(200);
      leave();
      stop();
      expect(kinds()).toEqual(['login.attempt']);
    },
  );

  it.each(SHAPES)('%s: a code prompt shown at pagehide → challenge, not success', async (shape) => {
    load(signInCard('en', shape), { path: '/login' });
    onSignIn(
      shape,
      () =>
        setHtml(
          document.body,
          '<div class="card"><h2>Security verification</h2><p>Enter the code we sent to your phone</p><input name="smsCode" autocomplete="one-time-code"></div>',
        ),
      300,
    );
    const { kinds, stop } = run(signIn);
    send(shape);
    await wait(700);
    leave();
    stop();
    expect(kinds()).toEqual(['login.attempt', 'login.challenge']);
  });

  it('the page after a form post: account page, left at once → success', async () => {
    load('<main><h1>Summary</h1><p>Balance</p></main>', { path: '/myaccount/summary' });
    const { kinds, stop } = run(signIn, { attemptId: 'a1', flow: 'login' });
    await wait(300);
    leave();
    stop();
    expect(kinds()).toEqual(['login.success']);
  });
});
