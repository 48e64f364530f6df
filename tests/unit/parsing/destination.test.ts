import { describe, expect, it } from 'vitest';
import { classifyDestination, maskAccount } from '../../../src/parsing/destination';
import { passesLuhn } from '../../../src/parsing/checksums';

/** [text, kind, stored value] — real or real-looking destinations from withdrawal forms. */
const CASES: Array<[string, string, string]> = [
  // EVM, case kept (EIP-55 test vectors)
  [
    '0x52908400098527886E0F7030069857D2E4169EE7',
    'evm',
    '0x52908400098527886E0F7030069857D2E4169EE7',
  ],
  [
    '0xde709f2102306220921060314715629080e2fb77',
    'evm',
    '0xde709f2102306220921060314715629080e2fb77',
  ],
  [
    '  0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\n',
    'evm',
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  ],
  [
    '0x5aAe b605 3F3E94C9b9A09f33669435E7Ef1BeAed',
    'evm',
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  ],
  [
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\u200b',
    'evm',
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  ],
  [
    'ethereum:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed@1/transfer?value=1',
    'evm',
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  ],
  [
    '收款地址：0xde709f2102306220921060314715629080e2fb77',
    'evm',
    '0xde709f2102306220921060314715629080e2fb77',
  ],
  // Bitcoin: bech32 (BIP 173), bech32m (BIP 350), base58 P2PKH and P2SH
  [
    'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
    'btc',
    'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  ],
  [
    'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4',
    'btc',
    'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
  ],
  [
    'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
    'btc',
    'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0',
  ],
  [
    'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx',
    'btc',
    'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx',
  ],
  [
    'bitcoin:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq?amount=0.1',
    'btc',
    'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  ],
  ['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', 'btc', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
  ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 'btc', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy'],
  // Tron, Solana
  ['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', 'tron', 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'],
  [
    'So11111111111111111111111111111111111111112',
    'solana',
    'So11111111111111111111111111111111111111112',
  ],
  [
    'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v',
    'solana',
    'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v',
  ],
  // Other chains
  ['LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9', 'crypto-other', 'LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9'],
  ['DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L', 'crypto-other', 'DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L'],
  ['rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh', 'crypto-other', 'rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh'],
  [
    'cosmos1hsk6jryyqjfhp5dhc55tc9jtckygx0eph6dd02',
    'crypto-other',
    'cosmos1hsk6jryyqjfhp5dhc55tc9jtckygx0eph6dd02',
  ],
  [
    '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A',
    'crypto-other',
    '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A',
  ],
  [
    'EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2N',
    'crypto-other',
    'EQCD39VS5jcptHL8vMjEXrzGaRcCVYto7HUn4bpAOg8xqB2N',
  ],
  ['0x' + 'a1'.repeat(32), 'crypto-other', '0x' + 'a1'.repeat(32)],
  // IBAN
  ['DE89 3704 0044 0532 0130 00', 'iban', '****3000'],
  ['DE89370400440532013000', 'iban', '****3000'],
  ['IBAN: GB82 WEST 1234 5698 7654 32', 'iban', '****5432'],
  ['fr1420041010050500013m02606', 'iban', '****2606'],
  ['DE89 3704 0044 0532 0130 01', 'bank-account', '****3001'],
  // Cards
  ['4111 1111 1111 1111', 'card', '****1111'],
  ['5500-0000-0000-0004', 'card', '****0004'],
  ['378282246310005', 'card', '****0005'],
  ['6200000000000005', 'card', '****0005'],
  ['6205500000000000004', 'card', '****0004'],
  ['6222 0212 3456 7894', 'card', '****7894'],
  ['6222 0212 3456 7890 123', 'card', '****0123'],
  ['**** **** **** 1234', 'card', '****1234'],
  ['6222 •••• •••• 1234', 'card', '****1234'],
  ['招商银行储蓄卡(尾号1234)', 'card', '****1234'],
  // Bank accounts
  ['4111 1111 1111 1112', 'bank-account', '****1112'],
  ['12345678', 'bank-account', '****5678'],
  ['000123456789', 'bank-account', '****6789'],
  ['账号: 1234 5678 9012', 'bank-account', '****9012'],
  ['尾号 5678', 'bank-account', '****5678'],
  // Email, phone — 支付宝账号 (Alipay account) is one or the other
  ['zhang.san@163.com', 'email', 'z***@163.com'],
  ['支付宝账号: Zhang.San@163.COM', 'email', 'Z***@163.com'],
  ['mailto:john@example.org', 'email', 'j***@example.org'],
  ['j***@example.com', 'email', 'j***@example.com'],
  ['支付宝账号：13800138000', 'phone', '****8000'],
  ['13800138000', 'phone', '****8000'],
  ['１３８００１３８０００', 'phone', '****8000'],
  ['138****8000', 'phone', '****8000'],
  ['+86 138 0013 8000', 'phone', '****8000'],
  ['+1 (555) 123-4567', 'phone', '****4567'],
  ['(555) 123-4567', 'phone', '****4567'],
  ['tel:+44 20 7946 0958', 'phone', '****0958'],
];

const UNKNOWN = [
  '',
  '   ',
  'hello',
  'Withdraw to my wallet',
  '12345',
  '0x123',
  '0x52908400098527886E0F7030069857D2E4169EE',
  'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx',
  'BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3t4',
  '(12) 34',
  'a'.repeat(10_000),
];

describe('classifyDestination', () => {
  it.each(CASES)('%s → %s %s', (text, kind, value) => {
    expect(classifyDestination(text)).toEqual({ kind, value });
  });

  it.each(UNKNOWN)('%j is unknown', (text) => {
    expect(classifyDestination(text)).toBeUndefined();
  });

  it('stores addresses in full, and of numbers only their last four', () => {
    for (const [text, kind, value] of CASES) {
      const plain = text.normalize('NFKC').toLowerCase();
      if (['iban', 'card', 'bank-account', 'phone'].includes(kind)) {
        expect(value).toMatch(/^\*{4}[0-9A-Z]{4}$/);
        expect(plain.replace(/\W/g, '')).toMatch(new RegExp(`${value.slice(4).toLowerCase()}$`));
      } else if (kind !== 'email') {
        expect(plain.replace(/\s/g, '')).toContain(value.toLowerCase());
      }
    }
  });

  it('never throws', () => {
    for (const text of [null, undefined, 42, {}, '\ud800', '@', ':', '：', '0x'] as unknown[])
      expect(() => classifyDestination(text as string)).not.toThrow();
  });

  it('checks Luhn with the known vectors', () => {
    expect(['4111111111111111', '79927398713', '0'].map(passesLuhn)).toEqual([true, true, true]);
    expect(['4111111111111112', '79927398710'].map(passesLuhn)).toEqual([false, false]);
  });
});

describe('maskAccount', () => {
  it.each([
    ['6222 0212 3456 7894', '****7894'],
    ['DE89 3704 0044 0532 0130 00', '****3000'],
    ['gb82west12345698765432', '****5432'],
    ['123', '****'],
    ['', '****'],
  ])('%j → %s', (text, masked) => {
    expect(maskAccount(text)).toBe(masked);
  });
});
