import { CURRENCY_SYMBOLS, parseAmount } from '../parsing/amount';
import { classifyDestination } from '../parsing/destination';
import type { Amount } from '../model/event-types';
import {
  controlLabel,
  fieldDescriptor,
  fieldLabel,
  headingText,
  isSecretField,
  isVisible,
  visibleText,
  visiblePasswordFields,
} from './dom';
import { readPlainField } from './field-value';
import { CHALLENGE_FIELD, matchesAny } from './phrases';
import {
  ADDRESS_FIELD,
  AMOUNT_FIELD,
  DESTINATION_FIELD,
  WITHDRAW_CONTEXT,
  WITHDRAW_PATH,
} from './withdrawal-phrases';

/**
 * Reading a withdrawal form: which container it is, how much, in what currency, to where.
 * Works from what any such page has — an amount field, and words or a URL saying money
 * leaves — rather than from any site's markup.
 */
export interface WithdrawalForm {
  container: Element;
  amountInput: HTMLInputElement;
}

const MAX_DEPTH = 10;
/** Text beyond this is a whole page, not a form: its words do not make the form a withdrawal. */
const CONTEXT_TEXT_LIMIT = 1500;
const CANDIDATE_INPUTS =
  'input:not([type]), input[type="text" i], input[type="number" i], input[type="tel" i]';

function isAmountInput(input: HTMLInputElement): boolean {
  if (!isVisible(input) || isSecretField(input) || input.readOnly) return false;
  const descriptor = fieldDescriptor(input);
  if (CHALLENGE_FIELD.test(descriptor) || DESTINATION_FIELD.test(descriptor)) return false;
  const mode = input.getAttribute('inputmode') ?? '';
  if (AMOUNT_FIELD.test(descriptor) || input.type === 'number' || mode === 'decimal') return true;
  // A bare field whose label beside it says "Amount" (a table or <div> layout).
  const label = fieldLabel(input);
  return AMOUNT_FIELD.test(label) && !CHALLENGE_FIELD.test(label) && !DESTINATION_FIELD.test(label);
}

/** Attributes and the label beside it: what a field is, for a layout without names. */
const described = (input: Element) => `${fieldDescriptor(input)} ${fieldLabel(input)}`;

function amountInputIn(root: Element): HTMLInputElement | undefined {
  const inputs = Array.from(root.querySelectorAll<HTMLInputElement>(CANDIDATE_INPUTS)).filter(
    isAmountInput,
  );
  return inputs.find((i) => AMOUNT_FIELD.test(described(i))) ?? inputs[0];
}

/** Does the container (or the page URL) say this is a withdrawal? */
export function saysWithdrawal(container: Element): boolean {
  if (WITHDRAW_PATH.test(location.pathname)) return true;
  const buttons = Array.from(
    container.querySelectorAll('button, [role="button"], [role="tab"][aria-selected="true"]'),
  )
    .map((b) => controlLabel(b))
    .join(' ');
  const text = visibleText(container, CONTEXT_TEXT_LIMIT + 1);
  const body = text.length <= CONTEXT_TEXT_LIMIT ? text : '';
  return matchesAny(
    `${headingText(container)} ${buttons} ${body} ${document.title}`,
    WITHDRAW_CONTEXT,
  );
}

/**
 * The withdrawal form around `from` (a clicked control or a focused field), if any. A box with a
 * password field and no amount field is reached first when `from` is a sign-in (a session-expired
 * dialog over the withdraw page) or a later step (the payment password): that is not the amount's
 * form, whatever the page around it holds.
 */
export function withdrawalFormAround(from: Element): WithdrawalForm | undefined {
  let node: Element | null = from;
  let amountInput: HTMLInputElement | undefined;
  for (let depth = 0; node && node !== document.documentElement && depth < MAX_DEPTH; depth += 1) {
    amountInput ??= amountInputIn(node);
    if (!amountInput && visiblePasswordFields(node).length > 0) return undefined;
    if (amountInput && saysWithdrawal(node)) return { container: node, amountInput };
    node = node.parentElement;
  }
  return undefined;
}

/**
 * A ticker: upper case, or as issuers style their own ("USDt" on Bitfinex, "wBTC"): two capitals
 * at least, so that a word ("Fee", "Try") is never read as one. Without the mixed-case form, a
 * form labelled "Amount (USDt)" took the network's "TRX" from the row above (issue 14).
 */
const CURRENCY_TOKEN = /(?:^|[^A-Za-z0-9])([A-Za-z][A-Za-z0-9]{1,9})(?![A-Za-z0-9])/g;
const TICKER_CAPITALS = /[A-Z].*[A-Z]/;
// Words that stand next to an amount field and are no currency (IBAN: the destination's label).
const NOT_CURRENCIES = new Set([
  'MAX',
  'ALL',
  'MIN',
  'FEE',
  'TO',
  'OK',
  'ID',
  'KYC',
  'API',
  'IBAN',
  'BIC',
  'SWIFT',
  'SEPA',
  'PIN',
  'SMS',
  'OTP',
]);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
interface SymbolPattern {
  symbol: string;
  fallback: string;
  pattern: RegExp;
}
let symbolPatterns: SymbolPattern[] | undefined;

/**
 * Longest first ("US$" before "$", "美元" before "元"); a symbol made of letters must stand alone.
 * Built on the first withdrawal, not when the script loads: seventy `\p{L}` patterns cost every
 * wallet page several milliseconds of main thread before anything happens (issue 9).
 */
function symbolPatternsOnce(): SymbolPattern[] {
  symbolPatterns ??= [...CURRENCY_SYMBOLS]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([symbol, codes]) => ({
      symbol,
      fallback: codes.split(' ')[0] as string,
      pattern: new RegExp(`(?<!\\p{L})${escape(symbol)}(?!\\p{L})`, 'u'),
    }));
  return symbolPatterns;
}

/** Text without its numbers: what is left next to an amount names its currency, if anything. */
const NUMBERS = /[-+]?[\d０-９][\d０-９.,\s'’]*/g;

/**
 * The currency shown next to the amount field ("USDT", "元", a currency picker reading "EUR"),
 * looked for in the field's parent first, then one and two levels up.
 */
function currencyNear(input: HTMLInputElement, lang: string | undefined): string | undefined {
  let node: Element | null = input.parentElement;
  for (let depth = 0; node && depth < 3; depth += 1, node = node.parentElement) {
    const words = visibleText(node, 160).replace(NUMBERS, ' ');
    const tokens = [...words.matchAll(CURRENCY_TOKEN)]
      .map((m) => m[1] as string)
      .filter((t) => TICKER_CAPITALS.test(t));
    const code = tokens
      .map((t) => t.toUpperCase())
      .find((t) => !NOT_CURRENCIES.has(t) && parseAmount(`1 ${t}`)?.currency === t);
    if (code) return code;
    const symbol = symbolPatternsOnce().find(({ pattern }) => pattern.test(words));
    if (symbol) return parseAmount(`1 ${symbol.symbol}`, { lang })?.currency ?? symbol.fallback;
  }
  return undefined;
}

export function readAmount(form: WithdrawalForm): Amount | undefined {
  const raw = readPlainField(form.amountInput);
  if (!raw) return undefined;
  const lang = document.documentElement.lang || undefined;
  const near = currencyNear(form.amountInput, lang);
  const parsed = parseAmount(raw, { lang, currency: near });
  if (!parsed || /^0*(\.0*)?$/.test(parsed.value)) return undefined;
  // "XXX" is ISO 4217's "no currency": the amount is kept even when the page never names one.
  return { value: parsed.value, currency: parsed.currency ?? near ?? 'XXX' };
}

const CRYPTO_KINDS = new Set(['evm', 'btc', 'tron', 'solana', 'crypto-other']);
const KEY_SHAPED = /^0x[0-9a-f]{64}$/i;
const ADDRESS_IN_TEXT =
  /\b(0x[0-9a-fA-F]{40}|bc1[02-9ac-hj-np-z]{11,71}|T[1-9A-HJ-NP-Za-km-z]{33}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b/;
const MASKED_IN_TEXT =
  /(?:尾号|末尾|끝번호|ending in|ends in|ending)\s*[:：]?\s*(\d{4})|(?:[*•·xX]{2,}\s?)(\d{4})\b/i;

/** Where the money goes: an address or account field, else what the step shows as text. */
export function readDestination(
  container: Element,
  amountInput?: HTMLInputElement,
): string | undefined {
  const inputs = Array.from(
    container.querySelectorAll<HTMLInputElement>(`${CANDIDATE_INPUTS}, textarea`),
  ).filter((i) => i !== amountInput && isVisible(i));
  const ordered = [
    ...inputs.filter((i) => DESTINATION_FIELD.test(described(i))),
    ...inputs.filter((i) => !DESTINATION_FIELD.test(described(i))),
  ];
  for (const input of ordered) {
    const value = readPlainField(input);
    const destination = value ? classifyDestination(value) : undefined;
    if (!destination) continue;
    const says = described(input);
    // `0x` + 64 hex is an Aptos or Sui address, and also how a private key looks (issue 19,
    // class 5): taken only from a field that says it is an address.
    if (KEY_SHAPED.test(destination.value) && !ADDRESS_FIELD.test(says)) continue;
    // A field that does not say it is the destination counts only if it holds an address:
    // a memo, tag or note full of digits is not an account number.
    if (DESTINATION_FIELD.test(says) || CRYPTO_KINDS.has(destination.kind)) {
      return destination.value;
    }
  }
  const text = visibleText(container, 4000);
  const address = ADDRESS_IN_TEXT.exec(text);
  if (address) return classifyDestination(address[1] as string)?.value ?? address[1];
  const masked = MASKED_IN_TEXT.exec(text);
  if (masked) return `****${masked[1] ?? masked[2]}`;
  return undefined;
}
