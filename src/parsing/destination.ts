/**
 * Tells what a withdrawal destination is and what of it may be stored (DESIGN.md: crypto
 * addresses in full, bank and card numbers masked to the last 4). Never throws; unknown text
 * gives undefined, so nothing is stored.
 *
 * - evm: `0x` + 40 hex, case kept (the EIP-55 checksum needs Keccak, not checked).
 * - btc: bech32/bech32m with a valid checksum and prefix bc/tb/bcrt (stored lower case), or
 *   base58 decoding to 25 bytes with version 0x00/0x05 (mainnet) or 0x6f/0xc4 (testnet).
 * - tron: base58, 25 bytes, version 0x41 (`T…`). solana: base58 decoding to 32 bytes.
 *   Base58 checksums (double SHA-256) are not verified: it would cost a hash in the bundle.
 * - crypto-other: other valid bech32 (`ltc1…`, `cosmos1…`), other 25-byte base58 (LTC, DOGE,
 *   XRP), Monero, TON, `0x` + 64 hex (Aptos, Sui).
 * - iban: mod-97 check holds (one that fails is still a bank-account, masked). card: 13–19
 *   digits passing Luhn, or 16–19 digits starting 62 (UnionPay numbers need not pass Luhn).
 *   phone: a leading `+`, a Chinese mobile number (1[3-9] + 9 digits) or `(555) 123-4567`.
 *   bank-account: any other 6–34 digits. Already masked numbers (`**** 1234`, `138****8000`,
 *   `尾号1234`) are recognised too. Email is kept as its first letter and domain.
 *
 * A leading `label:` without digits is dropped (`bitcoin:`, `支付宝账号：`, `IBAN:`), as is a
 * `?query` after an address.
 */
import { base58Bytes, bech32Prefix, passesIbanCheck, passesLuhn } from './checksums';
import { foldText } from './fold-text';

export type DestinationKind =
  | 'evm'
  | 'btc'
  | 'tron'
  | 'solana'
  | 'crypto-other'
  | 'iban'
  | 'card'
  | 'bank-account'
  | 'email'
  | 'phone';

export interface Destination {
  kind: DestinationKind;
  value: string;
}

/** `****` and the last four letters or digits: `****1234`. */
export function maskAccount(text: string): string {
  const alnum = String(text).replace(/[^\p{L}\p{N}]/gu, '');
  return alnum.length < 4 ? '****' : `****${alnum.slice(-4).toUpperCase()}`;
}

export function classifyDestination(text: string): Destination | undefined {
  try {
    if (typeof text !== 'string' || text.length > 300) return undefined;
    return classify(foldText(text)); // also drops zero-width and bidi marks
  } catch {
    return undefined;
  }
}

function classify(text: string): Destination | undefined {
  const trimmed = text
    .trim()
    .replace(/^[^\d:：@]{1,24}[:：]\s*/, '')
    .replace(/\?.*$/, '')
    .trim();
  const email = /^([^\s@])[^\s@]*@([^\s@]+\.[^\s@.]+)$/.exec(trimmed);
  if (email) return { kind: 'email', value: `${email[1]}***@${email[2]?.toLowerCase()}` };
  const compact = trimmed.replace(/\s+/g, '');
  const evm = /^(0x[0-9a-fA-F]{40})(?:@\d+)?(?:\/.*)?$/.exec(compact);
  if (evm) return { kind: 'evm', value: evm[1] ?? '' };
  return crypto(compact) ?? account(trimmed, compact);
}

function crypto(compact: string): Destination | undefined {
  if (/^0x[0-9a-fA-F]{64}$/.test(compact)) return { kind: 'crypto-other', value: compact };
  if (/^[EUk0]Q[\w-]{46}$/.test(compact)) return { kind: 'crypto-other', value: compact };
  if (/^[48][1-9A-HJ-NP-Za-km-z]{94}$/.test(compact))
    return { kind: 'crypto-other', value: compact };
  if (compact.length >= 14 && compact.length <= 120) {
    const prefix = bech32Prefix(compact);
    if (prefix !== undefined) {
      const kind = ['bc', 'tb', 'bcrt'].includes(prefix) ? 'btc' : 'crypto-other';
      return { kind, value: compact.toLowerCase() };
    }
  }
  // All digits is an account number, never base58.
  if (compact.length < 25 || compact.length > 44 || /^\d+$/.test(compact)) return undefined;
  const bytes = base58Bytes(compact);
  if (bytes?.length === 32) return { kind: 'solana', value: compact };
  if (bytes?.length !== 25) return undefined;
  const version = bytes[0] ?? -1;
  if ([0x00, 0x05, 0x6f, 0xc4].includes(version)) return { kind: 'btc', value: compact };
  return { kind: version === 0x41 ? 'tron' : 'crypto-other', value: compact };
}

function account(trimmed: string, compact: string): Destination | undefined {
  const upper = compact.toUpperCase();
  if (/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(upper) && /^[A-Z0-9]+$|^[a-z0-9]+$/.test(compact)) {
    const kind = passesIbanCheck(upper) ? 'iban' : 'bank-account';
    return { kind, value: maskAccount(compact) };
  }
  const tail = /尾号\s*(\d{4})/.exec(trimmed);
  if (tail)
    return { kind: trimmed.includes('卡') ? 'card' : 'bank-account', value: `****${tail[1]}` };
  if (/^[\d*•·xX-]+$/.test(compact) && /[*•·xX]{3}/.test(compact) && /\d{4}$/.test(compact))
    return masked(compact.replace(/-/g, ''));
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return undefined;
  const digits = compact.replace(/\D/g, '');
  const isPhone =
    (trimmed.startsWith('+') && digits.length >= 7 && digits.length <= 15) ||
    /^1[3-9]\d{9}$/.test(digits) ||
    /^\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$/.test(trimmed);
  if (isPhone) return { kind: 'phone', value: maskAccount(digits) };
  if (/[()+]/.test(trimmed) || digits.length < 6 || digits.length > 34) return undefined;
  const isCard =
    digits.length >= 13 &&
    digits.length <= 19 &&
    (passesLuhn(digits) || (digits.startsWith('62') && digits.length >= 16));
  return { kind: isCard ? 'card' : 'bank-account', value: maskAccount(digits) };
}

/** A number the site already masked: `**** **** **** 1234`, `138****8000`, `6222********1234`. */
function masked(compact: string): Destination {
  const value = maskAccount(compact);
  if (compact.length === 11 && compact.startsWith('1')) return { kind: 'phone', value };
  const isCard = compact.length >= 13 && compact.length <= 19;
  return { kind: isCard ? 'card' : 'bank-account', value };
}
