import { codeBoxes, isCodeField, isSecretField } from './dom';

/**
 * The one place the content script reads what is in a field, for the amount and destination
 * of a withdrawal only. Secret fields (passwords, codes, PINs, CVVs, card numbers, seed
 * phrases) are refused here, before their value is touched; callers never read `.value`
 * themselves (lint forbids it in src/content).
 */
export function readPlainField(el: Element): string | undefined {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return undefined;
  if (isSecretField(el)) return undefined;
  if (el instanceof HTMLInputElement && !PLAIN_TYPES.has(el.type)) return undefined;
  // eslint-disable-next-line sentinel/no-field-value -- audited: secret fields were refused above.
  const value = el.value;
  return value.length > 0 && value.length <= 256 ? value : undefined;
}

const PLAIN_TYPES = new Set(['text', 'number', 'tel', 'search', 'email', '']);

/**
 * The digits of a one-time code the person typed (a code field, or a row of single-digit boxes
 * read together), only so typed-codes.ts can turn them at once into a salted fingerprint: a
 * site that repeats the code in its error text must not get it stored in the message (issue
 * 19, class 5). Never a password field; 4 to 10 digits or nothing. The caller keeps only the
 * fingerprint.
 */
export function readTypedCode(el: Element): string | undefined {
  if (!isCodeField(el)) return undefined;
  const digits = codeBoxes(el)
    // eslint-disable-next-line sentinel/no-field-value -- audited: code fields only, digits only, fingerprinted by the caller.
    .map((box) => box.value)
    .join('');
  return /^\d{4,10}$/.test(digits) ? digits : undefined;
}
