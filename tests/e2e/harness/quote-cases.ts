// The ten wallet pages of issue 15's site-quote fixtures and what their quotes must be,
// written from the words (tests/e2e/site-quotes.test.ts in Chromium,
// tests/e2e/firefox/site-quotes.test.ts in Firefox).
import { expect } from 'vitest';

export const LIMIT = 200;

/** A quote ends at a sentence end (., !, ?, 。, ！, ？, maybe a closing quote or bracket) or "…". */
export const ENDS_WHOLE = /(?:[.!?。！？]["'”’)）]?|…)$/;

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the stored quote must be, stated from the page's own text. */
export type Expected =
  /** The whole notice fits: exactly these words. */
  | { exact: string }
  /** Too long: exactly these whole sentences, then "…" (a space before it is fine). */
  | { sentences: string }
  /** The first sentence alone is too long: a part of it cut between words, then "…". */
  | { cutBetweenWordsOf: string }
  /** The first (Chinese) sentence alone is too long: its part up to `cutAfterComma`, then "…". */
  | { cutOf: string; cutAfterComma: string };

export interface QuoteCase {
  wallet: string;
  url: string;
  path: string;
  kind: string;
  /** Words of the notice on the page, waited for first so a broken fixture fails differently. */
  shown: string;
  /** The notice's first words: the quote starts with them. */
  first: string;
  /** Page chrome beside the notice that must not be in the quote. */
  chrome: (string | RegExp)[];
  expected: Expected;
}

/** Item 1 and 2 on one stored quote: its own words, whole sentences or "…", at most LIMIT. */
export function expectMessage(c: QuoteCase, message: string): void {
  expect
    .soft(message.length, `quote length of ${JSON.stringify(message)}`)
    .toBeLessThanOrEqual(LIMIT);
  expect.soft(message.startsWith(c.first), `quote starts with the notice's first words`).toBe(true);
  for (const label of c.chrome) expectNoChrome(message, label);
  expect.soft(message, 'quote ends at a sentence end or with "…"').toMatch(ENDS_WHOLE);
  expectAsStated(message, c.expected);
}

export function expectNoChrome(text: string, label: string | RegExp): void {
  if (typeof label === 'string')
    expect.soft(text, `no "${label}" in the quote`).not.toContain(label);
  else expect.soft(text, `no ${String(label)} in the quote`).not.toMatch(label);
}

export function expectAsStated(message: string, want: Expected): void {
  if ('exact' in want) {
    expect.soft(message).toBe(want.exact);
  } else if ('sentences' in want) {
    expect.soft(message).toMatch(new RegExp(`^${escape(want.sentences)} ?…$`));
  } else if ('cutAfterComma' in want) {
    expect.soft(want.cutOf.startsWith(want.cutAfterComma)).toBe(true);
    const kept = want.cutAfterComma.replace(/，$/, '');
    expect.soft(message).toMatch(new RegExp(`^${escape(kept)}，?…$`));
  } else {
    const sentence = want.cutBetweenWordsOf;
    expect.soft(message, 'the cut part of a long first sentence ends in "…"').toMatch(/…$/);
    const kept = message.replace(/\s*…$/, '');
    expect
      .soft(sentence.startsWith(kept), `"${kept}" is the start of the first sentence`)
      .toBe(true);
    // Between words: what follows the kept part on the page is a space (or the comma after it).
    expect
      .soft(sentence.charAt(kept.length), `the cut falls between words: ${JSON.stringify(message)}`)
      .toMatch(/^[\s,;:]$/);
    // As much as fits: no more than one word's length short of the limit.
    expect
      .soft(kept.length, 'the cut keeps as many words as fit')
      .toBeGreaterThanOrEqual(LIMIT - 20);
  }
}

// ── The cases ──────────────────────────────────────────────────────────────────────────────

export const BINANCE_TEXT =
  'Your account has been frozen to protect your assets. Withdrawals, deposits and trading are disabled until the review is complete.';
export const BINANCE: QuoteCase = {
  wallet: 'binance',
  url: 'https://www.binance.com/en/my/security',
  path: '/en/my/security',
  kind: 'frozen',
  shown: 'Your account has been frozen',
  first: 'Your account has been frozen to protect your assets.',
  chrome: ['Contact Support', /\bOK\b/, '×'],
  expected: { exact: BINANCE_TEXT },
};

export const OKX_TEXT =
  '您的账户已被冻结，暂时无法进行提币、充值和交易操作。冻结期间您的资产不受影响。';
export const OKX: QuoteCase = {
  wallet: 'okx',
  url: 'https://www.okx.com/zh-hans/account/security',
  path: '/zh-hans/account/security',
  kind: 'frozen',
  shown: '您的账户已被冻结',
  first: '您的账户已被冻结，暂时无法进行提币、充值和交易操作。',
  chrome: ['联系客服', '我知道了'],
  expected: { exact: OKX_TEXT },
};

export const GATE_SENTENCES = [
  'Wallet maintenance: BTC and ETH deposits and withdrawals will be paused from 02:00 to 06:00 UTC on 9 December.',
  'Trading is not affected.',
  'Pending withdrawals will be processed after the upgrade.',
  'We apologise for any inconvenience and thank you for your patience and understanding.',
];
export const GATE: QuoteCase = {
  wallet: 'gate',
  url: 'https://www.gate.io/myaccount/funds',
  path: '/myaccount/funds',
  kind: 'maintenance',
  shown: 'Wallet maintenance:',
  first: GATE_SENTENCES[0]!,
  chrome: ['Learn more', '›', '✕'],
  // 278 characters in all; the first three sentences are 192.
  expected: { sentences: GATE_SENTENCES.slice(0, 3).join(' ') },
};

export const HTX_SENTENCES = [
  '为保障您的资产安全，请先完成实名认证（KYC）后再进行提币操作。',
  '请准备好本人有效身份证件，并确保证件照片清晰完整、信息与账户注册信息一致。',
  '认证资料提交后，我们将在1至3个工作日内完成审核，审核结果将通过短信和站内信通知您。',
  '在认证完成之前，您的账户仍可正常充值和交易，但暂时无法提币及法币出金。',
  '如您已提交过认证资料，请耐心等待审核结果，无需重复提交，重复提交可能会延长审核时间。',
  '如有疑问，请通过在线客服或帮助中心与我们联系，感谢您的理解与支持。',
];
export const HTX: QuoteCase = {
  wallet: 'htx',
  url: 'https://www.htx.com/zh-cn/assets/overview',
  path: '/zh-cn/assets/overview',
  kind: 'kyc',
  shown: '请先完成实名认证',
  first: HTX_SENTENCES[0]!,
  chrome: ['去认证', '查看详情'],
  // 221 characters in all; the first five sentences are 188.
  expected: { sentences: HTX_SENTENCES.slice(0, 5).join('') },
};

export const BYBIT_TEXT =
  'Please complete identity verification to continue withdrawing. It only takes a few minutes.';
export const BYBIT: QuoteCase = {
  wallet: 'bybit',
  url: 'https://www.bybit.com/user/assets/home/overview',
  path: '/user/assets/home/overview',
  kind: 'kyc',
  shown: 'to continue withdrawing',
  first: 'Please complete identity verification to continue withdrawing.',
  chrome: ['Verify Now', '×'],
  // The link "identity verification" sits inside the first sentence: it stays.
  expected: { exact: BYBIT_TEXT },
};

export const BITGET_FIRST =
  'Your withdrawal request could not be submitted because the amount exceeds your daily limit of 20,000 USDT for your current verification level, and the limit resets at 00:00 (UTC+8) tomorrow, after which you can submit a new request for the rest.';
export const BITGET: QuoteCase = {
  wallet: 'bitget',
  url: 'https://www.bitget.com/asset/spot',
  path: '/asset/spot',
  kind: 'limit',
  shown: 'exceeds your daily limit',
  first: 'Your withdrawal request could not be submitted',
  chrome: ['Got it', 'Learn more', 'Thank you for your understanding'],
  // 245 characters: longer than a quote by itself.
  expected: { cutBetweenWordsOf: BITGET_FIRST },
};

export const MEXC_FIRST =
  '您今日的提币金额已超出限额，本次提币申请未能提交，已提交的提币申请不受影响并将按原计划继续处理，您的单日提币限额将于北京时间次日零点自动恢复，恢复后您可以在提币页面重新提交剩余金额的提币申请，如需提高单日提币限额，请前往账户设置页面查看不同认证等级对应的每日提币额度说明并按照页面提示完成相应的认证升级流程后再重新提交提币申请，升级后的新提币额度将在系统审核通过后立即生效并同步显示在您的账户资产页面和提币页面中。';
export const MEXC: QuoteCase = {
  wallet: 'mexc',
  url: 'https://www.mexc.com/zh-CN/assets/spot',
  path: '/zh-CN/assets/spot',
  kind: 'limit',
  shown: '已超出限额',
  first: '您今日的提币金额已超出限额，',
  chrome: ['我知道了', '×'],
  // 207 characters; the last "，" within 200 is the 164th, the clause after it runs past 200.
  expected: {
    cutOf: MEXC_FIRST,
    cutAfterComma: MEXC_FIRST.slice(0, MEXC_FIRST.lastIndexOf('，', LIMIT - 2) + 1),
  },
};

export const KRAKEN_TEXT =
  'Your account has been frozen while we review recent activity. Funding and trading are unavailable until the review is finished.';
export const KRAKEN: QuoteCase = {
  wallet: 'kraken',
  url: 'https://www.kraken.com/c/settings/verification',
  path: '/c/settings/verification',
  kind: 'frozen',
  shown: 'while we review recent activity',
  first: 'Your account has been frozen while we review recent activity.',
  chrome: ['Learn more', '›', '×'],
  expected: { exact: KRAKEN_TEXT },
};

export const KUCOIN_TEXT =
  'USDT (TRC20) withdrawals are paused for scheduled wallet maintenance. Deposits are not affected.';
export const KUCOIN: QuoteCase = {
  wallet: 'kucoin',
  url: 'https://www.kucoin.com/en/assets',
  path: '/en/assets',
  kind: 'maintenance',
  shown: 'scheduled wallet maintenance',
  first: 'USDT (TRC20) withdrawals are paused for scheduled wallet maintenance.',
  chrome: ['Learn more', '›', /\bOK\b/, '×'],
  expected: { exact: KUCOIN_TEXT },
};

export const ALIPAY_TEXT =
  '您的账户已被冻结，暂时无法使用余额提现和转账功能。账户内资金安全，请完成身份核实后申请解冻。';
export const ALIPAY: QuoteCase = {
  wallet: 'alipay',
  url: 'https://my.alipay.com/portal/account.htm',
  path: '/portal/account.htm',
  kind: 'frozen',
  shown: '暂时无法使用余额提现',
  first: '您的账户已被冻结，暂时无法使用余额提现和转账功能。',
  chrome: ['查看详情', '立即申请解冻', '×'],
  expected: { exact: ALIPAY_TEXT },
};

/** Every case, one wallet each. */
export const QUOTE_CASES: QuoteCase[] = [
  BINANCE,
  OKX,
  GATE,
  HTX,
  BYBIT,
  BITGET,
  MEXC,
  KRAKEN,
  KUCOIN,
  ALIPAY,
];
