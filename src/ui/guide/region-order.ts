import { REGULATOR_REGIONS, type RegulatorRegion } from '../../catalog/regulators';
import type { Region } from '../../catalog/types';

/**
 * Directory regions with the wallet's own first (in the usual order), then every other region:
 * the user may live elsewhere than where the wallet is licensed, so none is hidden. `global`
 * names no regulator and moves nothing.
 */
export function orderRegions(walletRegions: readonly Region[] = []): RegulatorRegion[] {
  const own = REGULATOR_REGIONS.filter((r) => walletRegions.includes(r));
  return [...own, ...REGULATOR_REGIONS.filter((r) => !own.includes(r))];
}
