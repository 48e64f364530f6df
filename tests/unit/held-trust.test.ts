// The worker's waiting room is checked again before it is stored (issue 19, item 7): where
// content scripts can still write `storage.local` (Firefox), an event put there must look
// exactly like one the worker held after its door's checks.
import { describe, expect, it } from 'vitest';
import { heldIsTrusted, trustedHeld } from '../../src/background/held-trust';
import type { HeldEvent } from '../../src/storage/held-events';
import { DEFAULT_SETTINGS } from '../../src/storage/settings';

const NOW = Date.UTC(2026, 11, 7, 12);
const real: HeldEvent = {
  event: {
    at: NOW - 60_000,
    kind: 'withdrawal.attempt',
    walletId: 'paypal',
    origin: 'https://www.paypal.com',
    path: '/myaccount/transfer',
    attemptId: 'a1b2c3d4-e5f6',
    amount: { value: '250', currency: 'USD' },
  },
  deliveryId: '0d1e2f30-0001',
};
const forged = (patch: Record<string, unknown>): HeldEvent =>
  ({ ...real, event: { ...real.event, ...patch } }) as HeldEvent;

describe('heldIsTrusted', () => {
  it('keeps an event the worker held, and one it made itself', () => {
    expect(heldIsTrusted(real, DEFAULT_SETTINGS, NOW)).toBe(true);
    const outage = { event: { ...real.event, kind: 'site.error' } } as unknown as HeldEvent;
    expect(heldIsTrusted(outage, DEFAULT_SETTINGS, NOW)).toBe(true);
  });

  it.each([
    ['another wallet’s origin', { walletId: 'binance' }],
    ['a non-wallet origin', { origin: 'https://evil.example' }],
    ['an origin with a path', { origin: 'https://www.paypal.com/x' }],
    ['an unknown kind', { kind: 'withdrawal.approved' }],
    ['a time in the future', { at: NOW + 3_600_000 }],
    ['a bad amount', { amount: { value: '75,000', currency: 'USDT' } }],
    ['a field no message has', { hash: 'f'.repeat(64) }],
    ['a bidi override', { destination: '\u202Eevil' }],
    ['a bad path', { path: 'https://evil.example/' }],
  ])('drops %s', (_name, patch) => {
    expect(heldIsTrusted(forged(patch), DEFAULT_SETTINGS, NOW)).toBe(false);
  });

  it('counts what it drops', () => {
    const counts: number[] = [];
    const kept = trustedHeld(
      [real, forged({ walletId: 'okx' }), forged({ kind: 'nope' })],
      DEFAULT_SETTINGS,
      NOW,
      (n) => counts.push(n),
    );
    expect(kept).toEqual([real]);
    expect(counts).toEqual([2]);
  });
});
