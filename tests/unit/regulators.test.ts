import { describe, expect, it } from 'vitest';
import { WALLETS } from '../../src/catalog';
import {
  REGULATOR_REGIONS,
  REGULATOR_TOPICS,
  REGULATORS,
  regulatorsIn,
} from '../../src/catalog/regulators';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CJK = /[\u4e00-\u9fff]/;
const PHONE = /^\+?[0-9(][0-9 ()-]*[0-9]$/;
const REQUIRED = ['cn', 'hk', 'tw', 'sg', 'us', 'uk', 'eu'];

const regionIndex = (r: string) => REGULATOR_REGIONS.indexOf(r as never);

describe('regulator directory data', () => {
  it('covers every required region', () => {
    expect([...REGULATOR_REGIONS].sort()).toEqual([...REQUIRED].sort());
    for (const region of REQUIRED) {
      expect(regulatorsIn(region as never).length, region).toBeGreaterThanOrEqual(3);
    }
  });

  it('covers every region a catalog wallet is regulated in', () => {
    const regions = new Set(WALLETS.flatMap((w) => w.regions).filter((r) => r !== 'global'));
    for (const region of regions) expect(REGULATOR_REGIONS).toContain(region);
  });

  it('is sorted by region, then id, with unique kebab-case ids', () => {
    const ids = REGULATORS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
    for (let i = 1; i < REGULATORS.length; i++) {
      const [a, b] = [REGULATORS[i - 1]!, REGULATORS[i]!];
      const order = regionIndex(a.region) - regionIndex(b.region) || (a.id < b.id ? -1 : 1);
      expect(order, `${a.id} before ${b.id}`).toBeLessThan(0);
    }
  });

  describe.each(REGULATORS.map((r) => [r.id, r] as const))('%s', (_id, body) => {
    it('has a known region and names in both languages', () => {
      expect(REGULATOR_REGIONS).toContain(body.region);
      expect(body.name.en.trim()).not.toBe('');
      expect(body.name.zh).toMatch(CJK);
    });

    it('says what it handles (sorted, known topics)', () => {
      expect(body.handles.length).toBeGreaterThan(0);
      for (const topic of body.handles) expect(REGULATOR_TOPICS).toContain(topic);
      expect([...new Set(body.handles)].sort()).toEqual(body.handles);
    });

    it('says how to file, in both languages', () => {
      expect(body.howToFile.en.length).toBeGreaterThan(20);
      expect(body.howToFile.zh).toMatch(CJK);
      expect(body.howToFile.en).not.toMatch(CJK);
    });

    it('links an official https page and a well-formed phone number', () => {
      const url = new URL(body.url);
      expect(url.protocol).toBe('https:');
      expect(url.username + url.password).toBe('');
      expect(url.href).toBe(body.url);
      expect(url.hostname).toMatch(/\.[a-z]{2,}$/);
      if (body.phone !== undefined) expect(body.phone).toMatch(PHONE);
    });
  });
});
