// A secret is never stored, however the page names its field (issue 19, class 5). A review
// found a private key typed into a textarea named only by its <label> in a withdrawal's
// verification dialog kept in full as the destination; a PIN in a field labelled in Spanish
// ("Clave …") kept as ****3902; a two-factor code the site repeated in its error text kept in
// the failure message. The three flows, with fresh canary values, on
// tests/fixtures/sites/www.kucoin.com/withdraw.html, www.bybit.com/retirar.html and
// www.bitstamp.net/login-2fa.html; then every store and the three exports are searched.
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exportsFromLog, holds } from './harness/exports';
import { dumpExtensionStorage } from './harness/idb';
import { kinds, startExtensionSession, type ExtensionSession } from './harness/extension-session';

let session: ExtensionSession;
beforeAll(async () => {
  session = await startExtensionSession();
});
afterAll(async () => {
  await session?.close();
});

/** Six random digits, never starting with 0 (a site may drop a leading zero). */
const sixDigits = () => String(100000 + (randomBytes(3).readUIntBE(0, 3) % 900000));
const privateKey = `0x${randomBytes(32).toString('hex')}`;
const pin = sixDigits();
const code = sixDigits();

/** Whether `text` holds `value`; digits only where they stand alone (hashes hold any 4 digits). */
async function open(url: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(url);
  return page;
}

it('keeps no private key, PIN or repeated code anywhere: database, storage, exports', async () => {
  // KuCoin: a private key in the verification dialog's textarea, labelled "Private key" only.
  const kucoin = await open('https://www.kucoin.com/withdraw');
  await kucoin.fill('#amt', '250');
  await kucoin.click('#withdraw');
  await kucoin.fill('[role="dialog"] textarea', privateKey);
  await kucoin.click('#confirm');
  const kc = await session.waitFor('kucoin', (e) => kinds(e).includes('withdrawal.pending'));
  expect(kc.find((e) => e.kind === 'withdrawal.attempt')).toMatchObject({
    amount: { value: '250', currency: 'USDT' },
  });

  // Bybit, in Spanish: a 6-digit PIN in a field labelled "Clave de 6 dígitos de tu cuenta".
  const bybit = await open('https://www.bybit.com/retirar');
  await bybit.fill('#monto', '1.500,00');
  await bybit.click('#retirar');
  await bybit.fill('[role="dialog"] input', pin);
  await bybit.click('#confirmar');
  const by = await session.waitFor('bybit', (e) => kinds(e).includes('withdrawal.pending'));
  expect(by.find((e) => e.kind === 'withdrawal.attempt')).toMatchObject({
    amount: { value: '1500.00', currency: 'EUR' },
  });

  // Bitstamp: a wrong two-factor code, which the site repeats in its error.
  const bitstamp = await open('https://www.bitstamp.net/login-2fa');
  await bitstamp.fill('#email', 'canary@example.com');
  await bitstamp.fill('#password', 'correct horse battery');
  await bitstamp.click('#login-btn');
  await bitstamp.locator('#tfa').waitFor();
  await bitstamp.fill('#tfa', code);
  await bitstamp.click('#verify');
  await bitstamp.getByText('is invalid or has expired').waitFor();
  const bs = await session.waitFor('bitstamp', (e) => kinds(e).includes('login.failure'));
  // The site's words are kept; the code in them is not.
  expect(bs.find((e) => e.kind === 'login.failure')?.message).toMatch(
    /^The code •••• is invalid or has expired\./,
  );

  const canaries = [privateKey, privateKey.slice(2), pin, `****${pin.slice(-4)}`, code];
  const exported = await exportsFromLog(session.browser.context, session.browser.extensionId);
  // Real data went out: the three wallets' events are in every export.
  for (const text of [exported.json!, exported.csv!, exported['pack/report.html']!]) {
    expect(text).toMatch(/kucoin|KuCoin/);
    expect(text).toMatch(/bybit|Bybit/);
    expect(text).toContain('is invalid or has expired');
  }
  const dump = await dumpExtensionStorage(session.reader);
  expect(dump).toContain('"walletId": "bitstamp"');
  for (const value of canaries) {
    expect(holds(dump, value), `${value} in IndexedDB or browser.storage`).toBe(false);
    for (const [name, text] of Object.entries(exported))
      expect(holds(text, value), `${value} in export ${name}`).toBe(false);
  }
});
