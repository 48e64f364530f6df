import { isSecretField } from './dom';

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
