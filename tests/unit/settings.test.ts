import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS } from '../../src/rules';
import {
  coerceSettings,
  DEFAULT_SETTINGS,
  effectiveRuleSettings,
  readSettings,
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
      schemaVersion: 1,
      locale: 'zh_CN',
      disabledWallets: ['binance', 'okx'],
      customSites: [{ origin: 'https://wallet.example', addedAt: 5 }],
      rules: DEFAULT_RULE_SETTINGS,
      timeZone: 'auto',
      retentionDays: 365,
      reviewReminderDays: 30,
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
});
