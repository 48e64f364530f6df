import { describe, expect, it } from 'vitest';
import { readGuideQuery, sectionFromHash } from '../../src/ui/guide/guide-query';

describe('readGuideQuery', () => {
  it.each([
    ['', {}],
    ['?finding=', {}],
    ['?finding=%20%20', {}],
    [
      '?finding=withdrawal-limit-daily%3Abinance%3A2026-11-05%3Asite',
      { findingId: 'withdrawal-limit-daily:binance:2026-11-05:site' },
    ],
    ['?wallet=binance', { walletId: 'binance' }],
    ['?wallet=custom%3Ahttps%3A%2F%2Fevil.example', { walletId: 'custom:https://evil.example' }],
    // A finding names its wallet itself: a second parameter cannot contradict it.
    ['?finding=f1&wallet=paypal', { findingId: 'f1' }],
    ['?finding=<img src=x onerror=alert(1)>', { findingId: '<img src=x onerror=alert(1)>' }],
    [`?finding=${'x'.repeat(5000)}`, {}],
  ])('%s', (search, expected) => {
    expect(readGuideQuery(search)).toEqual(expected);
  });
});

describe('sectionFromHash', () => {
  const known = ['cause-limits', 'regulators-hk'];
  it.each([
    ['#cause-limits', 'cause-limits'],
    ['cause-limits', 'cause-limits'],
    ['#regulators-hk', 'regulators-hk'],
    ['#%63ause-limits', 'cause-limits'],
    ['', undefined],
    ['#', undefined],
    ['#cause-LIMITS', undefined],
    ['#app', undefined],
    ['#%E0%A4%A', undefined],
    ['#"><img src=x>', undefined],
  ])('%s → %s', (hash, expected) => {
    expect(sectionFromHash(hash, known)).toBe(expected);
  });
});
