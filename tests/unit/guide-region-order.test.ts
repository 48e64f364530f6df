import { describe, expect, it } from 'vitest';
import { WALLETS } from '../../src/catalog';
import { REGULATOR_REGIONS } from '../../src/catalog/regulators';
import type { Region } from '../../src/catalog/types';
import { orderRegions } from '../../src/ui/guide/region-order';

describe('orderRegions', () => {
  it.each<[string, Region[], string[]]>([
    ['no wallet: the usual order', [], ['cn', 'hk', 'tw', 'sg', 'us', 'uk', 'eu']],
    ['global only moves nothing', ['global'], ['cn', 'hk', 'tw', 'sg', 'us', 'uk', 'eu']],
    ['one region first', ['us'], ['us', 'cn', 'hk', 'tw', 'sg', 'uk', 'eu']],
    ['several, in the usual order', ['eu', 'uk'], ['uk', 'eu', 'cn', 'hk', 'tw', 'sg', 'us']],
    ['global mixed in', ['global', 'sg'], ['sg', 'cn', 'hk', 'tw', 'us', 'uk', 'eu']],
    ['the last region', ['eu'], ['eu', 'cn', 'hk', 'tw', 'sg', 'us', 'uk']],
  ])('%s', (_name, regions, expected) => {
    expect(orderRegions(regions)).toEqual(expected);
  });

  it('keeps every region reachable for every catalog wallet', () => {
    for (const wallet of WALLETS) {
      const order = orderRegions(wallet.regions);
      expect([...order].sort(), wallet.id).toEqual([...REGULATOR_REGIONS].sort());
      const own = wallet.regions.filter((r) => r !== 'global');
      expect(new Set(order.slice(0, own.length)), wallet.id).toEqual(new Set(own));
    }
  });
});
