// @vitest-environment happy-dom
// Issue 19, class 2: a page cannot make us say its words. A link from another site to a wallet's
// search or error page that writes the query back into an alert box is not a notice, in any
// language, markup shape, encoding or timing; neither is a bare heading or a `*title*` element.
// The wallet's own notice next to an unrelated query still is.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { notice } from '../../../src/content/detectors/notice';
import { echoesUrl } from '../../../src/content/url-echo';
import { load, run, setHtml, useFakeClock, wait } from './page';
import { NOTICES } from './notice-texts';

type Shape = 'alert-bar' | 'modal' | 'toast' | 'status-line' | 'search-result';
const SHAPES: Shape[] = ['alert-bar', 'modal', 'toast', 'status-line', 'search-result'];

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#39;');

function box(shape: Shape, text: string): string {
  const t = escapeHtml(text);
  switch (shape) {
    case 'alert-bar':
      return `<div class="alert alert-danger" role="alert"><span>${t}</span></div>`;
    case 'modal':
      return `<div class="modal-mask"><div class="modal" role="dialog"><h3 class="modal-title">Error</h3><p>${t}</p><div class="btn">OK</div></div></div>`;
    case 'toast':
      return `<div class="toast-container"><div class="toast">${t}</div></div>`;
    case 'status-line':
      return `<div class="search-status"><span class="status-text">${t}</span></div>`;
    case 'search-result':
      return `<div class="err-tip" aria-live="polite">没有找到与“<em>${t}</em>”相关的结果 · No results for "${t}"</div>`;
  }
}

function accountPage(content: string) {
  return `<nav><a href="/">Home</a><a href="/assets">Assets</a></nav>
    <main><h1>Search</h1>${content}
    <table><tr><td>BTC</td><td>0.51230000</td></tr></table></main>`;
}

/** The page at `path`, `content` there at load or added 0.5 s later; what the detector sent. */
async function show(path: string, content: string, late: boolean) {
  load(accountPage(late ? '' : content), { path });
  const { sent, stop } = run(notice);
  await wait(500);
  if (late) {
    const holder = document.createElement('div');
    setHtml(holder, content);
    document.querySelector('main')?.append(...holder.childNodes);
  }
  await wait(2500);
  stop();
  return sent;
}

/** How the link carries the text: query, fragment, `+` for spaces, encoded twice, in a JSON blob. */
const CARRIERS: Array<[string, (text: string) => string]> = [
  ['query', (t) => `/search?q=${encodeURIComponent(t)}&lang=en`],
  ['plus', (t) => `/search?keyword=${encodeURIComponent(t).replace(/%20/g, '+')}`],
  ['fragment', (t) => `/account/error#msg=${encodeURIComponent(t)}`],
  ['twice', (t) => `/error?reason=${encodeURIComponent(encodeURIComponent(t))}`],
  ['json', (t) => `/error?state=${encodeURIComponent(JSON.stringify({ msg: t, code: 403 }))}`],
];

const SCAM: Record<string, string[]> = {
  en: [
    'Your account is frozen, call +1 888 555 0100 or Telegram @wallet_support',
    'Account suspended. Verify your identity at wallet-verify.example within 24 hours',
  ],
  zh: [
    '您的账户已被冻结，请立即联系客服电话 400-800-1234 或加微信 kefu8888',
    '账户已冻结，请联系客服',
  ],
};

const echoes = [
  ...Object.entries(SCAM).flatMap(([lang, list]) => list.map((text) => ({ lang, text }))),
  // Every notice of the detector's own tables, as a link would write it back.
  ...Object.entries(NOTICES)
    .filter(([lang]) => ['en', 'zh', 'ja', 'es'].includes(lang))
    .flatMap(([lang, list]) => list.slice(0, 2).map(([text]) => ({ lang, text }))),
].flatMap(({ lang, text }, i) =>
  SHAPES.map((shape, s) => {
    const [carrier, url] = CARRIERS[(i + s) % CARRIERS.length] as [string, (t: string) => string];
    return { lang, text, shape, carrier, path: url(text), late: (i + s) % 2 === 0 };
  }),
);

describe('text that repeats the URL is never a notice', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it.each(echoes)(
    `nothing ($lang, $shape, $carrier, late: $late): $text [${echoes.length} variants]`,
    async ({ text, shape, path, late }) => {
      expect(await show(path, box(shape, text), late)).toEqual([]);
    },
  );

  const genuine = Object.entries(NOTICES).flatMap(([lang, list]) =>
    list.slice(0, 2).map(([text, kind], i) => ({ lang, text, kind, shape: SHAPES[i] as Shape })),
  );
  it.each(genuine)(
    'the wallet’s own notice beside an unrelated query still counts ($lang, $shape): $text',
    async ({ text, kind, shape }) => {
      const path = '/account?tab=overview&reason=account_frozen&utm_source=mail#assets';
      const sent = await show(path, box(shape, text), false);
      expect(sent.map((s) => s.fields.notice)).toEqual([kind]);
    },
  );

  it('a single-page app that drops the query after landing still does not count its echo', async () => {
    const text = SCAM.en?.[0] as string;
    load(accountPage(''), { path: `/search?q=${encodeURIComponent(text)}` });
    const { sent, stop } = run(notice);
    await wait(500);
    history.replaceState(null, '', '/search/results');
    const holder = document.createElement('div');
    setHtml(holder, box('alert-bar', text));
    document.querySelector('main')?.append(...holder.childNodes);
    await wait(2500);
    stop();
    expect(sent).toEqual([]);
  });
});

describe('echoesUrl', () => {
  it.each<[string, string, boolean]>([
    ['Your account is frozen', 'https://w.example/s?q=your+account+is+frozen', true],
    ['YOUR ACCOUNT IS FROZEN!', 'https://w.example/s?q=Your%20account%20is%20frozen', true],
    [
      'Ｙｏｕｒ ａｃｃｏｕｎｔ ｉｓ ｆｒｏｚｅｎ',
      'https://w.example/s?q=your account is frozen',
      true,
    ],
    ['Call +1 888 555 0100 now', 'https://w.example/s#x=1-888-555-0100', true],
    [
      '账户已冻结，请联系客服',
      'https://w.example/s?q=%E8%B4%A6%E6%88%B7%E5%B7%B2%E5%86%BB%E7%BB%93',
      true,
    ],
    ['Your account has been frozen.', 'https://w.example/account?reason=account_frozen', false],
    ['Your account has been frozen.', 'https://w.example/account', false],
    ['账户已冻结', 'https://w.example/account?tab=冻结', false],
    ['Your account has been frozen.', 'https://w.example/s?q=%E0%A4%A', false],
  ])('"%s" on %s → %s', (text, href, expected) => {
    expect(echoesUrl(text, [href])).toBe(expected);
  });
});

describe('bare headings and titles are not notice sources', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  const texts = Object.entries(NOTICES)
    .filter(([lang]) => ['en', 'zh'].includes(lang))
    .flatMap(([lang, list]) => list.slice(0, 3).map(([text, kind]) => ({ lang, text, kind })));
  const HEADINGS: Array<[string, (t: string) => string]> = [
    ['h1', (t) => `<h1>${t}</h1><p>Search the help centre.</p>`],
    ['h2', (t) => `<section class="content"><h2>${t}</h2></section>`],
    ['h4', (t) => `<div class="card"><h4>${t}</h4><p>More</p></div>`],
    ['role heading', (t) => `<div role="heading" aria-level="2">${t}</div>`],
    ['page-title', (t) => `<div class="page-title">${t}</div>`],
    ['cardTitle', (t) => `<div class="Card_cardTitle__x9"><span>${t}</span></div>`],
  ];
  const cases = texts.flatMap(({ lang, text, kind }) =>
    HEADINGS.flatMap(([name, markup]) =>
      [false, true].map((late) => ({
        lang,
        text,
        kind,
        name,
        html: markup(escapeHtml(text)),
        late,
      })),
    ),
  );

  it.each(cases)(
    `nothing ($lang, $name, late: $late): $text [${cases.length} variants]`,
    async ({ html, late }) => {
      expect(await show('/account', html, late)).toEqual([]);
    },
  );

  it.each(texts)(
    'a heading inside an alert box still counts ($lang): $text',
    async ({ text, kind }) => {
      const html = `<div class="notice-banner"><h3 class="notice-title">${escapeHtml(text)}</h3></div>`;
      const sent = await show('/account', html, true);
      expect(sent.map((s) => s.fields.notice)).toEqual([kind]);
    },
  );

  it.each(texts)(
    'page text added later (no heading) still counts ($lang): $text',
    async ({ text, kind }) => {
      const sent = await show('/account', `<div class="x1"><p>${escapeHtml(text)}</p></div>`, true);
      expect(sent.map((s) => s.fields.notice)).toEqual([kind]);
    },
  );
});
