// @vitest-environment happy-dom
// Issue 14, classes 7 and 2 (notices): account notices in 14 languages are seen in an alert bar,
// a modal, a toast or a status line, at load, late or when unhidden; lines with the same words
// that say the opposite (done, negated, asked, a help article) are not.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  classifyNotice,
  innerMessages,
  innerRoots,
  notice,
} from '../../../src/content/detectors/notice';
import { load, run, setHtml, useFakeClock, wait } from './page';
import { NOT_NOTICES, NOTICES } from './notice-texts';

type Shape = 'alert-bar' | 'modal' | 'toast' | 'status-line';
type Timing = 'at-load' | 'late' | 'unhidden';
const SHAPES: Shape[] = ['alert-bar', 'modal', 'toast', 'status-line'];
const TIMINGS: Timing[] = ['at-load', 'late', 'unhidden'];

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;');

function box(shape: Shape, text: string, hidden: boolean): string {
  const h = hidden ? ' hidden' : '';
  const t = escapeHtml(text);
  switch (shape) {
    case 'alert-bar':
      return `<div class="alert alert-warning" role="alert" id="n"${h}><span>${t}</span></div>`;
    case 'modal':
      return `<div class="modal-mask" id="n"${h}><div class="modal" role="dialog"><h3 class="modal-title">${t}</h3><button>OK</button></div></div>`;
    case 'toast':
      return `<div class="toast-container" id="n"${h}><div class="toast">${t}</div></div>`;
    case 'status-line':
      return `<div class="account-status" id="n"${h}><span class="status-text">${t}</span></div>`;
  }
}

/** An account page: navigation, balances, a history table; the notice where `shape` puts it. */
function accountPage(content: string) {
  return `<nav><a href="/">Home</a><a href="/assets">Assets</a></nav>
    <main><h1>Account</h1>${content}
    <table><tr><td>BTC</td><td>0.51230000</td><td>Frozen 0.00</td></tr></table></main>`;
}

async function show(text: string, shape: Shape, timing: Timing, path = '/account') {
  load(accountPage(timing === 'late' ? '' : box(shape, text, timing === 'unhidden')), { path });
  const { sent, stop } = run(notice);
  await wait(500);
  if (timing === 'late') {
    const holder = document.createElement('div');
    setHtml(holder, box(shape, text, false));
    document.querySelector('main')?.prepend(...holder.childNodes);
  }
  if (timing === 'unhidden') document.getElementById('n')?.removeAttribute('hidden');
  await wait(2500);
  stop();
  return sent;
}

const positives = Object.entries(NOTICES).flatMap(([lang, list]) =>
  list.flatMap(([text, kind], i) =>
    SHAPES.map((shape, s) => ({
      lang,
      text,
      kind,
      shape,
      timing: TIMINGS[(i + s) % TIMINGS.length] as Timing,
    })),
  ),
);
const negatives = Object.entries(NOT_NOTICES).flatMap(([lang, list]) =>
  list.flatMap((text, i) =>
    SHAPES.map((shape, s) => ({
      lang,
      text,
      shape,
      timing: TIMINGS[(i + s) % TIMINGS.length] as Timing,
    })),
  ),
);

describe('notice text tables', () => {
  it.each(Object.entries(NOTICES).flatMap(([lang, list]) => list.map((c) => [lang, ...c])))(
    '%s: %s → %s',
    (_, text, kind) => expect(classifyNotice(text as string)).toBe(kind),
  );
  it.each(Object.entries(NOT_NOTICES).flatMap(([lang, list]) => list.map((t) => [lang, t])))(
    '%s: %s → nothing',
    (_, text) => expect(classifyNotice(text as string)).toBeUndefined(),
  );
});

describe('notices on the page', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it.each(positives)(
    `one notice ($lang, $shape, $timing): $text [${positives.length} variants]`,
    async ({ text, kind, shape, timing }) => {
      const sent = await show(text, shape, timing);
      expect(sent.map((s) => [s.kind, s.fields.notice])).toEqual([['notice', kind]]);
      expect(sent[0]?.fields.message).toBe(text);
    },
  );

  it.each(negatives)(
    `nothing ($lang, $shape, $timing): $text [${negatives.length} variants]`,
    async ({ text, shape, timing }) => {
      expect(await show(text, shape, timing)).toEqual([]);
    },
  );

  const help = Object.values(NOTICES).flatMap((list) => list.slice(0, 2).map(([text]) => text));
  it.each(help)('a help article titled "%s" is not a notice', async (text) => {
    load(
      `<main><article><h1>${escapeHtml(text)}</h1><p>Here is what you can do.</p></article></main>`,
      { path: '/support/articles/360034' },
    );
    const { sent, stop } = run(notice);
    await wait(1500);
    stop();
    expect(sent).toEqual([]);
  });

  it.each(help)('an FAQ entry "%s" is not a notice', async (text) => {
    load(
      accountPage(
        `<section class="faq-list"><div class="faq-item"><h3 class="faq-title">${escapeHtml(text)}</h3></div></section>`,
      ),
      { path: '/account' },
    );
    const { sent, stop } = run(notice);
    await wait(1500);
    stop();
    expect(sent).toEqual([]);
  });
});

describe('notices inside a web component or a frame', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  class Alert extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      const box = document.createElement('div');
      box.className = 'box';
      box.textContent = this.getAttribute('message') ?? '';
      root.append(box);
    }
  }
  if (!customElements.get('x-alert')) customElements.define('x-alert', Alert);

  it.each([
    ['Account temporarily blocked', 'frozen'],
    ['您的账户存在异常活动，请核实您的身份信息', 'suspicious'],
    ['Scheduled maintenance: withdrawals are paused.', 'maintenance'],
  ])('"%s" added late inside an open shadow root → %s', async (text, kind) => {
    load(accountPage(''), { path: '/account' });
    const { sent, stop } = run(notice);
    await wait(500);
    const el = document.createElement('x-alert');
    el.setAttribute('message', text);
    document.querySelector('main')?.prepend(el);
    await wait(2500);
    stop();
    expect(sent.map((e) => e.fields.notice)).toEqual([kind]);
  });

  it('a shadow root there at load is read on the first scan', async () => {
    load(accountPage('<x-alert message="Your account has been frozen."></x-alert>'), {
      path: '/account',
    });
    const { sent, stop } = run(notice);
    await wait(1500);
    stop();
    expect(sent.map((e) => e.fields.notice)).toEqual(['frozen']);
  });

  it('a healthy status inside a shadow root is no notice', async () => {
    load(accountPage('<x-alert message="Identity verification ✓ Verified"></x-alert>'), {
      path: '/account',
    });
    const { sent, stop } = run(notice);
    await wait(1500);
    stop();
    expect(sent).toEqual([]);
  });

  it("a frame document's notice text is read as a message, its owner shown", () => {
    const frame = new DOMParser().parseFromString(
      '<html><body><p>您的账户存在异常活动，请核实您的身份信息后继续使用。</p><div>立即核实</div></body></html>',
      'text/html',
    );
    load(accountPage('<div class="mask"><div id="owner">frame</div></div>'), { path: '/record' });
    const owner = document.getElementById('owner') as Element;
    const found = [...innerMessages(owner, frame.body).values()];
    expect(found.map((text) => classifyNotice(text))).toContain('suspicious');
  });

  it('finds shadow hosts and frames under a changed root', () => {
    load(
      accountPage(
        '<div id="r"><x-alert message="Account locked"></x-alert><iframe></iframe></div>',
      ),
      { path: '/account' },
    );
    const frames: Element[] = [];
    const roots = innerRoots(document.getElementById('r') as Element, (f) => frames.push(f));
    expect(roots.map((r) => r.owner.localName)).toEqual(['x-alert']);
    expect(frames).toHaveLength(1);
  });
});
