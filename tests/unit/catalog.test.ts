import fs from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  WALLETS,
  catalogHosts,
  getWallet,
  matchPatternsFor,
  walletForHost,
} from '../../src/catalog/index';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// A lowercase DNS name with at least one dot: no scheme, port, path, wildcard or trailing dot.
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const REQUIRED_IDS = [
  'alipay',
  'binance',
  'bitget',
  'bybit',
  'cash-app',
  'coinbase',
  'crypto-com',
  'gemini',
  'htx',
  'kraken',
  'kucoin',
  'neteller',
  'okx',
  'payoneer',
  'paypal',
  'revolut',
  'skrill',
  'venmo',
  'wechat-pay',
  'wise',
];

// Help centres run by a vendor on its own domain rather than the wallet's.
const THIRD_PARTY_HELP_HOSTS = new Set(['payoneer.custhelp.com']);

/** Last two labels: enough for every host in the catalog (no `.com.cn`-style suffixes yet). */
const siteOf = (host: string) => host.split('.').slice(-2).join('.');

const isSortedUnique = (xs: readonly string[]) => xs.every((x, i) => i === 0 || xs[i - 1]! < x);

describe('catalog data', () => {
  const ids = WALLETS.map((w) => w.id);

  it('has unique, kebab-case ids in sorted order', () => {
    for (const id of ids) expect(id).toMatch(KEBAB);
    expect(isSortedUnique(ids)).toBe(true);
  });

  it('contains every required wallet', () => {
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
  });

  it('is large and varied enough', () => {
    expect(WALLETS.length).toBeGreaterThanOrEqual(20);
    expect(WALLETS.some((w) => w.kind === 'payment')).toBe(true);
    expect(WALLETS.some((w) => w.kind === 'exchange')).toBe(true);
    expect(WALLETS.filter((w) => w.regions.includes('cn')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(WALLETS.map((w) => [w.id, w] as const))('%s is well formed', (_id, w) => {
    expect(w.name.en.trim()).not.toBe('');
    expect(w.name.zh.trim()).not.toBe('');
    expect(w.regions.length).toBeGreaterThan(0);
    expect(isSortedUnique(w.regions)).toBe(true);

    expect(w.hosts.length).toBeGreaterThan(0);
    for (const host of w.hosts) expect(host).toMatch(HOST);
    expect(isSortedUnique(w.hosts)).toBe(true);

    const sites = new Set(w.hosts.map(siteOf));
    for (const link of [w.help, w.contact, ...(w.appeal ? [w.appeal] : [])]) {
      const url = new URL(link);
      expect(url.protocol).toBe('https:');
      expect(url.port).toBe('');
      // A typo or a stale domain here would send a user in trouble to a stranger.
      expect(sites.has(siteOf(url.hostname)) || THIRD_PARTY_HELP_HOSTS.has(url.hostname)).toBe(
        true,
      );
    }
  });

  it('gives every host to exactly one wallet', () => {
    const all = WALLETS.flatMap((w) => w.hosts);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('catalog lookups', () => {
  it('finds wallets by id', () => {
    expect(getWallet('paypal')?.name.en).toBe('PayPal');
    expect(getWallet('nope')).toBeUndefined();
  });

  it.each([
    ['www.paypal.com', 'paypal'],
    ['WWW.PayPal.com', 'paypal'],
    ['www.paypal.com.', 'paypal'],
    ['accounts.binance.com', 'binance'],
    ['auth.alipay.com', 'alipay'],
    ['cash.app', 'cash-app'],
  ])('maps host %s to %s', (host, id) => {
    expect(walletForHost(host)?.id).toBe(id);
  });

  it.each(['paypal.com', 'evil.www.paypal.com', 'www.paypal.com.evil.example', ''])(
    'does not map %j (exact hosts only)',
    (host) => {
      expect(walletForHost(host)).toBeUndefined();
    },
  );

  it('lists catalog hosts sorted and unique', () => {
    const hosts = catalogHosts();
    expect(isSortedUnique(hosts)).toBe(true);
    expect(hosts.length).toBe(WALLETS.flatMap((w) => w.hosts).length);
  });

  it('builds sorted HTTPS match patterns', () => {
    expect(matchPatternsFor(['b.example.com', 'a.example.com'])).toEqual([
      'https://a.example.com/*',
      'https://b.example.com/*',
    ]);
  });
});

describe('manifest', () => {
  const manifest = JSON.parse(
    fs.readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'),
  ) as { host_permissions: string[]; content_scripts: { matches: string[] }[] };
  const expected = matchPatternsFor(catalogHosts());

  it('asks for exactly the catalog hosts', () => {
    expect(manifest.host_permissions).toEqual(expected);
  });

  it('injects the content script on exactly the catalog hosts', () => {
    expect(manifest.content_scripts[0]?.matches).toEqual(expected);
  });

  it('never asks for broad access', () => {
    for (const pattern of [...manifest.host_permissions, ...manifest.content_scripts[0]!.matches]) {
      expect(pattern).not.toBe('<all_urls>');
      expect(pattern.startsWith('*://')).toBe(false);
      expect(pattern).not.toContain('*.');
    }
  });
});
