// Acceptance tests for the withdrawal, notice, sign-out and outage detectors, end to end: real
// Chromium, the built dist/chrome loaded unchanged, and fixture wallet pages that imitate real
// flows (each fixture's header comment names the flow; tests/e2e/fixtures-table.md lists them
// all). The fixtures were written independently of the detectors. Each flow is driven the
// way a user would (typing, clicks on divs, Enter), the page's own result is checked first (so
// a broken fixture fails differently from a detector miss), then the exact sequence of events
// that flow left in the database.
//
// FX_SHOTS=1 saves a screenshot of each flow's last screen to /tmp/fx-<wallet>.png.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { kinds, startExtensionSession, type ExtensionSession } from './harness/extension-session';
import type { StoredEventRecord } from './harness/idb';

let session: ExtensionSession;
const openPages: Page[] = [];

beforeAll(async () => {
  session = await startExtensionSession();
});
afterEach(async () => {
  for (const page of openPages.splice(0)) await page.close().catch(() => undefined);
});
afterAll(async () => {
  await session?.close();
});

/** Results arrive up to 4 s after the last click; the worker's round trip comes on top. */
const OUTCOME_MS = 20_000;
/** After the expected events: long enough for a duplicate (a second attempt, notice) to land. */
const SETTLE_MS = 2_500;
/** "Nothing recorded" means nothing within this long after the page reached its final state. */
const QUIET_MS = 3_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function open(url: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  openPages.push(page);
  await page.goto(url);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  if (process.env.FX_SHOTS) await page.screenshot({ path: `/tmp/fx-${name}.png`, fullPage: true });
}

/** Id of the newest stored event: a flow's own events are the ones after it. */
async function mark(): Promise<number> {
  return (await session.events()).at(-1)?.id ?? 0;
}

const after = (events: StoredEventRecord[], since: number) => events.filter((e) => e.id > since);

/** The wallet's events after `since`, once `done` holds for them and SETTLE_MS more passed. */
async function settled(
  walletId: string,
  since: number,
  done: (events: StoredEventRecord[]) => boolean,
): Promise<StoredEventRecord[]> {
  await session.waitFor(walletId, (events) => done(after(events, since)), OUTCOME_MS);
  await sleep(SETTLE_MS);
  return after(await session.events(walletId), since);
}

/** For flows that must record nothing (of some kind): everything the wallet got after `since`. */
async function quiet(walletId: string, since: number): Promise<StoredEventRecord[]> {
  await sleep(QUIET_MS);
  return after(await session.events(walletId), since);
}

const has = (kind: string) => (events: StoredEventRecord[]) => kinds(events).includes(kind);
const OUTCOMES = ['withdrawal.success', 'withdrawal.pending', 'withdrawal.failure'];
const hasOutcome = (events: StoredEventRecord[]) => events.some((e) => OUTCOMES.includes(e.kind));
const withdrawalsOf = (events: StoredEventRecord[]) =>
  events.filter((e) => e.kind.startsWith('withdrawal.'));

interface ExpectedWithdrawal {
  outcome: 'withdrawal.success' | 'withdrawal.pending' | 'withdrawal.failure';
  amount: { value: string; currency: string };
  destination: string;
  /** location.pathname when the amount step was submitted. */
  path: string;
  /** A distinctive part of the site's failure message. */
  message?: string;
  /** Where the outcome was seen, when the result is another page. */
  outcomePath?: string;
}

/** Exactly one attempt and one outcome, tied by attemptId, with the attempt's key fields. */
function expectWithdrawal(events: StoredEventRecord[], want: ExpectedWithdrawal): void {
  expect(kinds(events)).toEqual(['withdrawal.attempt', want.outcome]);
  const [attempt, outcome] = events;
  expect(attempt).toMatchObject({ amount: want.amount, path: want.path });
  expect(attempt?.destination).toBe(want.destination);
  expect(attempt?.attemptId).toEqual(expect.any(String));
  expect(attempt?.attemptId).not.toBe('');
  expect(outcome?.attemptId).toBe(attempt?.attemptId);
  if (want.message !== undefined) expect(outcome?.message).toContain(want.message);
  if (want.outcomePath !== undefined) expect(outcome?.path).toBe(want.outcomePath);
}

/** A failure that says "daily limit" may also raise one `limit` notice; nothing else is allowed. */
function expectAtMostALimitNotice(events: StoredEventRecord[]): void {
  const others = events
    .filter((e) => !e.kind.startsWith('withdrawal.'))
    .map((e) => `${e.kind}:${String(e.notice)}`);
  expect(others.filter((label) => label !== 'notice:limit')).toEqual([]);
  expect(others.length).toBeLessThanOrEqual(1);
}

/** Exactly one notice of `kind`, nothing else, whose message matches `text`. */
function expectOneNotice(events: StoredEventRecord[], kind: string, text: RegExp, path: string) {
  expect(kinds(events)).toEqual(['notice']);
  expect(events[0]).toMatchObject({ notice: kind, path });
  expect(String(events[0]?.message)).toMatch(text);
  expect(String(events[0]?.message).length).toBeLessThanOrEqual(200);
}

describe('withdrawals on realistic wallet pages', () => {
  it('Binance (en): crypto withdrawal, address book + network drop-down, review and 2FA dialogs → one attempt, success', async () => {
    const since = await mark();
    const page = await open(
      'https://www.binance.com/en/my/wallet/account/main/withdrawal/crypto/USDT',
    );
    await page.getByRole('button', { name: 'Address book' }).click();
    await page.getByText('Ledger Nano – TRON').click();
    await page.locator('#network-select').click();
    await page.getByRole('option', { name: /Tron \(TRC20\)/ }).click();
    await page.locator('#withdraw-amount').fill('1234.56');
    await page.locator('#withdraw-btn').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.locator('input[name="emailVerifyCode"]').fill('482913');
    await page.locator('input[name="googleVerifyCode"]').fill('117350');
    await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
    await page.getByText('Withdrawal submitted successfully').waitFor();
    await shot(page, 'binance');

    expectWithdrawal(await settled('binance', since, hasOutcome), {
      outcome: 'withdrawal.success',
      amount: { value: '1234.56', currency: 'USDT' },
      destination: 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE',
      path: '/en/my/wallet/account/main/withdrawal/crypto/USDT',
    });
  });

  it('PayPal (en): transfer to bank, <form> submit with "Next", review "Transfer Now" → card masked, success', async () => {
    const since = await mark();
    const page = await open('https://www.paypal.com/myaccount/money/transfer-to-bank');
    await page.locator('#fn-amount').fill('48.75');
    await page.getByText('Chase Bank').click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Transfer Now' }).click();
    await page.getByText('Transfer successful').waitFor();
    await shot(page, 'paypal');

    expectWithdrawal(await settled('paypal', since, hasOutcome), {
      outcome: 'withdrawal.success',
      amount: { value: '48.75', currency: 'USD' },
      destination: '****6789',
      path: '/myaccount/money/transfer-to-bank',
    });
  });

  it('Alipay (zh): 余额提现 with 支付密码 step, result on a new page after a form post → one attempt, success', async () => {
    const since = await mark();
    const page = await open('https://personalweb.alipay.com/fund/withdraw/apply.htm');
    await page.locator('#J-amount').pressSequentially('1000');
    await page.locator('#J-card-select').click();
    await page.locator('.ui-select-option', { hasText: '招商银行' }).click();
    await page.locator('#J-next').click();
    await page.locator('#payPassword_rsainput').fill('135790');
    await Promise.all([page.waitForURL('**/fund/withdraw/result.htm'), page.click('#J-submit')]);
    await page.getByText('提现成功').waitFor();
    await shot(page, 'alipay');

    const events = await settled('alipay', since, hasOutcome);
    expectWithdrawal(events, {
      outcome: 'withdrawal.success',
      amount: { value: '1000', currency: 'CNY' },
      destination: '****8842',
      path: '/fund/withdraw/apply.htm',
      outcomePath: '/fund/withdraw/result.htm',
    });
  });

  it('Kraken (en): "Max" then Enter in the amount field, confirm dialog → failure "exceeds your daily withdrawal limit"', async () => {
    const since = await mark();
    const page = await open('https://www.kraken.com/c/funding/withdraw');
    await page.getByTestId('address-picker').click();
    await page.getByRole('option', { name: /My Ledger/ }).click();
    await page.getByRole('button', { name: 'Max' }).click();
    await page.getByTestId('amount-input').press('Enter');
    await page.getByRole('button', { name: 'Confirm withdrawal' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'exceeds your daily withdrawal limit' })
      .waitFor();
    await shot(page, 'kraken');

    const events = await settled('kraken', since, hasOutcome);
    expectWithdrawal(withdrawalsOf(events), {
      outcome: 'withdrawal.failure',
      amount: { value: '0.84213', currency: 'BTC' },
      destination: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      path: '/c/funding/withdraw',
      message: 'Amount exceeds your daily withdrawal limit',
    });
    expectAtMostALimitNotice(events);
  });

  it('HTX (zh): 提币 on ERC20 with 安全验证 dialog, 提币记录 row "审核中" 3 s later → pending (old "已完成" rows ignored)', async () => {
    const since = await mark();
    const page = await open('https://www.htx.com/zh-cn/finance/withdraw/usdt');
    await page.getByText('ERC20', { exact: true }).click();
    await page
      .locator('#withdraw-address')
      .pressSequentially('0x52908400098527886E0F7030069857D2E4169EE7');
    await page.locator('#withdraw-amount').pressSequentially('2500');
    await page.getByRole('button', { name: '提币' }).click();
    await page.locator('input[name="emailCode"]').fill('550193');
    await page.locator('input[name="gaCode"]').fill('872201');
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await page.locator('#record-new').getByText('审核中').waitFor({ timeout: 10_000 });
    await shot(page, 'htx');

    expectWithdrawal(await settled('htx', since, hasOutcome), {
      outcome: 'withdrawal.pending',
      amount: { value: '2500', currency: 'USDT' },
      destination: '0x52908400098527886E0F7030069857D2E4169EE7',
      path: '/zh-cn/finance/withdraw/usdt',
    });
  });

  it('Bitget (en): React-like page, only <div>s without role or <form>, confirm + authenticator dialogs → pending', async () => {
    const since = await mark();
    const page = await open('https://www.bitget.com/asset/withdraw');
    await page
      .getByPlaceholder('Enter or paste the withdrawal address')
      .fill('0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B');
    await page.getByText('Select network').click();
    await page.getByText('Ethereum (ERC20)').click();
    await page.locator('input[inputmode="decimal"]').fill('0.5');
    await page.locator('.Button_btn__z8Fq1', { hasText: 'Withdraw' }).click();
    await page.locator('.Button_btn__z8Fq1', { hasText: 'Confirm' }).click();
    await page.locator('input[autocomplete="one-time-code"]').fill('604218');
    await page.locator('.Button_btn__z8Fq1', { hasText: 'Submit' }).click();
    await page.getByText('Withdrawal processing').waitFor();
    await shot(page, 'bitget');

    expectWithdrawal(await settled('bitget', since, hasOutcome), {
      outcome: 'withdrawal.pending',
      amount: { value: '0.5', currency: 'ETH' },
      destination: '0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B',
      path: '/asset/withdraw',
    });
  });

  it('WeChat Pay (zh): merchant 提现 with 操作密码 in the confirm dialog → failure "超出单日提现限额", no sign-in', async () => {
    const since = await mark();
    const page = await open('https://pay.weixin.qq.com/index.php/core/withdraw');
    await page.locator('#withdrawAmount').pressSequentially('52000');
    await page.locator('#js_withdraw').click();
    await page.locator('input[name="operatePwd"]').fill('op-Pass-8812');
    await page.locator('#dlg-ok').click();
    await page.getByText('超出单日提现限额').waitFor();
    await shot(page, 'wechat-pay');

    const events = await settled('wechat-pay', since, hasOutcome);
    expectWithdrawal(withdrawalsOf(events), {
      outcome: 'withdrawal.failure',
      amount: { value: '52000', currency: 'CNY' },
      destination: '****0317',
      path: '/index.php/core/withdraw',
      message: '超出单日提现限额',
    });
    expectAtMostALimitNotice(events);
  });

  it('OKX (en): address book, dialog-based confirm, result row appears only 4 s later → success from the new row', async () => {
    const since = await mark();
    const page = await open('https://www.okx.com/balance/withdrawal');
    await page.getByText('Address book').click();
    await page.getByText('Phantom wallet').click();
    await page.locator('#amount').fill('150.25');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    const confirmedAt = Date.now();
    await page.locator('#history-new').getByText('Completed').waitFor({ timeout: 10_000 });
    await shot(page, 'okx');

    const events = await settled('okx', since, hasOutcome);
    expectWithdrawal(events, {
      outcome: 'withdrawal.success',
      amount: { value: '150.25', currency: 'USDC' },
      destination: '9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM',
      path: '/balance/withdrawal',
    });
    // Judged from the row that arrived late, not from the older "Completed" row.
    expect(events[1]!.at - confirmedAt).toBeGreaterThanOrEqual(3_500);
  });

  it('Cash App (en): "Cash Out" opens the sheet (no attempt), amount + div "Cash Out", speed, Confirm → pending', async () => {
    const since = await mark();
    const page = await open('https://cash.app/account/money');
    await page.locator('#open-cash-out').click();
    await page.locator('#cash-out-amount').pressSequentially('86.25');
    await page.locator('#cash-out-next').click();
    await page.getByText('Standard').click();
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Your Cash Out is processing').waitFor();
    await shot(page, 'cash-app');

    expectWithdrawal(await settled('cash-app', since, hasOutcome), {
      outcome: 'withdrawal.pending',
      amount: { value: '86.25', currency: 'USD' },
      destination: '****4242',
      path: '/account/money',
    });
  });

  it('Skrill (de): Auszahlung of "1.234,56" EUR to a masked IBAN, Sicherheitscode → pending "wird bearbeitet"', async () => {
    const since = await mark();
    const page = await open('https://account.skrill.com/de/wallet/withdraw');
    await page.locator('#amount').pressSequentially('1.234,56');
    await page.locator('#bank-dd').click();
    await page.locator('.opt', { hasText: 'Deutsche Bank' }).click();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page.locator('#code').fill('314159');
    await page.locator('#confirm').click();
    await page.getByText('Ihre Auszahlung wird bearbeitet').waitFor();
    await shot(page, 'skrill');

    expectWithdrawal(await settled('skrill', since, hasOutcome), {
      outcome: 'withdrawal.pending',
      amount: { value: '1234.56', currency: 'EUR' },
      destination: '****3000',
      path: '/de/wallet/withdraw',
    });
  });

  it('MEXC (ja): 出金 on TRC20 with a 確認 dialog, toast "処理中です" → pending', async () => {
    const since = await mark();
    const page = await open('https://www.mexc.com/ja/assets/withdraw');
    await page.getByText('TRC20', { exact: true }).click();
    await page.locator('#address').fill('TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9');
    await page.locator('#amount').fill('300');
    await page.getByRole('button', { name: '出金', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '確認' }).click();
    await page.getByText('処理中です').waitFor();
    await shot(page, 'mexc');

    expectWithdrawal(await settled('mexc', since, hasOutcome), {
      outcome: 'withdrawal.pending',
      amount: { value: '300', currency: 'USDT' },
      destination: 'TN3W4H6rK2ce4vX9YnFQHwKENnHjoxb3m9',
      path: '/ja/assets/withdraw',
    });
  });
});

describe('account notices', () => {
  it('Gate (zh): frozen-account alert appearing after the account-status request → one frozen notice', async () => {
    const since = await mark();
    const page = await open('https://www.gate.com/zh/myaccount');
    await page.getByText('您的账户已被冻结', { exact: false }).waitFor();
    await shot(page, 'gate');
    expectOneNotice(await settled('gate', since, has('notice')), 'frozen', /冻结/, '/zh/myaccount');
  });

  it('Bybit (en): KYC wall over the withdraw page → one kyc notice, no withdrawal', async () => {
    const since = await mark();
    const page = await open('https://www.bybit.com/user/assets/withdraw');
    await page.getByRole('dialog', { name: 'Identity Verification Required' }).waitFor();
    await shot(page, 'bybit');
    expectOneNotice(
      await settled('bybit', since, has('notice')),
      'kyc',
      /identity verification|verify your identity|KYC/i,
      '/user/assets/withdraw',
    );
  });

  it('KuCoin (en): maintenance bar arriving 3 s after load, closed and shown again on an SPA route → one notice', async () => {
    const since = await mark();
    const loadedAt = Date.now();
    const page = await open('https://www.kucoin.com/assets');
    const first = await settled('kucoin', since, has('notice'));
    expectOneNotice(first, 'maintenance', /maintenance|upgrade/i, '/assets');
    expect(first[0]!.at - loadedAt).toBeGreaterThanOrEqual(2_500);

    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByText('Trading Account').click();
    await page.locator('.KuxNotice-bar').waitFor({ timeout: 6_000 });
    await shot(page, 'kucoin');
    await sleep(SETTLE_MS);
    // The same notice shown again within a minute is still one event.
    expect(kinds(after(await session.events('kucoin'), since))).toEqual(['notice']);
  });

  it('JD Finance (zh): late notice bar "违反服务条款" → one terms notice', async () => {
    const since = await mark();
    const page = await open('https://jr.jd.com/account/center');
    await page.getByText('违反服务条款', { exact: false }).waitFor();
    await shot(page, 'jd-pay');
    expectOneNotice(
      await settled('jd-pay', since, has('notice')),
      'terms',
      /违反服务条款/,
      '/account/center',
    );
  });

  it('Revolut (en): "unusual activity" security dialog 2 s after load → one suspicious notice', async () => {
    const since = await mark();
    const page = await open('https://app.revolut.com/home');
    await page.getByRole('alertdialog').waitFor();
    await shot(page, 'revolut');
    expectOneNotice(
      await settled('revolut', since, has('notice')),
      'suspicious',
      /unusual activity/i,
      '/home',
    );
  });

  it('Payoneer (en): withdraw page "not available in your region … regulatory" → one compliance notice', async () => {
    const since = await mark();
    const page = await open('https://myaccount.payoneer.com/ma/withdraw');
    await shot(page, 'payoneer');
    expectOneNotice(
      await settled('payoneer', since, has('notice')),
      'compliance',
      /not available in your region|regulatory/i,
      '/ma/withdraw',
    );
  });

  it('Coinbase (en): notice templates that are display:none, <template>, [hidden], invisible → nothing', async () => {
    const since = await mark();
    const page = await open('https://www.coinbase.com/home');
    // The app has cloned its KYC template into a hidden container by now.
    await page.waitForFunction(() => document.getElementById('banner-host')?.childElementCount);
    await shot(page, 'coinbase');
    expect(kinds(await quiet('coinbase', since))).toEqual([]);
  });
});

describe('pages that are not sign-ins', () => {
  it('Bitstamp (en): sign-up with one password field and "Create account" → no login event', async () => {
    const since = await mark();
    const page = await open('https://www.bitstamp.net/onboarding/register/');
    await page.locator('#email').fill('new.trader@example.com');
    await page.locator('#password').fill('Sunny-Harbour-2026-x');
    await page.locator('#country').click();
    await page.getByText('Germany', { exact: true }).click();
    await page.locator('#terms').check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Check your inbox').waitFor();
    await shot(page, 'bitstamp');
    const events = await quiet('bitstamp', since);
    expect(kinds(events).filter((k) => k.startsWith('login.'))).toEqual([]);
  });

  it('NETELLER (en): change password — current password + Enter, then new/confirm + "Save changes" → no login event', async () => {
    const since = await mark();
    const page = await open('https://member.neteller.com/wallet/settings/security');
    await page.locator('#currentPassword').fill('Old-Secret-77');
    await page.locator('#currentPassword').press('Enter');
    await page.locator('#newPassword').fill('New-Secret-2026');
    await page.locator('#confirmPassword').fill('New-Secret-2026');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Your password has been updated').waitFor();
    await shot(page, 'neteller');
    const events = await quiet('neteller', since);
    expect(kinds(events).filter((k) => k.startsWith('login.'))).toEqual([]);
  });
});

describe('sign-out and outages', () => {
  it('Gate (zh): 退出登录 in the avatar menu (a plain <div> item) → one logout', async () => {
    const since = await mark();
    const page = await open('https://www.gate.com/zh/myaccount');
    await page.locator('#g-avatar').click();
    await page.getByText('退出登录').click();
    await page.waitForURL('**/zh/login');
    const events = await settled('gate', since, has('logout'));
    // The frozen alert shows again on this page; within a minute it may or may not be new.
    expect(kinds(events).filter((kind) => kind !== 'notice')).toEqual(['logout']);
  });

  it('Venmo (en): "Sign out" in the profile menu, a link that redirects → one logout', async () => {
    const since = await mark();
    const page = await open('https://account.venmo.com/');
    await page.locator('#profile-btn').click();
    await Promise.all([
      page.waitForURL('**/signed-out'),
      page.getByRole('menuitem', { name: 'Sign out' }).click(),
    ]);
    await shot(page, 'venmo');
    expect(kinds(await settled('venmo', since, has('logout')))).toEqual(['logout']);
  });

  it('Gemini (en): the page loads, its balances API answers 503 → one site.error for the API path', async () => {
    const since = await mark();
    const page = await open('https://exchange.gemini.com/home');
    await page.getByText(/couldn.t load your balances/).waitFor();
    await shot(page, 'gemini');
    const events = await settled('gemini', since, has('site.error'));
    expect(kinds(events)).toEqual(['site.error']);
    expect(events[0]).toMatchObject({
      origin: 'https://exchange.gemini.com',
      path: '/api/v1/balances',
    });
    expect(String(events[0]?.message)).toMatch(/503/);
  });

  it('Bitfinex (en): the trading page itself answers 502 Bad Gateway → one site.error', async () => {
    const since = await mark();
    const page = await session.browser.context.newPage();
    openPages.push(page);
    const response = await page.goto('https://trading.bitfinex.com/t/BTCUSD');
    expect(response?.status()).toBe(502);
    const events = await settled('bitfinex', since, has('site.error'));
    expect(kinds(events)).toEqual(['site.error']);
    expect(events[0]).toMatchObject({ origin: 'https://trading.bitfinex.com', path: '/t/BTCUSD' });
    expect(String(events[0]?.message)).toMatch(/502/);
  });

  it('Crypto.com (en): the sign-in host drops the connection, Chromium shows its error page → one site.error', async () => {
    const since = await mark();
    const page = await session.browser.context.newPage();
    openPages.push(page);
    const failure = await page.goto('https://accounts.crypto.com/signin').then(
      () => 'loaded',
      (error: unknown) => String(error),
    );
    expect(failure).toMatch(/ERR_/);
    const events = await settled('crypto-com', since, has('site.error'));
    expect(kinds(events)).toEqual(['site.error']);
    expect(events[0]).toMatchObject({ origin: 'https://accounts.crypto.com', path: '/signin' });
    expect(String(events[0]?.message)).toMatch(/ERR_[A-Z_]+/);
  });
});
