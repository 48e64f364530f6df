// The extension never reads what the user types into secret fields. Unique marker strings go
// into password, one-time-code, PIN, card-number, CVV, security-answer and seed-phrase fields on every
// fixture, through flows that do get recorded; then every store and every console line is
// searched for them.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { dumpExtensionStorage } from './harness/idb';
import { kinds, startExtensionSession, type ExtensionSession } from './harness/extension-session';

let session: ExtensionSession;
beforeAll(async () => {
  session = await startExtensionSession();
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
const digits = () => String(100000 + (randomBytes(3).readUIntBE(0, 3) % 900000));

it('finds no typed secret in IndexedDB, browser.storage or the console', async () => {
  const secrets: string[] = [];
  const secret = (value: string) => (secrets.push(value), value);
  const { context } = session.browser;

  // PayPal: classic form, succeeds.
  const paypal = await context.newPage();
  await paypal.goto('https://www.paypal.com/signin');
  await paypal.fill('#email', 'canary@example.com');
  await paypal.fill('#password', secret(marker('paypalpw')));
  await Promise.all([paypal.waitForURL('**/myaccount/summary'), paypal.click('#btnLogin')]);

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
    expect(dump, `secret ${value} in storage`).not.toContain(value);
    expect(consoleText, `secret ${value} in console`).not.toContain(value);
  }
  expect(secrets.length).toBe(22);
});
