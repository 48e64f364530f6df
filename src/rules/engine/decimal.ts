import Big from 'big.js';

const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * An amount as exact decimal: limits compare sums of what the user typed, and in binary floating
 * point 0.1 + 0.2 > 0.3 would report an overrun of a 0.3 cap. Undefined for anything else.
 */
export function toBig(value: unknown): Big | undefined {
  if (typeof value !== 'string' || !DECIMAL.test(value)) return undefined;
  return new Big(value);
}
