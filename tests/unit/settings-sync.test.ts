import { describe, expect, it } from 'vitest';
import { WALLETS } from '../../src/catalog';
import {
  coerceSettings,
  DEFAULT_SETTINGS,
  MAX_CUSTOM_SITES,
  MAX_LIMITS,
  readSettings,
  updateSettings,
  type Settings,
} from '../../src/storage/settings';
import {
  chunkSettings,
  pullSettings,
  pushSettings,
  readSyncNote,
  SYNC_BUDGET_BYTES,
  SYNC_ITEM_BYTES,
  syncItems,
} from '../../src/storage/settings-sync';
import { memoryArea } from './helpers/memory-db';

/** `storage.sync` with Chrome's quotas enforced, as `chrome.storage.sync.set` would throw. */
function quotaArea() {
  const area = memoryArea();
  const size = (k: string, v: unknown) =>
    k.length + new TextEncoder().encode(JSON.stringify(v)).length;
  return {
    ...area,
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) {
        if (size(k, v) > SYNC_ITEM_BYTES)
          throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded: ${k}`);
      }
      const after = new Map(area.data);
      for (const [k, v] of Object.entries(items)) after.set(k, v);
      const total = [...after].reduce((sum, [k, v]) => sum + size(k, v), 0);
      if (total > 102_400) throw new Error('QUOTA_BYTES quota exceeded');
      await area.set(items);
    },
  };
}

/** The largest settings a user can make: every limit and site, every wallet switched off. */
function largestSettings(): Settings {
  return coerceSettings({
    schemaVersion: 3,
    disabledWallets: WALLETS.map((w) => w.id),
    customSites: Array.from({ length: MAX_CUSTOM_SITES }, (_, i) => ({
      origin: `https://exchange-number-${i}.regional-wallet.example`,
      addedAt: 1_764_000_000_000 + i,
    })),
    rules: {
      limits: Array.from({ length: MAX_LIMITS }, (_, i) => ({
        walletId: `custom:https://exchange-number-${i % 100}.regional-wallet.example`,
        currency: ['CNY', 'USDT', 'BTC', 'EUR'][i % 4],
        daily: '123456789.12345678',
        monthly: '987654321.87654321',
      })),
    },
    updatedAt: 1_764_000_000_000,
  });
}

describe('settings sync: size', () => {
  it('cuts the largest settings into items under the per-item quota, within the budget', () => {
    const settings = largestSettings();
    const { items, bytes, chunks } = syncItems(settings, 'w1', 'device-a');
    expect(chunks).toBeGreaterThan(1);
    for (const [key, value] of Object.entries(items)) {
      expect(
        key.length + new TextEncoder().encode(JSON.stringify(value)).length,
      ).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
    }
    expect(bytes).toBeLessThan(SYNC_BUDGET_BYTES);
  });

  it('glues the chunks back into the same settings, quotes and non-ASCII included', () => {
    const settings = { ...largestSettings(), timeZone: 'Asia/Shanghai' };
    const json = chunkSettings(settings, 'w').join('');
    const { sync: _sync, ...synced } = settings;
    expect(JSON.parse(json)).toEqual(synced);
  });

  it('writes the largest settings to a quota-enforcing area and reads them back elsewhere', async () => {
    const sync = quotaArea();
    const here = memoryArea({ settings: largestSettings() });
    expect(await pushSettings(here, sync, 1)).toBe('pushed');
    const there = memoryArea();
    expect(await pullSettings(there, sync, 2)).toBe('pulled');
    expect(await readSettings(there)).toEqual(await readSettings(here));
  });
});

describe('settings sync: newest copy wins', () => {
  const at = (updatedAt: number, patch: Partial<Settings> = {}) =>
    memoryArea({ settings: { ...DEFAULT_SETTINGS, ...patch, updatedAt } });

  it('pushes a change and brings it to the second computer, with a note there', async () => {
    const sync = quotaArea();
    const a = at(100, { locale: 'zh_CN' });
    const b = memoryArea();
    expect(await pushSettings(a, sync, 100)).toBe('pushed');
    expect(await pushSettings(b, sync, 101)).toBe('pulled');
    expect((await readSettings(b)).locale).toBe('zh_CN');
    expect(await readSyncNote(b)).toEqual({ at: 101, remoteUpdatedAt: 100 });
    // Nothing changed since: nothing to write or take, and no note on the computer that wrote it.
    expect(await pushSettings(a, sync, 102)).toBe('unchanged');
    expect(await pushSettings(b, sync, 103)).toBe('unchanged');
    expect(await readSyncNote(a)).toBeUndefined();
  });

  it('a newer copy replaces unsynced changes here, and the note says so with both times', async () => {
    const sync = quotaArea();
    const a = at(0);
    const b = at(0);
    await updateSettings(a, { reviewReminderDays: 7 }, 1_000);
    await updateSettings(b, { reviewReminderDays: 60 }, 2_000);
    expect(await pushSettings(b, sync, 2_000)).toBe('pushed');
    // `a` changed at 1,000 and never synced: the later change (b, 2,000) wins.
    expect(await pushSettings(a, sync, 3_000)).toBe('pulled');
    expect((await readSettings(a)).reviewReminderDays).toBe(60);
    expect(await readSyncNote(a)).toEqual({
      at: 3_000,
      remoteUpdatedAt: 2_000,
      replacedUpdatedAt: 1_000,
    });
  });

  it('keeps each computer its own sync switch', async () => {
    const sync = quotaArea();
    await pushSettings(at(10, { screenshotEvidence: true }), sync, 10);
    const b = at(5, { sync: true });
    await pullSettings(b, sync, 11);
    expect(await readSettings(b)).toMatchObject({ screenshotEvidence: true, sync: true });
    const off = at(1, { sync: false });
    expect(await pullSettings(off, sync, 12)).toBe('disabled');
    expect(await pushSettings(off, sync, 12)).toBe('disabled');
    expect(await pushSettings(at(1), undefined, 12)).toBe('unavailable');
  });

  it('never glues chunks of two computers’ writes together', async () => {
    const sync = quotaArea();
    await pushSettings(memoryArea({ settings: largestSettings() }), sync, 1);
    // Another computer's write arrives half: its meta, not yet its chunks.
    const meta = (await sync.get('settingsSync.meta'))['settingsSync.meta'] as Record<
      string,
      unknown
    >;
    await sync.set({ 'settingsSync.meta': { ...meta, write: 'other', updatedAt: 9e12 } });
    const b = memoryArea();
    expect(await pullSettings(b, sync, 2)).toBe('incomplete');
    expect(await readSettings(b)).toEqual(DEFAULT_SETTINGS);
  });

  it('leaves a copy written by a newer version alone', async () => {
    const sync = quotaArea();
    await pushSettings(at(5), sync, 5);
    const meta = (await sync.get('settingsSync.meta'))['settingsSync.meta'] as Record<
      string,
      unknown
    >;
    await sync.set({ 'settingsSync.meta': { ...meta, schemaVersion: 99, updatedAt: 50 } });
    expect(await pushSettings(at(100), sync, 100)).toBe('newer-version');
    expect(await pullSettings(at(1), sync, 100)).toBe('newer-version');
  });

  it('does not write settings that were never changed (a fresh install)', async () => {
    const sync = quotaArea();
    expect(await pushSettings(memoryArea(), sync, 1)).toBe('unchanged');
    expect(await sync.get(null)).toEqual({});
  });

  it('drops chunks left over from a longer earlier copy', async () => {
    const sync = quotaArea();
    const here = memoryArea({ settings: largestSettings() });
    await pushSettings(here, sync, 1);
    const before = Object.keys(await sync.get(null)).length;
    await updateSettings(
      here,
      { customSites: [], disabledWallets: [], rules: DEFAULT_SETTINGS.rules },
      2e12,
    );
    expect(await pushSettings(here, sync, 2)).toBe('pushed');
    const keys = Object.keys(await sync.get(null));
    expect(keys.length).toBeLessThan(before);
    expect(keys.sort()).toEqual(['settingsSync.0', 'settingsSync.meta']);
  });
});
