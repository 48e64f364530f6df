import { checkHost } from '../src/rules';
import { atMost, medianMs, random, type Figure } from './measure';

const WORDS = [
  'secure',
  'login',
  'wallet',
  'support',
  'news',
  'shop',
  'cloud',
  'mail',
  'app',
  'blog',
];
const BRANDS = [
  'binance',
  'coinbase',
  'okx',
  'kraken',
  'paypal',
  'gate',
  'wise',
  'google',
  'github',
];
const SUFFIXES = ['com', 'net', 'io', 'xyz', 'co.uk', 'com.au', 'pages.dev', 'app'];

/** Ten thousand hosts like a browsing history: brands, words, subdomains, some punycode. */
function hosts(count: number): string[] {
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const label = next() < 0.3 ? `${pick(WORDS)}-${pick(BRANDS)}` : `${pick(WORDS)}${i}`;
    const sub = next() < 0.3 ? `${pick(WORDS)}.` : '';
    return next() < 0.02 ? `xn--${label.slice(0, 5)}-kta.com` : `${sub}${label}.${pick(SUFFIXES)}`;
  });
}

/** `checkHost` runs on every navigation the worker sees: 10,000 hosts must take well under 1 s. */
export function lookalikeFigures(): Figure[] {
  const list = hosts(10_000);
  const ms = medianMs(() => list.forEach((h) => checkHost(h)), 5);
  return [atMost('lookalike.check-host-10k', ms, 'ms', 500)];
}
