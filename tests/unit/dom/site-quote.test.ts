// @vitest-environment happy-dom
// Issue 15, "site quotes include page chrome": what we quote of a notice is its words — no
// button, close icon or stand-alone link beside them — cut between sentences, never inside one.
// (The real-Chromium proof, on fixtures written from the words: tests/e2e/site-quotes.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fitSentences,
  messageQuote,
  noticeWords,
  siteQuote,
} from '../../../src/content/site-quote';
import { notice } from '../../../src/content/detectors/notice';
import { load, run, useFakeClock, wait } from './page';

function quoteOf(markup: string, max = 200): string {
  load(`<main>${markup}</main>`);
  return siteQuote(document.querySelector('#n') as Element, max);
}

describe('a notice without its chrome', () => {
  it('leaves out div and span buttons, a close icon and the modal footer', () => {
    expect(
      quoteOf(`<div id="n" class="css-1x9 bn-modal">
        <div class="bn-modal-header"><span class="title">Account frozen</span><div class="css-close"><svg></svg></div><span>×</span></div>
        <div class="css-body">Your account has been frozen for security reasons. Please contact support to unfreeze it.</div>
        <div class="bn-modal-footer"><div class="css-a2b bn-button" tabindex="0">Contact Support</div><div class="css-a2c">OK</div></div>
      </div>`),
    ).toBe(
      'Account frozen Your account has been frozen for security reasons. Please contact support to unfreeze it.',
    );
  });

  it('leaves out Chinese spans that act as buttons (onclick, role)', () => {
    expect(
      quoteOf(`<div id="n" class="okui-dialog"><p>您的账户已被冻结，如有疑问请联系客服。</p>
        <span onclick="chat()">联系客服</span><span role="button" tabindex="0">我知道了</span></div>`),
    ).toBe('您的账户已被冻结，如有疑问请联系客服。');
  });

  it('leaves out a link that stands apart and keeps one inside a sentence', () => {
    expect(
      quoteOf(
        `<div id="n" class="notice-bar">Please complete <a href="/kyc">identity verification</a> to continue withdrawing. <a href="/help">Learn more ›</a></div>`,
      ),
    ).toBe('Please complete identity verification to continue withdrawing.');
    expect(
      quoteOf(
        `<div id="n" class="notice-bar"><span>系统维护中，提币暂停。</span><a href="/help">查看详情</a></div>`,
      ),
    ).toBe('系统维护中，提币暂停。');
  });

  it('leaves out a bar of links after the result ("返回账户资产 | 查看提现记录") and a ✓ icon', () => {
    expect(
      quoteOf(`<div id="n" class="result-ok"><div class="icon">✓</div><h2>提现成功</h2>
        <p>¥1,000.00 已提交至 招商银行 储蓄卡（尾号 8842），预计 2 小时内到账。</p>
        <p><a href="/fund/index.htm">返回账户资产</a> &nbsp;|&nbsp; <a href="/record">查看提现记录</a></p></div>`),
    ).toBe('提现成功 ¥1,000.00 已提交至 招商银行 储蓄卡（尾号 8842），预计 2 小时内到账。');
    expect(
      quoteOf(
        `<div id="n" class="notice">Withdrawals are paused. <a href="/a">Status</a> · <a href="/b">Help</a></div>`,
      ),
    ).toBe('Withdrawals are paused.');
  });

  it('keeps text a site styles as a link-coloured span when words follow', () => {
    expect(
      quoteOf(
        `<div id="n" class="alert">Withdrawals are limited until <a href="/kyc">you verify</a>, then resume.</div>`,
      ),
    ).toBe('Withdrawals are limited until you verify, then resume.');
  });
});

describe('cut between sentences', () => {
  const maintenance =
    'Scheduled maintenance is under way on our wallet system. Deposits and withdrawals of BTC, ETH and USDT are suspended during the upgrade. Trading is not affected. We expect to finish by 14:00 UTC, and will announce when services resume. Thank you for your patience.';

  it('keeps whole sentences that fit and marks the rest', () => {
    const quote = fitSentences(maintenance, 200);
    expect(quote).toBe(
      'Scheduled maintenance is under way on our wallet system. Deposits and withdrawals of BTC, ETH and USDT are suspended during the upgrade. Trading is not affected. …',
    );
    expect(quote.length).toBeLessThanOrEqual(200);
  });

  it('cuts Chinese after a full stop, without a space', () => {
    const text =
      '尊敬的用户，根据监管要求，您需要完成实名认证（KYC）后才能继续使用提币功能。请准备好您的身份证件原件，并确保照片清晰、信息完整。认证通常在一至三个工作日内完成，审核期间您的资产安全不受影响。如认证未通过，我们将通过站内信通知您具体原因，您可以根据提示重新提交材料。若您在认证过程中遇到任何问题，欢迎随时联系我们的在线客服，我们将竭诚为您服务，感谢您的理解与支持。此外请注意，任何要求您提供密码或验证码的人都不是我们的工作人员。';
    const quote = fitSentences(text, 200);
    expect(quote.length).toBeLessThanOrEqual(200);
    expect(quote).toMatch(/。…$/);
    expect(text.startsWith(quote.slice(0, -1))).toBe(true);
  });

  it('cuts a first sentence longer than the limit between words, never inside one', () => {
    const long =
      'Due to a review of recent activity on your account, which our risk team flagged under our terms of service and applicable anti money laundering regulations in your region, withdrawals and transfers from your account have been temporarily restricted until the review is complete.';
    const quote = fitSentences(long, 200);
    expect(quote.length).toBeLessThanOrEqual(200);
    expect(quote.endsWith('…')).toBe(true);
    const kept = quote.slice(0, -1);
    expect(long.startsWith(kept)).toBe(true);
    expect(long.charAt(kept.length)).toMatch(/[\s,]/);
  });

  it('leaves a short notice as it is', () => {
    expect(fitSentences('Account frozen.', 200)).toBe('Account frozen.');
  });
});

describe('the notice detector quotes the words', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it('reports a modal notice without its buttons, and not a phrase only a button says', async () => {
    load(`<nav><a href="/">Home</a></nav><main><h1>Assets</h1>
      <div class="css-9a modal" role="dialog"><div class="css-b1">Your withdrawals are suspended pending a compliance review.</div>
      <div class="css-f0"><div class="btn-primary">Contact Support</div><div class="btn">OK</div></div></div></main>`);
    const { sent, stop } = run(notice);
    await wait(1500);
    stop();
    expect(sent.map((s) => s.fields.message)).toEqual([
      'Your withdrawals are suspended pending a compliance review.',
    ]);
  });

  it('sees a dialog that has neither a role nor a modal class (okui-dialog), there at load', async () => {
    load(`<main><h1>资产</h1></main>
      <div class="okui-dialog okui-dialog-center" style="position:fixed"><div class="okui-dialog-body">您的账户已被冻结，暂时无法提币。</div>
      <div class="okui-dialog-footer"><span class="okui-btn">我知道了</span></div></div>`);
    const { sent, stop } = run(notice);
    await wait(1500);
    stop();
    expect(sent.map((s) => [s.fields.notice, s.fields.message])).toEqual([
      ['frozen', '您的账户已被冻结，暂时无法提币。'],
    ]);
  });

  it('sees a long limit notice in a dialog (over 300 characters) and quotes its first sentences', async () => {
    const long =
      'The amount you entered exceeds your daily limit for withdrawals to external addresses. ' +
      'Limits depend on your verification level and reset at 00:00 (UTC+8) every day. ' +
      'To withdraw more, complete advanced verification in Identity Verification, which usually takes one to three business days. ' +
      'Withdrawals to internal Bitget accounts are not affected by this limit.';
    expect(long.length).toBeGreaterThan(300);
    load(`<main><h1>Spot</h1></main>`);
    const { sent, stop } = run(notice);
    await wait(500);
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.className = 'bg-modal';
    dialog.append(Object.assign(document.createElement('div'), { textContent: long }));
    dialog.append(
      Object.assign(document.createElement('div'), { className: 'bg-btn', textContent: 'Got it' }),
    );
    document.body.append(dialog);
    await wait(1500);
    stop();
    expect(sent.map((s) => s.fields.notice)).toEqual(['limit']);
    const message = String(sent[0]?.fields.message);
    expect(message.length).toBeLessThanOrEqual(200);
    expect(message).toBe(
      'The amount you entered exceeds your daily limit for withdrawals to external addresses. Limits depend on your verification level and reset at 00:00 (UTC+8) every day. …',
    );
  });

  it('does not take a long page section for a notice', async () => {
    const section = `<section class="account-status-panel"><p>${'Your balances, orders and history are shown below. '.repeat(5)}Account frozen funds: 0.00 BTC is not a notice here but page text that goes on and on without end.</p></section>`;
    load(`<main><h1>Assets</h1>${section}</main>`);
    const { sent, stop } = run(notice);
    await wait(1500);
    stop();
    expect(sent).toEqual([]);
  });

  it('does not report a dialog whose only notice words are a button label', async () => {
    load(`<main><div class="modal" role="dialog"><p>Welcome back! Your assets are up to date.</p>
      <div class="btn">Account frozen? Appeal</div><span role="button">Unfreeze account</span></div></main>`);
    const { sent, stop } = run(notice);
    await wait(1500);
    stop();
    expect(sent).toEqual([]);
  });

  it('reads the words once, white space collapsed', () => {
    load(`<main><div id="n" class="alert">  Account
      <b>suspended</b>.<br>Contact   us.</div></main>`);
    expect(noticeWords(document.querySelector('#n') as Element)).toBe(
      'Account suspended.\nContact us.',
    );
  });
});

describe('sign-in and withdrawal messages are quoted the same way', () => {
  it('a sign-in error without its "Forgot password?" link, a result without its button', () => {
    load(`<main><div id="e" class="login-error">Incorrect email or password. <a href="/reset">Forgot password?</a></div>
      <div id="w" class="result-msg"><p>提币申请已提交，预计 30 分钟内到账。</p><div class="css-77 btn-ghost">查看记录</div></div></main>`);
    const e = document.querySelector('#e') as Element;
    const w = document.querySelector('#w') as Element;
    expect(messageQuote(e, 'Incorrect email or password. Forgot password?')).toBe(
      'Incorrect email or password.',
    );
    expect(messageQuote(w, '提币申请已提交，预计 30 分钟内到账。 查看记录')).toBe(
      '提币申请已提交，预计 30 分钟内到账。',
    );
  });
});
