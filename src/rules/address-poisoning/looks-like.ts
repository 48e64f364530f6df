import { parseAddress, type AddressFamily, type ParsedAddress } from './address-format';

/**
 * How much an imitation must match, in characters of the body, per family. Attackers generate
 * vanity addresses that match what wallet screens show: the first and last few characters,
 * sometimes only the end. Each rule costs a random pair at least 24 bits (hex: 4 bits a
 * character; base58 and bech32 compared case-insensitively: about 5), so unrelated addresses
 * almost never meet it, while the real attacks seen (Tsuchiya et al., USENIX Security 2025)
 * match 3+ leading and 4+ trailing hex characters.
 */
export const MATCH_RULES: Record<
  AddressFamily,
  { both: ReadonlyArray<readonly [number, number]>; suffixAlone: number; prefixAlone: number }
> = {
  evm: {
    both: [
      [3, 4],
      [4, 3],
    ],
    suffixAlone: 6,
    prefixAlone: 7,
  },
  tron: {
    both: [
      [2, 4],
      [3, 3],
    ],
    suffixAlone: 5,
    prefixAlone: 6,
  },
  bech32: {
    both: [
      [2, 4],
      [3, 3],
    ],
    suffixAlone: 5,
    prefixAlone: 6,
  },
  // Counted from the first character, which for Bitcoin's 1… and 3… is a version: one more.
  base58: { both: [[3, 3]], suffixAlone: 5, prefixAlone: 7 },
};

export interface Resemblance {
  family: AddressFamily;
  prefix: number;
  suffix: number;
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Whether a resemblance of `prefix` + `suffix` characters is an imitation for `family`. */
export function isImitation(family: AddressFamily, prefix: number, suffix: number): boolean {
  const rule = MATCH_RULES[family];
  if (suffix >= rule.suffixAlone || prefix >= rule.prefixAlone) return true;
  return rule.both.some(([p, s]) => prefix >= p && suffix >= s);
}

/** Compare two parsed addresses of one family; undefined when they are the same or unalike. */
export function resemblance(
  candidate: ParsedAddress,
  known: ParsedAddress,
): Resemblance | undefined {
  if (candidate.family !== known.family || candidate.identity === known.identity) return undefined;
  const a = candidate.body;
  const b = known.body;
  const prefix = commonPrefix(a, b);
  const suffix = commonSuffix(a, b, Math.min(a.length, b.length) - prefix);
  return isImitation(candidate.family, prefix, suffix)
    ? { family: candidate.family, prefix, suffix }
    : undefined;
}

/**
 * Does `candidate` imitate `known`? Case-insensitive (see README: EVM case is only a checksum
 * a vanity generator cannot choose; base58 case is read past by eye). Undefined when either is
 * not an address, the families differ, they are the same address, or they are unalike.
 */
export function looksLike(candidate: string, known: string): Resemblance | undefined {
  const a = parseAddress(candidate);
  const b = parseAddress(known);
  return a && b ? resemblance(a, b) : undefined;
}
