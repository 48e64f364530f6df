// The extension never reads what the user types into secret fields. Unique marker strings go
// into password, one-time-code, PIN, card-number, CVV, security-answer and seed-phrase fields on every
// fixture, through flows that do get recorded; then every store, every console line, the three
// exports (made from the log page as a user makes them) and every notification the worker
// creates are searched for them.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportsFromLog, holds } from './harness/exports';
import { dumpExtensionStorage } from './harness/idb';
import { kinds, startExtensionSession, type ExtensionSession } from './harness/extension-session';
import { captureNotifications, capturedNotifications } from './harness/notifications';
import { payPalSignIn } from './harness/paypal';

let session: ExtensionSession;
/** Set before any flow: every notification from then on is captured in the worker. */
let capture: string;
beforeAll(async () => {
  session = await startExtensionSession();
  capture = await captureNotifications(session.browser.context, session.browser.extensionId);
});
afterAll(async () => {
  await session?.close();
});

const tag = randomBytes(4).toString('hex');
const marker = (what: string) => `cnry${what}${tag}`;
/** A random, Luhn-valid 16-digit card number: what a card field really receives. */
function luhnCard(): string {
  const body = Array.from(randomBytes(15), (b) => b % 10);
  body[0] = 4;
  const sum = body
    .slice()
    .reverse()
    .reduce((acc, d, i) => acc + (i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
  return [...body, (10 - (sum % 10)) % 10].join('');
}
/**
 * Whether `text` holds the secret `value`. A secret made only of digits (a code, a PIN, a CVV,
 * a card number) counts where it stands alone, not inside a longer run of digits or hex: a
 * 4-digit CVV turns up by chance in the export's SHA-256 seals and epoch-ms timestamps.
 */
const digits = () => String(100000 + (randomBytes(3).readUIntBE(0, 3) % 900000));

/** Every value typed into a secret field, by both tests. */
const secrets: string[] = [];

it('finds no typed secret in IndexedDB, browser.storage or the console', async () => {
  const secret = (value: string) => (secrets.push(value), value);
  const { context } = session.browser;

  // PayPal: classic form, succeeds.
  const paypal = await context.newPage();
  await payPalSignIn(paypal, {
    succeed: true,
    email: 'canary@example.com',
    password: secret(marker('paypalpw')),
  });

  // Binance: formless, fails with a toast; Enter in the password field.
  const binance = await context.newPage();
  await binance.goto('https://accounts.binance.com/en/login');
  await binance.fill('input[name="username"]', 'canary@example.com');
  await binance.click('text=Next');
  await binance.fill('input[type="password"]', secret(marker('binancepw')));
  await binance.press('input[type="password"]', 'Enter');

  // Alipay: Chinese, password then SMS code.
  const alipay = await context.newPage();
  await alipay.goto('https://auth.alipay.com/login/index.htm');
  await alipay.fill('#J-input-user', '13800008888');
  await alipay.fill('#password_rsainput', secret(marker('alipaypw')));
  await alipay.click('#J-login-btn');
  await session.waitFor('alipay', (e) => kinds(e).includes('login.challenge'));
  await alipay.fill('#J-sms-code', secret(digits()));
  await Promise.all([alipay.waitForURL('**/portal/i.htm'), alipay.click('#J-sec-submit')]);

  // Crypto.com: seed phrase (textarea and 12 boxes), 6-box PIN, 2FA, CVV, security answer.
  const cdc = await context.newPage();
  await cdc.goto('https://crypto.com/');
  await cdc.fill('#mnemonic', secret(marker('mnemonic')));
  for (let i = 1; i <= 12; i++)
    await cdc.fill(`input[name="word${i}"]`, secret(marker(`word${i}x`)));
  await cdc.click('#restore-go');
  const pin = secret(digits());
  const boxes = cdc.locator('#pin input');
  for (let i = 0; i < 6; i++) await boxes.nth(i).fill(pin[i]!);
  await cdc.fill('#tfa', secret(digits()));
  await cdc.fill('#cardno', secret(luhnCard()));
  await cdc.fill('#cvv', secret(String(1000 + (randomBytes(2).readUInt16BE(0) % 9000))));
  await cdc.fill('#answer', secret(marker('answer')));
  await cdc.click('#confirm-go');
  await cdc.waitForSelector('text=Incorrect passcode');

  // The flows above were recorded, so the search below is over real data.
  const events = await session.events();
  await session.waitFor('binance', (e) => kinds(e).includes('login.failure'));
  await session.waitFor('alipay', (e) => kinds(e).includes('login.success'));
  expect(new Set((await session.events()).map((e) => e.walletId))).toEqual(
    new Set(['paypal', 'binance', 'alipay']),
  );
  expect(events.length).toBeGreaterThan(0);

  const dump = await dumpExtensionStorage(session.reader);
  const consoleText = session.browser.consoleLines.join('\n');
  expect(dump).toContain('"walletId": "alipay"');
  for (const value of secrets) {
    expect(holds(dump, value), `secret ${value} in storage`).toBe(false);
    expect(holds(consoleText, value), `secret ${value} in console`).toBe(false);
  }
  expect(secrets.length).toBe(22);
});

it('finds no typed secret in the JSON, CSV and evidence-pack exports or in notifications', async () => {
  const secret = (value: string) => (secrets.push(value), value);
  const { context, extensionId } = session.browser;

  // Binance withdrawal: e-mail and authenticator codes in the review dialog.
  const binance = await context.newPage();
  await binance.goto('https://www.binance.com/en/my/wallet/account/main/withdrawal/crypto/USDT');
  await binance.getByRole('button', { name: 'Address book' }).click();
  await binance.getByText('Ledger Nano – TRON').click();
  await binance.locator('#network-select').click();
  await binance.getByRole('option', { name: /Tron \(TRC20\)/ }).click();
  await binance.locator('#withdraw-amount').fill('1234.56');
  await binance.locator('#withdraw-btn').click();
  await binance.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await binance.locator('input[name="emailVerifyCode"]').fill(secret(digits()));
  await binance.locator('input[name="googleVerifyCode"]').fill(secret(digits()));
  await binance.getByRole('dialog').getByRole('button', { name: 'Submit' }).click();
  await session.waitFor('binance', (e) => kinds(e).includes('withdrawal.success'));

  // Gate: a frozen account, a critical finding, so a notification is made (positive control).
  const gate = await context.newPage();
  await gate.goto('https://www.gate.com/zh/myaccount');
  await session.waitFor('gate', (e) => kinds(e).includes('notice'));
  await expect
    .poll(async () => (await capturedNotifications(context, extensionId, capture)).length, {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
  const notifications = await capturedNotifications(context, extensionId, capture);
  expect(notifications).toContainEqual({
    id: expect.stringContaining('account-frozen'),
    options: expect.objectContaining({
      title: 'Account frozen or restricted',
      message: expect.stringMatching(/^Gate: /),
    }),
  });

  // The three exports, from the log page's export panel.
  const exported = await exportsFromLog(context, extensionId);
  expect(Object.keys(exported).sort()).toEqual([
    'csv',
    'json',
    'pack/README.txt',
    'pack/cases.json',
    'pack/events.csv',
    'pack/events.ndjson',
    'pack/findings.json',
    'pack/report.html',
    'pack/verify.html',
  ]);
  // Real data went out: every recorded wallet, the withdrawal's address.
  for (const text of [exported.json!, exported.csv!, exported['pack/report.html']!]) {
    expect(text).toContain('TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE');
    expect(text).toMatch(/alipay|Alipay|支付宝/);
  }

  const notificationText = JSON.stringify(notifications);
  const dump = await dumpExtensionStorage(session.reader);
  const consoleText = session.browser.consoleLines.join('\n');
  for (const value of secrets) {
    expect(holds(dump, value), `secret ${value} in storage`).toBe(false);
    expect(holds(consoleText, value), `secret ${value} in console`).toBe(false);
    for (const [name, text] of Object.entries(exported))
      expect(holds(text, value), `secret ${value} in export ${name}`).toBe(false);
    expect(holds(notificationText, value), `secret ${value} in a notification`).toBe(false);
  }
  expect(secrets.length).toBe(24);
});
