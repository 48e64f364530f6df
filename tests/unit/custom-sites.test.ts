import { describe, expect, it } from 'vitest';
import { originPattern } from '../../src/catalog/origins';
import {
  reconcileCustomSites,
  reconcileInTurn,
  scriptFor,
  type CustomSiteApi,
  type RegisteredScript,
} from '../../src/background/custom-sites';
import { coerceSettings, type Settings } from '../../src/storage/settings';

/** `browser.scripting` and `browser.permissions` as Chrome behaves: duplicate ids throw. */
function fakeApi(granted: string[], registered: RegisteredScript[] = []) {
  const scripts = new Map(registered.map((s) => [s.id, s]));
  const calls: string[] = [];
  const api: CustomSiteApi = {
    scripting: {
      async getRegisteredContentScripts() {
        return [...scripts.values()];
      },
      async registerContentScripts(list) {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        }
        for (const s of list) {
          calls.push(`register ${s.id}`);
          scripts.set(s.id, s);
        }
      },
      async unregisterContentScripts(filter) {
        for (const id of filter?.ids ?? []) {
          calls.push(`unregister ${id}`);
          scripts.delete(id);
        }
      },
    },
    permissions: {
      async contains({ origins = [] }) {
        return origins.every((o) => granted.includes(o));
      },
    },
  };
  return { api, scripts, calls };
}

const sites = (...origins: string[]): Settings =>
  coerceSettings({ customSites: origins.map((origin) => ({ origin, addedAt: 1 })) });

describe('own sites: content scripts follow settings and permissions', () => {
  it('registers the catalog content script for a granted site, top frame only, persistent', async () => {
    const { api, scripts } = fakeApi(['https://max.maicoin.com/*']);
    const result = await reconcileCustomSites(api, sites('https://max.maicoin.com'));
    expect(result).toEqual({ registered: ['https://max.maicoin.com'], unregistered: [] });
    expect([...scripts.values()]).toEqual([
      {
        id: 'custom-site:https://max.maicoin.com',
        matches: ['https://max.maicoin.com/*'],
        js: ['content.js'],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  });

  it('waits for the permission: an ungranted site gets no script', async () => {
    const { api, scripts } = fakeApi([]);
    await reconcileCustomSites(api, sites('https://max.maicoin.com'));
    expect(scripts.size).toBe(0);
  });

  it('unregisters a removed or revoked site and leaves other extensions’ ids alone', async () => {
    const other = { id: 'someone-else', matches: ['https://x.example/*'], js: ['x.js'] };
    const { api, scripts, calls } = fakeApi(
      ['https://b.example/*'],
      [scriptFor('https://a.example'), scriptFor('https://b.example'), other],
    );
    // a.example removed from settings; b.example still listed but its permission revoked below.
    await reconcileCustomSites(api, sites('https://b.example'));
    expect(calls).toEqual(['unregister custom-site:https://a.example']);
    const revoked = fakeApi([], [...scripts.values()]);
    await reconcileCustomSites(revoked.api, sites('https://b.example'));
    expect([...revoked.scripts.keys()]).toEqual(['someone-else']);
  });

  it('is idempotent: a second run changes nothing (registrations survive restarts)', async () => {
    const { api, calls } = fakeApi(['https://a.example/*']);
    await reconcileCustomSites(api, sites('https://a.example'));
    expect(await reconcileCustomSites(api, sites('https://a.example'))).toEqual({
      registered: [],
      unregistered: [],
    });
    expect(calls).toEqual(['register custom-site:https://a.example']);
  });

  it('never gives a catalog wallet a second content script', async () => {
    const { api, scripts } = fakeApi(['https://www.paypal.com/*']);
    await reconcileCustomSites(api, sites('https://www.paypal.com'));
    expect(scripts.size).toBe(0);
  });

  it('runs overlapping reconciliations one after another, registering once', async () => {
    const { api, calls } = fakeApi(['https://a.example/*']);
    const read = async () => sites('https://a.example');
    await Promise.all([reconcileInTurn(api, read), reconcileInTurn(api, read)]);
    expect(calls).toEqual(['register custom-site:https://a.example']);
  });

  it('asks for the origin only', () => {
    expect(originPattern('https://max.maicoin.com')).toBe('https://max.maicoin.com/*');
  });
});
