import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS } from '../../src/rules';
import {
  coerceSettings,
  DEFAULT_SETTINGS,
  effectiveRuleSettings,
  MAX_CUSTOM_SITES,
  MAX_LIMITS,
  migrateSettings,
  migrateStoredSettings,
  readSettings,
  replaceSettings,
  SETTINGS_SCHEMA_VERSION,
  updateSettings,
} from '../../src/storage/settings';
import { memoryArea } from './helpers/memory-db';

describe('settings', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await readSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['garbage', 'not an object'],
    ['wrong types', { locale: 42, disabledWallets: 'okx', customSites: { origin: 'x' } }],
    ['an unknown locale', { locale: 'fr' }],
  ])('coerces %s to defaults', (_, raw) => {
    expect(coerceSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps only https origins, once each, and sorts disabled wallets', () => {
    const settings = coerceSettings({
      locale: 'zh_CN',
      disabledWallets: ['okx', 'binance', 'okx', 7],
      customSites: [
        { origin: 'https://wallet.example', addedAt: 5 },
        { origin: 'https://wallet.example', addedAt: 6 },
        { origin: 'http://plain.example' },
        { origin: 'https://path.example/login' },
        { origin: 'javascript:alert(1)' },
        null,
      ],
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      locale: 'zh_CN',
      disabledWallets: ['binance', 'okx'],
      customSites: [{ origin: 'https://wallet.example', addedAt: 5 }],
    });
  });

  it.each([
    [{ retentionDays: null }, null, 30],
    [{ retentionDays: 90, reviewReminderDays: 7 }, 90, 7],
    [{ retentionDays: 0, reviewReminderDays: 1.5 }, 365, 30],
    [{ retentionDays: '30', reviewReminderDays: -1 }, 365, 30],
  ])('retention and review reminder from %j', (raw, retention, review) => {
    const settings = coerceSettings(raw);
    expect(settings.retentionDays).toBe(retention);
    expect(settings.reviewReminderDays).toBe(review);
  });

  it('keeps a valid time zone and resolves auto to the browser zone for the rules', () => {
    expect(coerceSettings({ timeZone: 'Mars/Olympus' }).timeZone).toBe('auto');
    const berlin = coerceSettings({ timeZone: 'Europe/Berlin' });
    expect(effectiveRuleSettings(berlin, 'Asia/Shanghai').timeZone).toBe('Europe/Berlin');
    expect(effectiveRuleSettings(DEFAULT_SETTINGS, 'Asia/Shanghai').timeZone).toBe('Asia/Shanghai');
  });

  it('repairs hand-edited rule thresholds without losing the good ones', () => {
    const settings = coerceSettings({ rules: { failedLoginCount: 'many', velocityCount: 5 } });
    expect(settings.rules.failedLoginCount).toBe(DEFAULT_RULE_SETTINGS.failedLoginCount);
    expect(settings.rules.velocityCount).toBe(5);
  });

  it('writes a patch over the stored settings and reads it back', async () => {
    const area = memoryArea({ settings: { locale: 'en', disabledWallets: ['okx'] } });
    await updateSettings(area, { locale: 'zh_CN' });
    expect(await readSettings(area)).toMatchObject({ locale: 'zh_CN', disabledWallets: ['okx'] });
  });

  it('keeps the automatic screenshot switch off unless it was set, and keeps it when it was', () => {
    expect(coerceSettings({}).screenshotAuto).toBe(false);
    expect(coerceSettings({ schemaVersion: 3, screenshotEvidence: true }).screenshotAuto).toBe(
      false,
    );
    expect(coerceSettings({ schemaVersion: 3, screenshotAuto: true }).screenshotAuto).toBe(true);
  });

  it('stamps every update, so sync can tell the newest copy', async () => {
    const area = memoryArea();
    const next = await updateSettings(area, { screenshotEvidence: true }, 1_700_000_000_000);
    expect(next).toMatchObject({ screenshotEvidence: true, updatedAt: 1_700_000_000_000 });
    expect((await area.get('settings')).settings).toEqual(next);
  });

  it.each([
    ['notifications of the wrong type', { notifications: { critical: 'yes', info: true } }],
    [
      'switches of the wrong type',
      { lookalikeWarnings: 1, screenshotEvidence: 'on', screenshotAuto: 'yes', sync: null },
    ],
    ['a negative or absent time stamp', { updatedAt: -5 }],
  ])('repairs %s field by field', (_, raw) => {
    const settings = coerceSettings({ schemaVersion: 3, ...raw });
    expect(settings.notifications.critical).toBe(true);
    expect(settings.lookalikeWarnings).toBe(false);
    expect(settings.screenshotEvidence).toBe(false);
    expect(settings.screenshotAuto).toBe(false);
    expect(settings.sync).toBe(true);
    expect(settings.updatedAt).toBe(0);
    if ('notifications' in raw) expect(settings.notifications.info).toBe(true);
  });

  it('keeps at most the own sites and limits a synced copy can hold', () => {
    const settings = coerceSettings({
      customSites: Array.from({ length: 150 }, (_, i) => ({
        origin: `https://w${i}.example`,
        addedAt: i,
      })),
      rules: {
        limits: Array.from({ length: 300 }, (_, i) => ({
          walletId: 'okx',
          currency: `C${i}`,
          daily: '1',
        })),
      },
    });
    expect(settings.customSites).toHaveLength(MAX_CUSTOM_SITES);
    expect(settings.rules.limits).toHaveLength(MAX_LIMITS);
  });
});

/** Settings exactly as version 1 of the extension stored them (its coerceSettings output). */
const V1_STORED = {
  schemaVersion: 1,
  locale: 'zh_CN',
  disabledWallets: ['okx'],
  customSites: [{ origin: 'https://max.maicoin.com', addedAt: 1_760_000_000_000 }],
  rules: {
    ...DEFAULT_RULE_SETTINGS,
    velocityCount: 5,
    limits: [{ walletId: 'alipay', currency: 'CNY', daily: '800', monthly: '20000' }],
  },
  timeZone: 'Asia/Shanghai',
  retentionDays: null,
  reviewReminderDays: 14,
};

describe('settings migration', () => {
  it('brings version 1 up to the current version without losing a value', () => {
    const settings = coerceSettings(V1_STORED);
    expect(SETTINGS_SCHEMA_VERSION).toBe(4);
    expect(settings).toEqual({
      ...V1_STORED,
      schemaVersion: 4,
      // Version 1 notified critical findings and reminders, nothing else…
      // (going over one's own limit notifies too since issue 15)
      notifications: { critical: true, warning: false, info: false, reminders: true, limits: true },
      // …and watched for lookalike domains whenever the browser granted the permission.
      lookalikeWarnings: true,
      screenshotEvidence: false,
      screenshotAuto: false,
      sync: true,
      weeklySummary: false,
      updatedAt: 0,
    });
  });

  it('is idempotent: a migrated object migrates to itself', () => {
    const once = coerceSettings(V1_STORED);
    expect(migrateSettings(once)).toEqual(once);
    expect(coerceSettings(once)).toEqual(once);
  });

  it('reads an object without a version (written by hand) as the current shape', () => {
    expect(coerceSettings({ locale: 'en' })).toEqual({ ...DEFAULT_SETTINGS, locale: 'en' });
  });

  it('reads what it can of a newer version, never throwing', () => {
    const newer = { ...coerceSettings(V1_STORED), schemaVersion: 5, somethingNew: { a: 1 } };
    const settings = coerceSettings(newer);
    expect(settings.schemaVersion).toBe(4);
    expect(settings.rules.velocityCount).toBe(5);
    expect(settings).not.toHaveProperty('somethingNew');
  });

  it('brings version 2 up with the automatic screenshot switch off, keeping the rest', () => {
    const v2 = { ...coerceSettings(V1_STORED), schemaVersion: 2, screenshotEvidence: true };
    delete (v2 as Partial<typeof v2>).screenshotAuto;
    expect(migrateSettings(v2)).toEqual({
      ...v2,
      schemaVersion: 4,
      screenshotAuto: false,
      weeklySummary: false,
    });
    expect(coerceSettings(v2)).toMatchObject({ screenshotEvidence: true, screenshotAuto: false });
  });

  it('falls back to defaults for a version it has no step for', () => {
    expect(coerceSettings({ schemaVersion: 0, locale: 'zh_CN' })).toEqual(DEFAULT_SETTINGS);
  });

  it('rewrites stored version-1 settings once, at start', async () => {
    const area = memoryArea({ settings: V1_STORED });
    expect(await migrateStoredSettings(area)).toBe(true);
    const stored = (await area.get('settings')).settings as Record<string, unknown>;
    expect(stored.schemaVersion).toBe(4);
    expect(stored.lookalikeWarnings).toBe(true);
    expect(await migrateStoredSettings(area)).toBe(false);
    expect(await migrateStoredSettings(memoryArea())).toBe(false);
  });

  it('replaceSettings writes a whole object as given, repaired', async () => {
    const area = memoryArea();
    await replaceSettings(area, { ...DEFAULT_SETTINGS, updatedAt: 42, reviewReminderDays: 0 });
    expect(await readSettings(area)).toEqual({ ...DEFAULT_SETTINGS, updatedAt: 42 });
  });
});
