/**
 * How each catalog wallet's name shows up in a host, and the domains that are really its own.
 * Sorted by wallet id; tests/unit/rules/lookalike-brands.test.ts checks every catalog wallet is
 * here and every catalog host, help and contact link passes `checkHost`.
 *
 * `distinct`: a made-up word; found anywhere in a label (`secure-coinbase-login`, `bnbkraken`),
 * and within one edit when it has 6+ letters. `token`: short or an acronym (okx, mexc): only as a
 * whole token or glued to words of the phishing vocabulary (`okxwallet`), never `grokx`.
 * `context`: also an ordinary word or another brand (htx is Houston, Gemini is Google's): a
 * token that must come with a phishing word (`gemini-claim`, `htxairdrop`).
 * Multi-part tokens (`gate-io`, `crypto-com`) match as consecutive tokens or glued (`gateio`);
 * alone, `gate`, `wise`, `cash` and `crypto` are everyday words and are never matched.
 */
export type BrandKind = 'distinct' | 'token' | 'context';

export interface Brand {
  walletId: string;
  /** Lower-case parts; one part for single words. */
  parts: readonly string[];
  kind: BrandKind;
  /** The host's public suffix may complete the brand: `web3-gate.io`, `login-cash.app`. */
  suffixCompletes?: boolean;
  /** Real words containing a distinct brand, or one slip away from it: never a lookalike. */
  innocent?: readonly string[];
}

export const BRANDS: readonly Brand[] = [
  { walletId: 'alipay', parts: ['alipay'], kind: 'distinct', innocent: ['allpay', 'alpay'] },
  { walletId: 'binance', parts: ['binance'], kind: 'distinct', innocent: ['finance'] },
  { walletId: 'bitfinex', parts: ['bitfinex'], kind: 'distinct' },
  { walletId: 'bitget', parts: ['bitget'], kind: 'distinct', innocent: ['bitgert'] },
  { walletId: 'bitstamp', parts: ['bitstamp'], kind: 'distinct', innocent: ['bitstar'] },
  {
    walletId: 'bybit',
    parts: ['bybit'],
    kind: 'distinct',
    innocent: ['babybit', 'hobbybit', 'lobbybit'],
  },
  { walletId: 'cash-app', parts: ['cash', 'app'], kind: 'token', suffixCompletes: true },
  { walletId: 'coinbase', parts: ['coinbase'], kind: 'distinct' },
  {
    walletId: 'crypto-com',
    parts: ['crypto', 'com'],
    kind: 'token',
    innocent: ['cryptos'],
  },
  { walletId: 'gate', parts: ['gate', 'io'], kind: 'token', suffixCompletes: true },
  { walletId: 'gemini', parts: ['gemini'], kind: 'context', innocent: ['gemina', 'geminis'] },
  { walletId: 'htx', parts: ['htx'], kind: 'context' },
  { walletId: 'htx', parts: ['huobi'], kind: 'distinct' },
  { walletId: 'jd-pay', parts: ['jd', 'pay'], kind: 'token' },
  { walletId: 'kraken', parts: ['kraken'], kind: 'distinct' },
  { walletId: 'kucoin', parts: ['kucoin'], kind: 'distinct', innocent: ['jucoin'] },
  { walletId: 'mexc', parts: ['mexc'], kind: 'token' },
  { walletId: 'neteller', parts: ['neteller'], kind: 'distinct' },
  { walletId: 'okx', parts: ['okex'], kind: 'token' },
  { walletId: 'okx', parts: ['okx'], kind: 'token' },
  { walletId: 'payoneer', parts: ['payoneer'], kind: 'distinct' },
  { walletId: 'paypal', parts: ['paypal'], kind: 'distinct', innocent: ['papal'] },
  {
    walletId: 'revolut',
    parts: ['revolut'],
    kind: 'distinct',
    innocent: ['revolt', 'revolute', 'revolution'],
  },
  {
    walletId: 'skrill',
    parts: ['skrill'],
    kind: 'distinct',
    innocent: ['krill', 'skill', 'skrillex'],
  },
  { walletId: 'venmo', parts: ['venmo'], kind: 'distinct', innocent: ['venom'] },
  { walletId: 'wechat-pay', parts: ['wechat'], kind: 'distinct', innocent: ['webchat'] },
  { walletId: 'wechat-pay', parts: ['weixin'], kind: 'distinct', innocent: ['weixing'] },
  { walletId: 'wise', parts: ['transferwise'], kind: 'distinct' },
  { walletId: 'wise', parts: ['wise', 'com'], kind: 'token' },
];

/**
 * Registrable domains each wallet really owns (any host under them is the wallet's own), beyond
 * what the catalog lists. Only domains known to belong to the company: a guess here would hide a
 * phishing site.
 */
export const OWN_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  alipay: [
    'alipay.cn',
    'alipay.com',
    'alipayhk.com',
    'alipayobjects.com',
    'alipayplus.com',
    'antgroup.com',
  ],
  binance: [
    'binance.charity',
    'binance.cloud',
    'binance.co',
    'binance.com',
    'binance.info',
    'binance.net',
    'binance.org',
    'binance.th',
    'binance.tr',
    'binance.us',
    'binance.vision',
  ],
  bitfinex: ['bitfinex.com'],
  bitget: ['bitget.com'],
  bitstamp: ['bitstamp.net'],
  bybit: ['bybit.com', 'bybit.eu', 'bybitglobal.com'],
  'cash-app': ['cash.app', 'cash.me'],
  coinbase: ['coinbase.cloud', 'coinbase.com'],
  'crypto-com': ['crypto.com'],
  gate: ['gate.com', 'gate.io'],
  gemini: ['gemini.com'],
  htx: ['htx.com', 'huobi.com', 'huobi.pro', 'huobipro.com'],
  'jd-pay': ['jd.com', 'jdpay.com'],
  kraken: ['kraken.com'],
  kucoin: ['kucoin.com'],
  mexc: ['mexc.com'],
  neteller: ['neteller.com'],
  okx: ['okex.com', 'okx.com'],
  payoneer: ['payoneer.com'],
  paypal: [
    'paypal-community.com',
    'paypal-corp.com',
    'paypal.com',
    'paypal.me',
    'paypalobjects.com',
  ],
  revolut: ['revolut.com', 'revolut.me'],
  skrill: ['skrill.com'],
  venmo: ['venmo.com'],
  'wechat-pay': ['qq.com', 'tenpay.com', 'wechat.com'],
  wise: ['transferwise.com', 'wise.com'],
};

/** Hosts of a wallet on someone else's domain (its help centre hosted by a vendor). */
export const OWN_HOSTS: Readonly<Record<string, readonly string[]>> = {
  payoneer: ['payoneer.custhelp.com'],
};
