// @vitest-environment happy-dom
// Issue 14: notices and sign-in errors that appear AFTER load inside an open shadow root or a
// same-origin frame (a web component's alert bar filled once the account status arrives, a toast
// drawn by a component, a modal frame written late). The page's own MutationObserver never sees
// inside them; each is watched as it appears. Variants: where the text arrives (a shadow root
// there at load, one added late, a nested one, a frame document), how (written, unhidden), when.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notice } from '../../../src/content/detectors/notice';
import { signIn } from '../../../src/content/detectors/sign-in';
import { InnerRoots } from '../../../src/content/inner-roots';
import { $, click, load, run, type, useFakeClock, wait } from './page';
import { LANGUAGES, signInCard, type Lang } from './sign-in-pages';

/** A component that draws an empty box in its open shadow root; the site fills it later. */
class StatusBox extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.className = 'box';
    if (this.hasAttribute('nested')) box.append(document.createElement('ws-status'));
    root.append(box);
  }
}
if (!customElements.get('ws-status')) customElements.define('ws-status', StatusBox);

/** The innermost `.box` of the first `ws-status` (through nested components). */
function innerBox(): HTMLElement {
  let host = document.querySelector('ws-status') as Element;
  let box = host.shadowRoot?.querySelector('.box') as HTMLElement;
  while (box.querySelector('ws-status')) {
    host = box.querySelector('ws-status') as Element;
    box = host.shadowRoot?.querySelector('.box') as HTMLElement;
  }
  return box;
}

const accountPage = (content: string) => `<nav><a href="/">Home</a></nav>
  <main><h1>Account</h1>${content}<table><tr><td>BTC</td><td class="px">0.51230000</td></tr></table></main>`;

type Where = 'shadow-at-load' | 'shadow-added-late' | 'nested-shadow';
type How = 'written' | 'unhidden';
const WHERE: Where[] = ['shadow-at-load', 'shadow-added-late', 'nested-shadow'];
const HOW: How[] = ['written', 'unhidden'];
const DELAYS = [300, 2000, 8000];
const TEXTS: Array<[string, string]> = [
  ['Your account has been temporarily blocked for your security.', 'frozen'],
  ['您的账户存在异常活动，请核实您的身份信息', 'suspicious'],
  ['Scheduled maintenance: withdrawals are paused until 14:00 UTC.', 'maintenance'],
  ['Tu cuenta ha sido congelada. Contacta con soporte.', 'frozen'],
];

const notices = WHERE.flatMap((where, w) =>
  HOW.flatMap((how, h) =>
    TEXTS.map(([text, kind], t) => ({
      where,
      how,
      text,
      kind,
      delay: DELAYS[(w + h + t) % DELAYS.length] as number,
    })),
  ),
);

describe(`a notice written late inside a shadow root (${notices.length} variants)`, () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it.each(notices)('$where, $how after $delay ms: $kind', async (v) => {
    const host =
      v.where === 'nested-shadow' ? '<ws-status nested></ws-status>' : '<ws-status></ws-status>';
    load(accountPage(v.where === 'shadow-added-late' ? '' : host), { path: '/account' });
    const { sent, stop } = run(notice);
    await wait(400);
    if (v.where === 'shadow-added-late') {
      document.querySelector('main')?.prepend(document.createElement('ws-status'));
      await wait(400); // the empty component is seen first, its text comes later
    }
    const box = innerBox();
    if (v.how === 'unhidden') {
      box.hidden = true;
      box.textContent = v.text;
      await wait(600);
    }
    // A price ticking in the page meanwhile: changes that are no notice.
    const ticker = setInterval(() => ($('.px').textContent = String(Math.random())), 100);
    await wait(v.delay);
    if (v.how === 'unhidden') box.hidden = false;
    else box.textContent = v.text;
    await wait(2500);
    clearInterval(ticker);
    stop();
    expect(sent.map((e) => e.fields.notice)).toEqual([v.kind]);
  });

  it('a notice that stays in a shadow root whose other content ticks is reported once', async () => {
    load(accountPage('<ws-status></ws-status>'), { path: '/account' });
    const { sent, stop } = run(notice);
    await wait(400);
    const box = innerBox();
    const msg = document.createElement('p');
    msg.className = 'msg';
    msg.textContent = 'Your account has been frozen.';
    const px = document.createElement('span');
    px.textContent = '1';
    box.append(msg, px);
    const ticker = setInterval(() => (px.textContent = String(Math.random())), 100);
    await wait(130_000);
    clearInterval(ticker);
    stop();
    expect(sent.map((e) => e.fields.notice)).toEqual(['frozen']);
  });

  it('a healthy status written late in a shadow root, or a notice in a hidden component, is none', async () => {
    load(accountPage('<ws-status></ws-status><div hidden><ws-status id="h"></ws-status></div>'), {
      path: '/account',
    });
    const { sent, stop } = run(notice);
    await wait(400);
    innerBox().textContent = 'Identity verification ✓ Verified';
    const hidden = document.getElementById('h')?.shadowRoot?.querySelector('.box') as Element;
    hidden.textContent = 'Your account has been frozen.';
    await wait(3000);
    stop();
    expect(sent).toEqual([]);
  });
});

describe('a same-origin frame written late', () => {
  it('InnerRoots watches a frame document and names its owner', async () => {
    load(accountPage('<div class="modal"><iframe id="fr" title="安全提醒"></iframe></div>'));
    const frame = document.getElementById('fr') as HTMLIFrameElement;
    // happy-dom loads no frame pages: the frame's document is one made here, at a page of the
    // site (not about:blank), as a same-origin modal frame has.
    const doc = document.implementation.createHTMLDocument('notice');
    Object.defineProperty(doc, 'URL', { value: 'https://consumeprod.alipay.com/notice.htm' });
    Object.defineProperty(frame, 'contentDocument', { value: doc });
    const changed: Node[] = [];
    const observer = new MutationObserver((records) =>
      changed.push(...records.map((r) => r.target)),
    );
    const inner = new InnerRoots(observer, { childList: true, subtree: true, characterData: true });
    const found = inner.add(document.body);
    expect(found.map((f) => f.owner.id)).toEqual(['fr']);
    const p = doc.createElement('p');
    p.textContent = '您的账户存在异常活动，请核实您的身份信息';
    doc.body.append(p);
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(changed).toContain(doc.body);
    expect(inner.ownerOf(p)).toBe(frame);
    expect(inner.add(document.body)).toEqual([]); // watched once
  });
});

const langs: Lang[] = ['en', 'zh', 'ja', 'es', 'ru'];
describe('a sign-in error drawn late by a toast component in its shadow root', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it.each(langs.flatMap((lang) => [400, 2500].map((delay) => ({ lang, delay }))))(
    '$lang, $delay ms after the click → attempt, failure',
    async ({ lang, delay }) => {
      load(`${signInCard(lang, 'div-click')}<ws-status id="toast"></ws-status>`, {
        path: '/login',
        lang,
      });
      $('#go').addEventListener('click', () =>
        setTimeout(() => {
          const box = innerBox();
          box.className = 'toast toast-error';
          box.setAttribute('role', 'alert');
          box.textContent = LANGUAGES[lang].error;
        }, delay),
      );
      const { sent, kinds, stop } = run(signIn);
      type($('#pw') as HTMLInputElement, 'fake-wrong-1');
      click($('#go span'));
      await wait(delay + 4000);
      stop();
      expect(kinds()).toEqual(['login.attempt', 'login.failure']);
      expect(sent[1]?.fields.message).toBe(LANGUAGES[lang].error);
    },
  );
});
