import { walletForHost } from '../../catalog';
import { CRYPTO_TICKERS, ISO_CURRENCIES } from '../../parsing/currency-data';
import { MAX_CUSTOM_SITES, type CustomSite } from '../../storage/settings';
import { language } from '../../wording/i18n';
import { walletName } from '../../wording/wallet-name';
import { bad, ok, type Parsed } from './problem';

/**
 * Field validators of the options page: pure, one per kind of input, each turning what the
 * user typed into the stored value or a Problem said in their language. A form saves only
 * when every field parses (see the sections), so half-filled input never reaches storage.
 */

/** Digits with at most one decimal point: what the settings store (no sign, no exponent). */
const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;

/** A number from a text field within `[min, max]`, whole when `int`. */
export function parseNumber(
  text: string,
  range: { min: number; max: number; int: boolean },
): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return bad('optionsErrorRequired');
  if (!PLAIN_DECIMAL.test(trimmed)) {
    return range.int ? bad('optionsErrorWhole') : bad('optionsErrorNumber');
  }
  const value = Number(trimmed);
  if (range.int && !Number.isInteger(value)) return bad('optionsErrorWhole');
  if (value < range.min || value > range.max) {
    // Plain digits, as the field takes them: "1,000" would not parse back.
    return bad('optionsErrorRange', String(range.min), String(range.max));
  }
  return ok(value);
}

/**
 * A withdrawal limit as the rules compare it: a positive decimal string ("5000", "0.25"),
 * leading zeros dropped. An empty field is "no limit" (undefined).
 */
export function parseLimitAmount(text: string): Parsed<string | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(undefined);
  if (!PLAIN_DECIMAL.test(trimmed)) return bad('optionsErrorAmount');
  const [whole = '', fraction] = trimmed.split('.');
  if (whole.length > 20 || (fraction?.length ?? 0) > 18) return bad('optionsErrorAmount');
  if (!/[1-9]/.test(trimmed)) return bad('optionsErrorAmountZero');
  const normalised = (whole.replace(/^0+(?=\d)/, '') || '0') + (fraction ? `.${fraction}` : '');
  return ok(normalised);
}

const KNOWN_CURRENCIES = new Set(`${ISO_CURRENCIES} ${CRYPTO_TICKERS}`.split(/\s+/));

/** Every code the currency field accepts, sorted: ISO 4217 codes, then crypto tickers. */
export const CURRENCY_CHOICES: readonly string[] = [
  ...ISO_CURRENCIES.split(/\s+/),
  ...CRYPTO_TICKERS.split(/\s+/),
];

/** An ISO 4217 code or a known crypto ticker, in any letter case; stored upper-case. */
export function parseCurrency(text: string): Parsed<string> {
  const code = text.trim().toUpperCase();
  if (code === '') return bad('optionsErrorCurrencyEmpty');
  if (!KNOWN_CURRENCIES.has(code)) return bad('optionsErrorCurrencyUnknown', text.trim());
  return ok(code);
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * The origin of a wallet site the user adds ("max.maicoin.com/login" → "https://max.maicoin.com").
 * Only https, a domain name, no port (the worker admits only default-port origins), not a
 * catalog wallet (already watched), not already in the list.
 */
export function parseSiteUrl(text: string, existing: readonly CustomSite[]): Parsed<string> {
  const trimmed = text.trim();
  if (trimmed === '') return bad('optionsSiteErrorEmpty');
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return bad('optionsSiteErrorInvalid');
  }
  if (url.protocol === 'http:') return bad('optionsSiteErrorHttps');
  if (url.protocol !== 'https:' || url.username || url.password) {
    return bad('optionsSiteErrorInvalid');
  }
  if (url.port !== '') return bad('optionsSiteErrorPort');
  const host = url.hostname;
  if (!host.includes('.') || host.endsWith('.') || IPV4.test(host) || host.startsWith('[')) {
    return bad('optionsSiteErrorHost');
  }
  const wallet = walletForHost(host);
  if (wallet) return bad('optionsSiteErrorCatalog', walletName(wallet.id, language()));
  if (existing.some((site) => site.origin === url.origin)) {
    return bad('optionsSiteErrorDuplicate');
  }
  if (existing.length >= MAX_CUSTOM_SITES) return bad('optionsSiteErrorTooMany', MAX_CUSTOM_SITES);
  return ok(url.origin);
}
