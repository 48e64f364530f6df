/** The check digits that tell a real account number or address from a look-alike. */

/** Payment card numbers (ISO/IEC 7812): the Luhn mod-10 check. `digits`: 0–9 only. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** IBAN (ISO 13616): country and check digits moved to the end, read base 36, mod 97 is 1. */
export function passesIbanCheck(iban: string): boolean {
  let rest = 0;
  for (const char of iban.slice(4) + iban.slice(0, 4)) {
    const value = parseInt(char, 36);
    if (Number.isNaN(value)) return false;
    rest = (rest * (value > 9 ? 100 : 10) + value) % 97;
  }
  return rest === 1;
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32M_CONSTANT = 0x2bc830a3;

/**
 * The human-readable part (`bc`, `tb`, `ltc`, `cosmos` …) of a bech32 or bech32m string whose
 * checksum holds (BIP 173, BIP 350); undefined otherwise. Mixed case is invalid by the spec.
 */
export function bech32Prefix(text: string): string | undefined {
  const lower = text.toLowerCase();
  if (text !== lower && text !== text.toUpperCase()) return undefined;
  const at = lower.lastIndexOf('1');
  const prefix = lower.slice(0, at);
  if (at < 1 || lower.length - at < 7 || !/^[a-z0-9]+$/.test(prefix)) return undefined;
  let check = 1;
  const step = (value: number) => {
    const top = check >>> 25;
    check = ((check & 0x1ffffff) << 5) ^ value;
    GENERATOR.forEach((g, i) => {
      if ((top >>> i) & 1) check ^= g;
    });
  };
  for (const char of prefix) step(char.charCodeAt(0) >>> 5);
  step(0);
  for (const char of prefix) step(char.charCodeAt(0) & 31);
  for (const char of lower.slice(at + 1)) {
    const value = BECH32.indexOf(char);
    if (value < 0) return undefined;
    step(value);
  }
  return check === 1 || check === BECH32M_CONSTANT ? prefix : undefined;
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Base58 (Bitcoin alphabet) to bytes, big-endian; undefined for a character outside it. */
export function base58Bytes(text: string): number[] | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    let carry = BASE58.indexOf(char);
    if (carry < 0) return undefined;
    for (let i = 0; i < bytes.length; i += 1) {
      carry += (bytes[i] ?? 0) * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) bytes.push(carry & 0xff);
  }
  for (let i = 0; text[i] === '1'; i += 1) bytes.push(0);
  return bytes.reverse();
}
