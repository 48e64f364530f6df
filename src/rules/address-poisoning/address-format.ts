import { checksumStatus } from './eip55';

export type AddressFamily = 'evm' | 'tron' | 'bech32' | 'base58';

export interface ParsedAddress {
  family: AddressFamily;
  /** The address itself: two strings with the same identity pay the same account. */
  identity: string;
  /**
   * The part an attacker must imitate, lower case: without the fixed lead every address of the
   * family shares (`0x`, Tron's `T`, bech32's `bc1q`), which imitates nothing.
   */
  body: string;
  /** EVM only: EIP-55 state of the written case; `n/a` for other families. */
  checksum: 'none' | 'valid' | 'invalid' | 'n/a';
}

const EVM = /^0x[0-9a-fA-F]{40}$/;
const TRON = /^T[1-9A-HJ-NP-Za-km-z]{33}$/;
// Segwit: human-readable part, "1", witness version, data; one case only (BIP-173).
const BECH32 = /^(bc|tb|ltc)1([02-9ac-hj-np-z])([02-9ac-hj-np-z]{6,87})$/;
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]{25,44}$/;

/**
 * Recognise a crypto address. Bank accounts and cards are stored masked (last 4 digits) and are
 * not addresses: they get undefined, and only the new-destination rule sees them.
 */
export function parseAddress(raw: string): ParsedAddress | undefined {
  const text = raw.trim();
  if (EVM.test(text)) {
    const lower = text.toLowerCase();
    return { family: 'evm', identity: lower, body: lower.slice(2), checksum: checksumStatus(text) };
  }
  if (TRON.test(text)) {
    return { family: 'tron', identity: text, body: text.slice(1).toLowerCase(), checksum: 'n/a' };
  }
  const lower = text.toLowerCase();
  const bech = text === lower || text === text.toUpperCase() ? BECH32.exec(lower) : null;
  if (bech) return { family: 'bech32', identity: lower, body: bech[3] as string, checksum: 'n/a' };
  // Base58 is case-sensitive: different case is a different address, though it looks the same.
  if (BASE58.test(text)) return { family: 'base58', identity: text, body: lower, checksum: 'n/a' };
  return undefined;
}

/** A bank account or card masked to its last digits, however the site draws the mask. */
const MASKED = /^[\s*•·xX#.-]*(\d{2,6})$/;

/**
 * How new-destination compares destinations: addresses by identity, masked accounts by their
 * last digits (`****1234` = `•••• 1234`), anything else without spaces or case.
 */
export function destinationIdentity(raw: string): string {
  const address = parseAddress(raw);
  if (address) return address.identity;
  const masked = MASKED.exec(raw.trim());
  return masked ? `masked:${masked[1]}` : raw.replace(/\s+/g, '').toLowerCase();
}
