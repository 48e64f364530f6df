import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WALLETS } from '../../../src/catalog';
import { checkHost } from '../../../src/rules';
import { OWN_DOMAINS } from '../../../src/rules/lookalike-domain/brands';
import { decodePunycode } from '../../../src/rules/lookalike-domain/punycode';

describe('checkHost flags imitations', () => {
  it.each([
    ['binance-verify.com', 'binance', 'brand-plus-word'],
    ['secure-coinbase-login.net', 'coinbase', 'brand-plus-word'],
    ['okxwallet.app', 'okx', 'brand-plus-word'],
    ['yourgeminiclaims.com', 'gemini', 'brand-plus-word'],
    ['htx-airdrop.com', 'htx', 'brand-plus-word'],
    ['web3-gate.io', 'gate', 'brand-plus-word'],
    ['crypto-com-login.net', 'crypto-com', 'brand-plus-word'],
    ['binance.com.au', 'binance', 'brand-other-suffix'],
    ['okx.xyz', 'okx', 'brand-other-suffix'],
    ['binnance.com', 'binance', 'edit-distance'],
    ['coinbsae.com', 'coinbase', 'edit-distance'],
    ['krakne-support.com', 'kraken', 'edit-distance'],
    ['coin-base.org', 'coinbase', 'edit-distance'],
    ['xn--binnce-kta.com', 'binance', 'homoglyph'],
    ['xn--gte-6cd.io', 'gate', 'homoglyph'], // gаte.io, Cyrillic а
    ['xn--pypal-4ve.com', 'paypal', 'homoglyph'],
    ['c0inbase.com', 'coinbase', 'homoglyph'],
    ['paypa1.com', 'paypal', 'homoglyph'],
    ['vvise.com', 'wise', 'homoglyph'],
    ['rnexc.com', 'mexc', 'homoglyph'],
    ['binance.jerseyexchange.site', 'binance', 'brand-subdomain'],
    ['www.paypal.com.account-check.net', 'paypal', 'brand-subdomain'],
    ['crypto.com.secure-verify.net', 'crypto-com', 'brand-subdomain'],
    ['coinbase.blogspot.com', 'coinbase', 'brand-subdomain'],
    ['binance-wallet.netlify.app', 'binance', 'brand-plus-word'],
    ['BINANCE-VERIFY.COM.', 'binance', 'brand-plus-word'],
    // Issue 14: dnstwist's fuzzers, and what they miss in real phishing data.
    ['paypul.com', 'paypal', 'edit-distance'], // vowel swap
    ['binancg.com', 'binance', 'edit-distance'], // one bit flipped
    ['pa7pal.com', 'paypal', 'edit-distance'], // the key above
    ['bi4nance-login.com', 'binance', 'edit-distance'], // a digit inserted, then a word
    ['paypulsupport.com', 'paypal', 'edit-distance'], // a slip glued to a word
    ['mybinanse.com', 'binance', 'edit-distance'],
    ['baybit.com', 'bybit', 'edit-distance'], // a 5-letter brand
    ['bybti.com', 'bybit', 'edit-distance'],
    ['g-emini.com', 'gemini', 'edit-distance'], // a word brand, under its own suffix
    ['crypto0.com', 'crypto-com', 'edit-distance'],
    ['a1lpay.com', 'alipay', 'homoglyph'], // l and i both as 1 or l
    ['xn--inance-hqb.com', 'binance', 'homoglyph'], // ƀinance: a letter with a stroke
    ['xn--krake-8q3s.com', 'kraken', 'homoglyph'], // krakeꞑ
    ['qate.io', 'gate', 'homoglyph'], // a short brand's look, under its own suffix
    ['bi.nance.com', 'binance', 'brand-subdomain'],
    ['ga.te.io', 'gate', 'brand-subdomain'],
    ['cryptocom.com', 'crypto-com', 'brand-plus-word'],
    // `ii` (or `il`, `li`, `ll`) for `u`, alone and with another edit (issue 14's known gap).
    ['revoliit.com', 'revolut', 'homoglyph'],
    ['kiicoin.com', 'kucoin', 'homoglyph'],
    ['rev0liit-app.com', 'revolut', 'homoglyph'],
    ['kiicoins.com', 'kucoin', 'edit-distance'], // and a letter added
    ['kiicion.com', 'kucoin', 'edit-distance'], // and two letters swapped
    ['kilcoln.com', 'kucoin', 'homoglyph'], // and `i` as `l`
  ])('%s imitates %s (%s)', (host, walletId, reason) => {
    expect(checkHost(host)).toMatchObject({ walletId, reason });
  });
});

describe('checkHost leaves alone', () => {
  it.each([
    // Everyday words and other brands that contain or resemble a short brand.
    'gemini.google.com',
    'gateway.com',
    'navigate.io',
    'otherwise.com',
    'cashback.com',
    'cryptocompare.com',
    'j-crypto.com',
    'mycrypto.com',
    'htx-plumbing.com',
    'grokx.ai',
    'amexcard.com',
    'finance.yahoo.com',
    'revolution.com',
    'skillshare.com',
    'livechat.com',
    'webchat.org',
    'papal.va',
    'allpay.net',
    'pioneer.com',
    'paypay.ne.jp',
    'bitgert.com',
    'stargate.finance',
    'jucoin.com',
    // One slip from a brand, but words and names of their own (issue 14).
    'finance.com',
    'venom.com',
    'bitstar.com',
    'ecrypto.com',
    'cryptos.com',
    'geminis.com',
    'wine.com',
    'okc.com',
    'gates.com',
    'jb.com',
    'jdd.com',
    'mexco.com',
    'bitstarz.com',
    'makerdao.com', // maker + dao: one merge from (k)raken
    'maker-dao.com',
    'financeapp.com',
    'venomswap.com',
    // Not hosts a browser opens for a site.
    '',
    'localhost',
    '127.0.0.1',
    '[::1]',
  ])('%s', (host) => {
    expect(checkHost(host)).toBeUndefined();
  });

  const own = WALLETS.flatMap((w) => [
    ...w.hosts,
    new URL(w.help).hostname,
    new URL(w.contact).hostname,
  ]);
  const extra = Object.values(OWN_DOMAINS).flatMap((ds) =>
    ds.flatMap((d) => [d, `www.${d}`, `api.${d}`]),
  );
  it.each([...new Set([...own, ...extra])])('own domain %s', (host) => {
    expect(checkHost(host)).toBeUndefined();
  });

  it('covers every catalog wallet', () => {
    for (const w of WALLETS) expect(OWN_DOMAINS[w.id], w.id).toBeDefined();
  });
});

describe('punycode', () => {
  // Node's own IDNA decoder is the oracle.
  it.each(['mnchen-3ya', 'binnce-kta', 'fsq', '80ak6aa92e', 'bnance-bwa', 'coinbas-z8a'])(
    '%s',
    (input) => {
      expect(decodePunycode(input)).toBe(domainToUnicode(`xn--${input}.com`).slice(0, -4));
    },
  );
  it('rejects garbage', () => expect(decodePunycode('!!!')).toBeUndefined());
});

// In the repository (tests/data/top-sites, MIT) and the eth-phishing-detect devDependency (DBAD),
// so these run on a clean clone too (issue 19).
const topSites = path.resolve(__dirname, '../../data/top-sites/top-sites.json');
const metamask = createRequire(import.meta.url)('eth-phishing-detect/src/config.json') as {
  whitelist: string[];
};

describe('on real legitimate hosts', () => {
  it('flags none of the 500 top sites', () => {
    const sites = JSON.parse(readFileSync(topSites, 'utf8')) as Array<{ rootDomain: string }>;
    expect(sites).toHaveLength(500);
    expect(sites.map((s) => s.rootDomain).filter((h) => checkHost(h))).toEqual([]);
  });

  it("flags at most 0.5% of MetaMask's whitelist of near-miss domains", () => {
    expect(metamask.whitelist).toHaveLength(1138);
    const flagged = metamask.whitelist.filter((h) => checkHost(h));
    expect(flagged.length, flagged.join(' ')).toBeLessThanOrEqual(5);
  });
});
