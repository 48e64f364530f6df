import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETTINGS } from '../../src/rules/rule-settings';
import { coerceSettings, DEFAULT_SETTINGS, type Settings } from '../../src/storage/settings';
import { setLanguage } from '../../src/wording/i18n';
import { problemText } from '../../src/ui/options/problem';
import { backupDocument, backupFileName, parseBackup } from '../../src/ui/options/settings-backup';

beforeEach(() => setLanguage('en'));

const MINE: Settings = coerceSettings({
  ...DEFAULT_SETTINGS,
  locale: 'zh_CN',
  disabledWallets: ['okx'],
  customSites: [{ origin: 'https://max.maicoin.com', addedAt: 1_764_000_000_000 }],
  rules: {
    ...DEFAULT_RULE_SETTINGS,
    velocityCount: 5,
    limits: [{ walletId: 'alipay', currency: 'CNY', daily: '800' }],
  },
  retentionDays: null,
  screenshotEvidence: true,
  sync: false,
  updatedAt: 1_764_000_000_000,
});

const NOW = Date.UTC(2026, 10, 25, 12);
const message = (text: string) => {
  const r = parseBackup(text);
  return r.ok ? 'ok' : problemText(r.problem);
};

describe('settings backup', () => {
  it('round-trips every synced value; this computer’s sync switch and time stamp stay out', () => {
    const text = backupDocument(MINE, NOW);
    expect(JSON.parse(text)).toMatchObject({
      format: 'wallet-sentinel-settings',
      exportedAt: '2026-11-25T12:00:00.000Z',
    });
    expect(text).not.toContain('"sync"');
    expect(text).not.toContain('updatedAt');
    const back = parseBackup(text);
    expect(back).toEqual({ ok: true, value: { ...MINE, sync: true, updatedAt: 0 } });
    expect(backupFileName(NOW)).toBe('wallet-sentinel-settings-2026-11-25.json');
  });

  it('imports nothing from a file with one bad value, and says which', () => {
    const doc = JSON.parse(backupDocument(MINE, NOW));
    doc.settings.rules.velocityCount = 1;
    doc.settings.reviewReminderDays = 'soon';
    expect(message(JSON.stringify(doc))).toBe(
      'Values in this backup that are not valid: 2 (the first: rules.velocityCount). Nothing was changed.',
    );
  });

  it.each([
    ['a bad limit', (d: { settings: Settings }) => (d.settings.rules.limits[0]!.daily = '1,000')],
    [
      'an http own site',
      (d: { settings: Settings }) => (d.settings.customSites[0]!.origin = 'http://x.example'),
    ],
    [
      'an unknown language',
      (d: { settings: Settings }) => ((d.settings as { locale: string }).locale = 'fr'),
    ],
    ['a missing field', (d: { settings: Partial<Settings> }) => delete d.settings.notifications],
    [
      'an unknown rule key',
      (d: { settings: { rules: Record<string, unknown> } }) => (d.settings.rules.velocity = 3),
    ],
  ])('refuses %s', (_, tamper) => {
    const doc = JSON.parse(backupDocument(MINE, NOW));
    tamper(doc);
    expect(message(JSON.stringify(doc))).toMatch(/^Values in this backup that are not valid: 1 /);
  });

  it.each([
    ['{not json', 'This file is not a settings backup (it is not JSON). Nothing was changed.'],
    ['[]', 'This file is not a Wallet Sentinel settings backup. Nothing was changed.'],
    [
      JSON.stringify({ format: 'other', settings: {} }),
      expect.stringMatching(/not a Wallet Sentinel/),
    ],
    [
      JSON.stringify({ format: 'wallet-sentinel-settings', settings: { locale: 'en' } }),
      expect.stringMatching(/not a Wallet Sentinel/),
    ],
    [
      JSON.stringify({ format: 'wallet-sentinel-settings', settings: { schemaVersion: 5 } }),
      expect.stringMatching(/newer version/),
    ],
    [' '.repeat(1_000_001), expect.stringMatching(/too large/)],
  ])('refuses file %#', (text, expected) => {
    expect(message(text)).toEqual(expected);
  });

  it('takes a version-2 backup, made before the automatic screenshot switch, with it off', () => {
    const {
      screenshotAuto: _auto,
      sync: _sync,
      updatedAt: _at,
      ...v3
    } = coerceSettings({
      screenshotEvidence: true,
    });
    const v2 = { ...v3, schemaVersion: 2 };
    const r = parseBackup(JSON.stringify({ format: 'wallet-sentinel-settings', settings: v2 }));
    expect(r.ok && r.value).toMatchObject({
      schemaVersion: 4,
      screenshotEvidence: true,
      screenshotAuto: false,
    });
  });

  it('migrates a version-1 backup before checking it', () => {
    const v1 = {
      schemaVersion: 1,
      locale: 'en',
      disabledWallets: [],
      customSites: [],
      rules: {
        ...DEFAULT_RULE_SETTINGS,
        limits: [{ walletId: 'okx', currency: 'USDT', monthly: '5000' }],
      },
      timeZone: 'auto',
      retentionDays: 90,
      reviewReminderDays: 30,
    };
    const r = parseBackup(JSON.stringify({ format: 'wallet-sentinel-settings', settings: v1 }));
    expect(r.ok && r.value).toMatchObject({
      schemaVersion: 4,
      retentionDays: 90,
      lookalikeWarnings: true,
    });
  });
});
