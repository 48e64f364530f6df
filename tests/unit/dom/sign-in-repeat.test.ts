// @vitest-environment happy-dom
// Issue 14, class 1: a retry that shows the same error again is a new failure. Four wrong
// passwords on sites that answer each with the same words — written again in the same node, in
// a new node, hidden and shown, cleared and written, a new toast, or left standing — must give
// four attempts, each with its own failure.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signIn } from '../../../src/content/detectors/sign-in';
import { $, click, enter, load, run, setHtml, type, useFakeClock, wait } from './page';
import { LANGUAGES, signInCard, type Lang, type Shape } from './sign-in-pages';

type Answer = 'rewrite' | 'replace' | 'hide-show' | 'clear-write' | 'toast' | 'stays';
const ANSWERS: Answer[] = ['rewrite', 'replace', 'hide-show', 'clear-write', 'toast', 'stays'];
const SHAPES: Shape[] = ['form-click', 'form-enter', 'div-click'];
const DELAYS = [0, 400, 1500];

/** The site: on each sign-in it answers "wrong password" in its own way, `delay` ms later. */
function wrongPasswordSite(shape: Shape, answer: Answer, delay: number, text: string) {
  let answered = 0;
  const err = () => $('#err');
  const respond = () => {
    const first = answered === 0;
    answered += 1;
    if (answer === 'hide-show' && !first) err().hidden = true;
    if (answer === 'clear-write') err().textContent = '';
    setTimeout(() => {
      if (answer === 'toast') {
        const toast = document.createElement('div');
        toast.className = 'toast toast-error';
        toast.setAttribute('role', 'alert');
        toast.textContent = text;
        document.body.append(toast);
        setTimeout(() => toast.remove(), 1000);
        return;
      }
      if (answer === 'replace') setHtml(err(), `<span class="msg">${text}</span>`);
      else if (answer === 'stays' && !first) ($('#pw') as HTMLInputElement).value = '';
      else err().textContent = text;
      err().hidden = false;
    }, delay);
  };
  if (shape === 'div-click') $('#go').addEventListener('click', respond);
  else $('#f').addEventListener('submit', respond);
}

function send(shape: Shape) {
  const pw = $('#pw') as HTMLInputElement;
  if (shape === 'form-enter') enter(pw);
  else click(shape === 'div-click' ? $('#go span') : $('#go'));
}

const variants = (Object.keys(LANGUAGES) as Lang[]).flatMap((lang, l) =>
  SHAPES.flatMap((shape, s) =>
    ANSWERS.map((answer, a) => {
      const delay = DELAYS[(l + s + a) % DELAYS.length] as number;
      // Half retry as soon as the error shows, half wait for the outcome first.
      const gap = (l + a) % 2 === 0 ? delay + 400 : 5000;
      return { lang, shape, answer, delay, gap };
    }),
  ),
);

describe(`four wrong passwords, four failures (${variants.length} variants)`, () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it.each(variants)('$lang $shape $answer after $delay ms, next try after $gap ms', async (v) => {
    const text = LANGUAGES[v.lang].error;
    load(signInCard(v.lang, v.shape), { path: '/login', lang: v.lang });
    wrongPasswordSite(v.shape, v.answer, v.delay, text);
    const { sent, kinds, stop } = run(signIn);
    for (let i = 0; i < 4; i += 1) {
      type($('#pw') as HTMLInputElement, `wrong-${i}`);
      send(v.shape);
      await wait(i < 3 ? v.gap : 6000);
    }
    stop();
    expect(kinds()).toEqual([
      'login.attempt',
      'login.failure',
      'login.attempt',
      'login.failure',
      'login.attempt',
      'login.failure',
      'login.attempt',
      'login.failure',
    ]);
    for (let i = 0; i < 8; i += 2) {
      expect(sent[i + 1]?.fields.attemptId).toBe(sent[i]?.fields.attemptId);
      expect(sent[i + 1]?.fields.message).toBe(text);
    }
    expect(new Set(sent.map((s) => s.fields.attemptId)).size).toBe(4);
  });
});

describe('a standing error does not turn a later success into a failure', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it.each(['en', 'zh', 'de', 'ja'] as Lang[])(
    '%s: wrong, then right with a 4 s spinner while the old error stays',
    async (lang) => {
      load(signInCard(lang, 'form-click'), { path: '/login', lang });
      let tries = 0;
      $('#f').addEventListener('submit', () => {
        tries += 1;
        const button = $('#go') as HTMLButtonElement;
        button.disabled = true;
        button.classList.add('is-loading');
        setTimeout(
          () => {
            button.disabled = false;
            button.classList.remove('is-loading');
            if (tries === 1) $('#err').textContent = LANGUAGES[lang].error;
            else setHtml(document.body, '<main><h1>Assets</h1><p>Total balance</p></main>');
          },
          tries === 1 ? 300 : 4000,
        );
      });
      const { kinds, stop } = run(signIn);
      type($('#pw') as HTMLInputElement, 'wrong');
      click($('#go'));
      await wait(2000);
      type($('#pw') as HTMLInputElement, 'right');
      click($('#go'));
      await wait(8000);
      stop();
      expect(kinds()).toEqual(['login.attempt', 'login.failure', 'login.attempt', 'login.success']);
    },
  );
});
