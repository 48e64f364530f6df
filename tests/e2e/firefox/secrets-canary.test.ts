// The secrets canary in Firefox: marker values typed into password, one-time-code, PIN, card,
// CVV, security-answer and seed-phrase fields (the Chromium canary's flows) must appear nowhere:
// not in IndexedDB or browser.storage, not in anything Firefox printed (extension and page console
// included), not in the JSON export or the evidence pack, not in a notification.
import { randomBytes } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { kinds } from '../harness/extension-session';
import { poll, startFirefoxSession, type FirefoxSession } from '../harness/firefox';
import { dumpExtensionStorage } from '../harness/idb';
import { payPalSignIn } from '../harness/paypal';
import { holds } from '../harness/exports';

let session: FirefoxSession;
beforeAll(async () => {
  session = await startFirefoxSession();
});
afterAll(async () => {
  await session?.close();
});

const tag = randomBytes(4).toString('hex');
const marker = (what: string) => `cnry${what}${tag}`;
const digits = () => String(100000 + (randomBytes(3).readUIntBE(0, 3) % 900000));
/** A digits-only secret counts standing alone, not inside a longer run of digits or hex. */
it('finds no typed secret in storage, Firefox’s output, the exports or notifications', async () => {
  const secrets: string[] = [];
  const secret = (value: string) => (secrets.push(value), value);

  const paypal = await session.newPage();
  await payPalSignIn(paypal, { succeed: true, password: secret(marker('paypalpw')) });

  const binance = await session.newPage();
  await binance.goto('https://accounts.binance.com/en/login');
  await binance.fill('input[name="username"]', 'canary@example.com');
  await binance.click('#click_login_submit_v2');
  await binance.fill('input[type="password"]', secret(marker('binancepw')));
  await binance.press('input[type="password"]', 'Enter');

  const alipay = await session.newPage();
  await alipay.goto('https://auth.alipay.com/login/index.htm');
  await alipay.fill('#J-input-user', '13800008888');
  await alipay.fill('#password_rsainput', secret(marker('alipaypw')));
  await alipay.click('#J-login-btn');
  await session.waitFor('alipay', (e) => kinds(e).includes('login.challenge'));
  await alipay.fill('#J-sms-code', secret(digits()));
  await Promise.all([alipay.waitForURL('**/portal/i.htm'), alipay.click('#J-sec-submit')]);

  // Crypto.com: seed phrase (textarea and 12 boxes), 6-box PIN, 2FA, card, CVV, security answer.
  const cdc = await session.newPage();
  await cdc.goto('https://crypto.com/');
  await cdc.fill('#mnemonic', secret(marker('mnemonic')));
  for (let i = 1; i <= 12; i++)
    await cdc.fill(`input[name="word${i}"]`, secret(marker(`word${i}x`)));
  await cdc.click('#restore-go');
  const pin = secret(digits());
  await cdc.raw.waitForSelector('#pin input', { visible: true });
  const boxes = await cdc.raw.$$('#pin input');
  for (let i = 0; i < 6; i++) await boxes[i]!.type(pin[i]!);
  await cdc.fill('#tfa', secret(digits()));
  await cdc.fill('#cardno', secret(`4${digits()}${digits()}123`));
  await cdc.fill('#cvv', secret(String(1000 + (randomBytes(2).readUInt16BE(0) % 9000))));
  await cdc.fill('#answer', secret(marker('answer')));
  await cdc.click('#confirm-go');
  await poll(
    async () => (await cdc.evaluate(() => document.body.innerText)).includes('Incorrect passcode'),
    30_000,
    'the passcode error',
  );

  // Recorded, so the search is over real data; and a frozen account makes a notification.
  await session.waitFor('binance', (e) => kinds(e).includes('login.failure'));
  await session.waitFor('alipay', (e) => kinds(e).includes('login.success'));
  const gate = await session.newPage();
  await gate.goto('https://www.gate.com/zh/myaccount');
  await session.waitFor('gate', (e) => kinds(e).includes('notice'));
  const notifications = () => session.reader.evaluate(() => browser.notifications.getAll());
  await expect
    .poll(async () => Object.keys(await notifications()).length, { timeout: 30_000 })
    .toBeGreaterThan(0);

  const log = await session.openExtensionPage('log.html');
  await log.click('#log-tab-data'); // export lives in the log's second tab
  for (const format of ['json', 'pack']) await log.click(`button[data-export="${format}"]`);
  const json = await session.downloaded('.ndjson');
  const pack = await session.downloaded('.zip');
  const exported: Record<string, string> = { [json.name]: json.bytes.toString('utf8') };
  for (const [name, data] of Object.entries(unzipSync(pack.bytes)))
    exported[`pack/${name}`] = strFromU8(data);
  expect(Object.keys(exported)).toContain('pack/report.html');

  const dump = await dumpExtensionStorage(session.reader);
  expect(dump).toContain('"walletId": "alipay"');
  const output = session.output.join('\n');
  const notificationText = JSON.stringify(await notifications());
  expect(notificationText).toContain('Gate');
  for (const value of secrets) {
    expect(holds(dump, value), `secret ${value} in storage`).toBe(false);
    expect(holds(output, value), `secret ${value} in Firefox's output`).toBe(false);
    for (const [name, text] of Object.entries(exported))
      expect(holds(text, value), `secret ${value} in export ${name}`).toBe(false);
    expect(holds(notificationText, value), `secret ${value} in a notification`).toBe(false);
  }
  expect(secrets.length).toBe(22);
  expect(session.extensionErrors()).toEqual([]);
});
