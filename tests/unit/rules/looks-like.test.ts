import { describe, expect, it } from 'vitest';
import { looksLike } from '../../../src/rules';
import { parseAddress } from '../../../src/rules/address-poisoning/address-format';
import { checksumStatus, toChecksumAddress } from '../../../src/rules/address-poisoning/eip55';

describe('EIP-55', () => {
  // The test vectors of EIP-55 itself.
  it.each([
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
    '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
    '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
  ])('%s is its own checksum', (address) => {
    expect(toChecksumAddress(address.toLowerCase())).toBe(address);
    expect(checksumStatus(address)).toBe('valid');
  });

  it.each([
    ['0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed', 'none'],
    ['0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED', 'none'],
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', 'invalid'],
  ])('%s → %s', (address, status) => expect(checksumStatus(address)).toBe(status));
});

describe('parseAddress', () => {
  it.each([
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 'evm'],
    ['TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW', 'tron'],
    ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'bech32'],
    ['1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'base58'],
    ['7EcDhSYGxXyscszYEp35KHN8vvw3svAuLKTzXwCFLtV', 'base58'],
    ['****1234', undefined],
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe', undefined],
  ])('%s is %s', (raw, family) => expect(parseAddress(raw)?.family).toBe(family));
});

describe('looksLike', () => {
  const evm = (body: string) => `0x${body}`;
  const known = evm('a7b4bac8f0f9692e56750aefb5f6cb5516e90570');
  it.each<[string, string, string, { prefix: number; suffix: number } | undefined]>([
    [
      'a real payoff (3 + 6), checksum case differs',
      '0xa7Bf48749D2E4aA29e3209879956b9bAa9E90570',
      '0xa7B4BAC8f0f9692e56750aEFB5f6cB5516E90570',
      { prefix: 3, suffix: 6 },
    ],
    [
      '3 + 4: the usual attack',
      evm('a7b0000000000000000000000000000000000570'),
      evm('a7b4bac8f0f9692e56750aefb5f6cb5516e90570'),
      { prefix: 3, suffix: 4 },
    ],
    [
      '4 + 3',
      evm('a7b4000000000000000000000000000000000570'.replace(/0570$/, '1570')),
      known,
      { prefix: 4, suffix: 3 },
    ],
    [
      '3 + 3 is chance (1 in 16.7 million)',
      evm('a7b0000000000000000000000000000000001570'),
      known,
      undefined,
    ],
    [
      '2 + 4 is chance',
      evm('a700000000000000000000000000000000000570'.replace(/^a70/, 'a71')),
      known,
      undefined,
    ],
    [
      'only the end, 6 characters',
      evm('000000000000000000000000000000000ce90570'.replace(/^0/, 'f')),
      known,
      { prefix: 0, suffix: 6 },
    ],
    [
      'only the end, 5 characters',
      evm('f0000000000000000000000000000000001e0570'.replace('1e0570', 'd90570')),
      known,
      undefined,
    ],
    [
      'only the start, 7 characters',
      evm('a7b4bac000000000000000000000000000000001'),
      known,
      { prefix: 7, suffix: 0 },
    ],
    ['the same address in another case', known.toUpperCase().replace('0X', '0x'), known, undefined],
    ['not an address', '****0570', known, undefined],
    [
      'Tron: 1 + 4 of the body is chance',
      `TJ${'1'.repeat(28)}sxMW`,
      'TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW',
      undefined,
    ],
    [
      'Tron: 4 + 5 of the body',
      `TJCnK${'1'.repeat(24)}6sxMW`,
      'TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW',
      { prefix: 4, suffix: 5 },
    ],
    ['Tron vs EVM never compare', 'TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW', known, undefined],
    [
      'bech32: 3 + 3 after bc1q',
      'bc1qar0ssssssssssssssssssssssssssssssmdq',
      'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      { prefix: 4, suffix: 3 },
    ],
  ])('%s', (_name, candidate, intended, expected) => {
    const got = looksLike(candidate, intended);
    expect(got && { prefix: got.prefix, suffix: got.suffix }).toEqual(expected);
  });
});
