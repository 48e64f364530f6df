// @vitest-environment happy-dom
// Issue 14, classes 3, 4 and 6 (sign-in): a sign-up form with one password field is not a
// sign-in, whatever shape its page has; a sign-in is recognised however many other forms and
// password fields share its page, with a password field that says new-password, or one that is
// a masked text field.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signIn } from '../../../src/content/detectors/sign-in';
import { isSecretField } from '../../../src/content/dom';
import { $, click, enter, load, run, submit, type, useFakeClock, wait } from './page';
import { LANGUAGES, SIGN_UP_WORDS, type Lang } from './sign-in-pages';

const LANGS = Object.keys(LANGUAGES) as Lang[];
type Send = 'click' | 'enter';

const email = '<input type="email" name="email" placeholder="Email">';
const password = (id: string, extra = '') => `<input type="password" id="${id}" ${extra}>`;

/** Sign-up pages with a single password field: nothing may be recorded. */
const SIGN_UPS: Record<string, (l: Lang) => { body: string; title?: string; path?: string }> = {
  titled: (l) => ({
    body: `<div class="card"><h2>${SIGN_UP_WORDS[l].title}</h2><form>${email}${password('pw')}<button type="submit" id="go">Continue</button></form></div>`,
  }),
  'sign-up-button': (l) => ({
    body: `<form>${email}${password('pw')}<button type="submit" id="go">${SIGN_UP_WORDS[l].button}</button></form>`,
  }),
  'page-title': (l) => ({
    body: `<main><form>${email}${password('pw')}<button type="submit" id="go">Next</button></form></main>`,
    title: `${SIGN_UP_WORDS[l].title} | Wallet`,
  }),
  'register-path': () => ({
    body: `<form>${email}${password('pw')}<button type="submit" id="go">Continue</button></form>`,
    path: '/register',
  }),
  'selected-tab': (l) => ({
    body: `<div class="auth"><div role="tablist"><div role="tab" aria-selected="false">${LANGUAGES[l].button}</div><div role="tab" aria-selected="true">${SIGN_UP_WORDS[l].button}</div></div><form>${email}${password('pw')}<button type="submit" id="go">Continue</button></form></div>`,
  }),
  'already-have-account': (l) => ({
    body: `<div class="card"><form>${email}${password('pw')}<button type="submit" id="go">Continue</button></form><p>${SIGN_UP_WORDS[l].have} <a href="/login">${LANGUAGES[l].button}</a></p></div>`,
  }),
  'referral-and-terms': () => ({
    body: `<form>${email}${password('pw')}<input name="referralCode" placeholder="Referral ID (optional)"><label><input type="checkbox" name="tos"> I agree to the Terms of Service</label><button type="submit" id="go">Submit</button></form>`,
  }),
  'names-new-password': () => ({
    body: `<form><input name="firstName" placeholder="First name"><input name="lastName" placeholder="Last name">${email}${password('pw', 'autocomplete="new-password"')}<button type="submit" id="go">Continue</button></form>`,
  }),
};

/** Sign-in pages among other forms: exactly one attempt. */
const SIGN_INS: Record<string, (l: Lang) => { body: string; title?: string; path?: string }> = {
  'beside-sign-up': (l) => ({
    body: `<div class="auth-page">
      <div class="card"><h2>${SIGN_UP_WORDS[l].title}</h2><form>${email}${password('up1')}<button type="submit">${SIGN_UP_WORDS[l].button}</button></form></div>
      <div class="card"><h2>${LANGUAGES[l].title}</h2><form>${email}${password('pw')}<a href="/forgot">${SIGN_UP_WORDS[l].forgot}</a><button type="submit" id="go">${LANGUAGES[l].button}</button></form></div></div>`,
  }),
  'checkout-one-big-form': (l) => ({
    body: `<form id="page"><div class="checkout">
      <section><h3>${LANGUAGES[l].title}</h3>${email}${password('pw')}<button type="submit" id="go" name="login">${LANGUAGES[l].button}</button></section>
      <section><h3>${SIGN_UP_WORDS[l].title}</h3>${email}${password('up1')}${password('up2')}<button type="submit" name="register">${SIGN_UP_WORDS[l].button}</button></section>
      <section><h3>Guest</h3>${email}<button type="submit" name="guest">Continue as guest</button></section></div></form>`,
  }),
  'six-forms': (l) => ({
    body: `<header><form role="search"><input type="search" name="q"><button type="submit">Search</button></form></header>
      <main><form class="newsletter">${email}<button type="submit">${SIGN_UP_WORDS[l].newsletter}</button></form>
      <form class="register"><h3>${SIGN_UP_WORDS[l].title}</h3>${email}${password('up1')}${password('up2')}<button type="submit">${SIGN_UP_WORDS[l].button}</button></form>
      <form class="login"><h3>${LANGUAGES[l].title}</h3>${email}${password('pw')}<button type="submit" id="go">${LANGUAGES[l].button}</button></form>
      <form class="coupon"><input name="coupon"><button type="submit">Apply</button></form></main>
      <footer><form class="lang"><select name="lang"><option>${l}</option></select><button type="submit">OK</button></form></footer>`,
  }),
  'sign-in-or-create': (l) => ({
    body: `<div class="card"><h1>${LANGUAGES[l].button} / ${SIGN_UP_WORDS[l].title}</h1><form>${email}${password('pw')}<button type="submit" id="go">Continue</button></form></div>`,
  }),
  'new-password-autofill-off': (l) => ({
    body: `<div class="card"><form>${email}${password('pw', 'autocomplete="new-password"')}<a href="/forgot">${SIGN_UP_WORDS[l].forgot}</a><button type="submit" id="go">${LANGUAGES[l].button}</button></form></div>`,
  }),
  'new-password-on-login-path': () => ({
    body: `<form>${email}${password('pw', 'autocomplete="new-password"')}<button type="submit" id="go">Continue</button></form>`,
    path: '/login',
  }),
  'masked-text-password': (l) => ({
    body: `<div class="card"><h2>${LANGUAGES[l].title}</h2><form>${email}<input type="text" id="pw" class="pwd-mask" style="-webkit-text-security: disc" autocomplete="off"><button type="submit" id="go">${LANGUAGES[l].button}</button></form></div>`,
  }),
  'div-cards-beside': (l) => ({
    body: `<div class="auth"><div class="col"><h2>${LANGUAGES[l].title}</h2>${email}${password('pw')}<div class="btn" id="go">${LANGUAGES[l].button}</div></div>
      <div class="col"><h2>${SIGN_UP_WORDS[l].title}</h2>${email}${password('up1')}<div class="btn">${SIGN_UP_WORDS[l].button}</div></div></div>`,
  }),
};

function send(how: Send) {
  const pw = $('#pw') as HTMLInputElement;
  type(pw, 'secret-typed');
  if (how === 'enter') enter(pw);
  else click($('#go'));
}

const signUps = Object.keys(SIGN_UPS).flatMap((shape) =>
  LANGS.flatMap((lang) => (['click', 'enter'] as Send[]).map((how) => ({ shape, lang, how }))),
);
const signIns = Object.keys(SIGN_INS).flatMap((shape) =>
  LANGS.flatMap((lang) =>
    (['click', 'enter'] as Send[])
      // A <div> "button" has no Enter: that page is sent by its button only.
      .filter((how) => !(shape === 'div-cards-beside' && how === 'enter'))
      .map((how) => ({ shape, lang, how })),
  ),
);

describe('sign-in among other forms', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it.each(signUps)(
    `sign-up $shape ($lang, $how) records nothing [${signUps.length} variants]`,
    async ({ shape, lang, how }) => {
      const page = (
        SIGN_UPS[shape] as (l: Lang) => { body: string; title?: string; path?: string }
      )(lang);
      load(page.body, { lang, title: page.title ?? 'Wallet', path: page.path ?? '/' });
      const { sent, stop } = run(signIn);
      send(how);
      await wait(100);
      stop();
      expect(sent).toEqual([]);
    },
  );

  it.each(signIns)(
    `sign-in $shape ($lang, $how) is one attempt [${signIns.length} variants]`,
    async ({ shape, lang, how }) => {
      const page = (SIGN_INS[shape] as (l: Lang) => { body: string; path?: string })(lang);
      load(page.body, { lang, title: 'Wallet', path: page.path ?? '/' });
      const { kinds, stop } = run(signIn);
      send(how);
      await wait(100);
      stop();
      expect(kinds()).toEqual(['login.attempt']);
    },
  );

  it('a masked text password field is secret (never read)', () => {
    load(SIGN_INS['masked-text-password']?.('en').body ?? '');
    expect(isSecretField($('#pw'))).toBe(true);
    load(
      '<input type="text" id="pw" style="font-family: password">' +
        '<input type="text" id="plain" name="amount">',
    );
    expect(isSecretField($('#pw'))).toBe(true);
    expect(isSecretField($('#plain'))).toBe(false);
  });
});

describe('a password wrapper with a show-password button is not a form of its own', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it.each(LANGS)(
    '%s: Enter in a <div> sign-up with an eye button records nothing',
    async (lang) => {
      load(
        `<div class="card"><h2>${SIGN_UP_WORDS[lang].title}</h2>${email}<div class="pw-wrap">${password('pw')}<button type="button" class="eye" aria-label="Show password"></button></div><div class="btn">${SIGN_UP_WORDS[lang].button}</div></div>`,
        { lang },
      );
      const { sent, stop } = run(signIn);
      type($('#pw') as HTMLInputElement, 'x');
      enter($('#pw'));
      await wait(100);
      stop();
      expect(sent).toEqual([]);
    },
  );
});

describe('other password prompts are not sign-ins', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  const prompts = {
    'change password, current password first': `<div class="card"><h2>Change password</h2><p>First confirm your current password.</p><form><input type="password" id="pw" autocomplete="current-password"><button type="submit" id="go">Continue</button><a href="/forgot">Forgot your password?</a></form></div>`,
    修改密码: `<div class="card"><h2>修改密码</h2><form><input type="password" id="pw"><button type="submit" id="go">确定</button></form></div>`,
    'payment password': `<div class="modal" role="dialog"><h3>请输入支付密码</h3><form><input type="password" id="pw"><button type="submit" id="go">确认</button></form></div>`,
  };
  it.each(Object.entries(prompts))('%s → nothing', async (_, body) => {
    load(body, { path: '/settings/security' });
    const { sent, stop } = run(signIn);
    send('click');
    await wait(100);
    stop();
    expect(sent).toEqual([]);
  });
});

describe('a submit button outside its form', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it.each(LANGS)(
    '%s: <button form="login"> under both forms is the sign-in form\'s',
    async (lang) => {
      load(
        `<div class="page"><form id="login"><h2>${LANGUAGES[lang].title}</h2>${email}${password('pw')}</form>
       <form id="join"><h2>${SIGN_UP_WORDS[lang].title}</h2>${email}${password('up1')}${password('up2')}</form>
       <div class="actions"><button type="submit" form="login" id="go">${LANGUAGES[lang].button}</button>
       <button type="submit" form="join">${SIGN_UP_WORDS[lang].button}</button></div></div>`,
        { lang },
      );
      const { kinds, stop } = run(signIn);
      type($('#pw') as HTMLInputElement, 'x');
      const go = $('#go');
      click(go);
      submit($('#login') as HTMLFormElement, go);
      await wait(100);
      stop();
      expect(kinds()).toEqual(['login.attempt']);
    },
  );
});
