// @vitest-environment happy-dom
// Issue 19, class 5: a secret could still be stored. A private key typed into a textarea named
// only by its <label> became the destination; a PIN in a field named in Spanish (clave) was kept
// as ****3902; a code the site repeated in its error was kept in the failure message. A field is
// secret by its attributes, its label (for, aria-labelledby, around it) or its masking style, in
// the detectors' 14 languages; a key-shaped value is a destination only from an address field;
// a typed code is cut out of any stored message.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isSecretField, labelSaysSecret } from '../../../src/content/dom';
import { readDestination } from '../../../src/content/withdrawal-form';
import { CODE_MARK, watchTypedCodes } from '../../../src/content/typed-codes';
import { withdrawal } from '../../../src/content/detectors/withdrawal';
import { $, click, load, run, setHtml, type, useFakeClock, wait } from './page';

const KEY = `0x${'4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318'}`;

describe('a secret field, whatever names it', () => {
  it.each([
    ['label for', '<label for="f7">Private key</label><textarea id="f7"></textarea>'],
    ['enclosing label', '<label>Signing key <textarea></textarea></label>'],
    ['aria-labelledby', '<span id="l1">Clave de firma</span><input aria-labelledby="l1">'],
    ['name in Spanish', '<input name="clave" inputmode="numeric">'],
    ['label beside it', '<div><span>Senha</span></div><input>'],
    // `-webkit-text-security` needs a real browser's style: tests/e2e/secret-fields.test.ts.
    ['title', '<input title="Kennwort">'],
  ])('%s', (_, markup) => {
    load(`<div id="box">${markup}</div>`);
    const field = $('#box').querySelector('input, textarea')!;
    expect(isSecretField(field)).toBe(true);
  });

  it.each([
    ['en', 'Private key'],
    ['en', 'PIN'],
    ['en', 'Recovery phrase'],
    ['zh', '交易密码'],
    ['zh', '私钥'],
    ['zh', '口令'],
    ['zh-Hant', '驗證碼'],
    ['es', 'Contraseña'],
    ['es', 'Clave de 6 dígitos'],
    ['pt', 'Senha'],
    ['fr', 'Mot de passe'],
    ['fr', 'Clé privée'],
    ['de', 'Kennwort'],
    ['de', 'Sicherheitscode'],
    ['it', 'Chiave privata'],
    ['ru', 'Пароль'],
    ['ru', 'Код из SMS'],
    ['tr', 'Şifre'],
    ['tr', 'Doğrulama kodu'],
    ['vi', 'Mật khẩu'],
    ['id', 'Kata sandi'],
    ['id', 'Kode OTP'],
    ['ja', 'パスワード'],
    ['ja', '暗証番号'],
    ['ko', '비밀번호'],
  ])('%s: "%s" names a secret', (_, label) => {
    expect(labelSaysSecret(label)).toBe(true);
  });

  it.each([
    'Amount',
    'Withdrawal address',
    'Recipient',
    'IBAN',
    'Chave Pix',
    'Pix key',
    'Shopping note',
    '提币地址',
    '암호화폐 주소',
    'Dirección de retiro',
    'Monto',
  ])('"%s" does not', (label) => {
    expect(labelSaysSecret(label)).toBe(false);
  });
});

describe('a key-shaped value is a destination only from an address field', () => {
  it.each([
    ['a field labelled "Signature"', '<label>Signature <input id="x"></label>', undefined],
    ['an unnamed field', '<input id="x">', undefined],
    ['an Aptos address field', '<label>Aptos address <input id="x"></label>', KEY],
  ])('%s', (_, markup, expected) => {
    load(`<div id="box">${markup}</div>`);
    ($('#x') as HTMLInputElement).value = KEY;
    expect(readDestination($('#box'))).toBe(expected);
  });
});

describe('a typed code is cut out of stored messages', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it('the code the person typed, not other numbers, and not once forgotten', async () => {
    load(`<label>Código de verificación <input id="code" inputmode="numeric"></label>
      <div id="boxes">${'<input maxlength="1">'.repeat(6)}</div>`);
    const codes = watchTypedCodes();
    type($('#code') as HTMLInputElement, '482913');
    const boxes = Array.from(document.querySelectorAll<HTMLInputElement>('#boxes input'));
    '730155'.split('').forEach((digit, i) => type(boxes[i]!, digit));
    expect(codes.strip('El código 482913 no es válido. Error 40012.')).toBe(
      `El código ${CODE_MARK} no es válido. Error 40012.`,
    );
    expect(codes.strip('Code 730155 expired; 1482913 is not it')).toBe(
      `Code ${CODE_MARK} expired; 1482913 is not it`,
    );
    await wait(11 * 60_000);
    expect(codes.strip('El código 482913 no es válido.')).toBe('El código 482913 no es válido.');
    codes.stop();
  });

  it('a password is never read for it', () => {
    load(`<input id="pw" type="password" name="pin">`);
    const codes = watchTypedCodes();
    type($('#pw') as HTMLInputElement, '482913');
    expect(codes.strip('PIN 482913 is wrong')).toBe('PIN 482913 is wrong');
    codes.stop();
  });
});

describe('withdrawal: a secret in the verification dialog is never the destination', () => {
  beforeEach(useFakeClock);
  afterEach(() => vi.useRealTimers());

  it.each([
    [
      'private key in a labelled textarea',
      '<label for="k">Private key</label><textarea id="k"></textarea>',
      KEY,
    ],
    [
      'PIN named in Spanish',
      '<label for="p">Clave de 6 dígitos de tu cuenta</label><input id="p" inputmode="numeric">',
      '743902',
    ],
  ])('%s', async (_, field, secret) => {
    load(
      `<main><h2>Retirar USDT</h2><label>Monto <input id="amount" inputmode="decimal"></label>
       <span>USDT</span><div role="button" id="next">Retirar</div></main>`,
      { path: '/withdraw', lang: 'es' },
    );
    $('#next').addEventListener('click', () => {
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      setHtml(
        dialog,
        `<h3>Verificación de seguridad</h3>${field}<button id="ok">Confirmar</button>`,
      );
      document.body.append(dialog);
    });
    const { sent, stop } = run(withdrawal);
    type($('#amount') as HTMLInputElement, '250');
    click($('#next'));
    type(
      document.querySelector<HTMLInputElement>('[role="dialog"] input, [role="dialog"] textarea')!,
      secret,
    );
    click($('#ok'));
    await wait(1000);
    stop();
    expect(sent.map((s) => s.kind)).toEqual(['withdrawal.attempt']);
    const text = JSON.stringify(sent);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice(-4));
  });
});
