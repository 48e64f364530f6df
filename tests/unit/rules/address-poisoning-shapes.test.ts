// Address-poisoning shapes a mutation check found untested: an imitation matching only the end
// (vanity generators often match just the last characters wallets show) and, with several
// lookalikes in the history, naming the closest one.
import { describe, expect, it } from 'vitest';
import { looksLike } from '../../../src/rules/address-poisoning/looks-like';
import { DAY, events, findingsOf, utc } from './events';

const T0 = utc('2026-11-01T09:00');
/** An all-lower-case EVM address (no checksum to honour) from its 40 hex characters. */
const evm = (body: string) => {
  if (!/^[0-9a-f]{40}$/.test(body)) throw new Error(`not 40 hex characters: ${body}`);
  return `0x${body}`;
};
const to = (at: number, destination: string) => ({
  at,
  kind: 'withdrawal.attempt' as const,
  destination,
  amount: { value: '10', currency: 'USDT' },
});

describe('address poisoning by shape', () => {
  const known = evm('52908400098527886e0f7030069857d2e4169ee7');
  // Nothing in common at the start; the last six characters equal, the seventh from the end not.
  const suffixOnly = evm(`${'f1c2ab04cd9e81f3a7b6d5e40c3b2a1d0'}${'0'}${'169ee7'}`.slice(-40));

  it('an address matching only the last six characters is an imitation', () => {
    expect(looksLike(suffixOnly, known)).toMatchObject({ prefix: 0, suffix: 6 });
    const [finding] = findingsOf(
      'address-poisoning',
      events(to(T0, known), to(T0 + DAY, suffixOnly)),
    );
    expect(finding).toMatchObject({
      severity: 'critical',
      params: { imitates: known, matchingStart: 0, matchingEnd: 6 },
    });
  });

  it('five matching characters at the end alone are not enough', () => {
    const five = evm(`f1c2ab04cd9e81f3a7b6d5e40c3b2a1d0f01a9ee7`.slice(-40));
    expect(looksLike(five, known)).toBeUndefined();
    expect(findingsOf('address-poisoning', events(to(T0, known), to(T0 + DAY, five)))).toEqual([]);
  });

  it('names the closest of several lookalikes used before', () => {
    const candidate = evm(`5290${'a'.repeat(28)}d4169ee7`);
    // Same first 3 and last 4 characters as the candidate: an imitation, but not the closest.
    const far = evm(`529b${'b'.repeat(32)}9ee7`);
    // Same first 4 and last 7.
    const near = evm(`5290${'c'.repeat(28)}e4169ee7`);
    expect(looksLike(candidate, far)).toMatchObject({ prefix: 3, suffix: 4 });
    expect(looksLike(candidate, near)).toMatchObject({ prefix: 4, suffix: 7 });
    const list = events(to(T0, far), to(T0 + DAY, near), to(T0 + 2 * DAY, candidate));
    const finding = findingsOf('address-poisoning', list).find((f) => f.eventIds.includes(3));
    expect(finding).toMatchObject({
      eventIds: [2, 3],
      params: { imitates: near, matchingStart: 4, matchingEnd: 7 },
    });
  });
});
