import { coerceRuleSettings } from '../rules/coerce-rule-settings';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../rules/rule-settings';
import type { Severity } from '../model/event-types';
import { LOCALES, type LocaleSetting } from '../model/locale';
import { SETTINGS_KEY } from './settings-key';

/**
 * Typed settings with defaults, coerced on every read: a value from an older version, a
 * hand-edited backup or another browser's sync can never hand the rest of the code a wrong type.
 */

export interface CustomSite {
  /** `https://wallet.example` — an origin the user added, recorded as `custom:<origin>`. */
  origin: string;
  addedAt: number;
}

/** Which new findings show a browser notification: per severity, and the time reminders. */
export interface NotificationSettings extends Record<Severity, boolean> {
  /** `case-overdue` and `review-overdue`, whatever their severity. */
  reminders: boolean;
  /**
   * Going over a daily or monthly limit the user set, whatever its severity: they asked for
   * that limit, so by default it notifies, as banks' alerts do (issue 15).
   */
  limits: boolean;
}

/** The optional host permission automatic screenshots need (`Settings.screenshotAuto`). */
export const ALL_URLS = '<all_urls>';

/** The stored shape's version; `migrateSettings` brings every older one up to it. */
export const SETTINGS_SCHEMA_VERSION = 4;

export interface Settings {
  schemaVersion: typeof SETTINGS_SCHEMA_VERSION;
  locale: LocaleSetting;
  /** Catalog ids the user switched off: their pages are not observed. */
  disabledWallets: string[];
  customSites: CustomSite[];
  /**
   * Rule thresholds and the user's limits. `rules.timeZone` is used only when `timeZone` is
   * not 'auto'; with 'auto' the worker takes the browser's zone at each evaluation.
   */
  rules: RuleSettings;
  timeZone: 'auto' | string;
  /** Days of events kept; `null` keeps everything. Older events are pruned with a recorded gap. */
  retentionDays: number | null;
  /** Remind the user to review the activity log when they have not opened it for this long. */
  reviewReminderDays: number;
  notifications: NotificationSettings;
  /**
   * Warn about domains imitating a wallet. Takes effect only while the browser grants the
   * optional `webNavigation` permission; the options page asks for it when this is switched on.
   */
  lookalikeWarnings: boolean;
  /** Keep a screenshot of the wallet tab when a withdrawal fails. Off unless the user opts in. */
  screenshotEvidence: boolean;
  /**
   * Also take one screenshot by itself when a sign-in or withdrawal fails or the site shows a
   * notice. Needs `screenshotEvidence` and the optional `<all_urls>` host permission, which the
   * options page asks for when this is switched on. Off unless the user opts in.
   */
  screenshotAuto: boolean;
  /** Copy these settings (never events) to the browser's `storage.sync`. Not itself synced. */
  sync: boolean;
  /** A summary of the week as a notification, once a week (src/background/weekly-summary.ts). Off unless the user opts in. */
  weeklySummary: boolean;
  /** Epoch ms of the last change made on this or another computer: the newest copy wins. */
  updatedAt: number;
}

export const DEFAULT_NOTIFICATIONS: Readonly<NotificationSettings> = Object.freeze({
  critical: true,
  warning: false,
  info: false,
  reminders: true,
  limits: true,
});

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  locale: 'auto',
  disabledWallets: [],
  customSites: [],
  rules: DEFAULT_RULE_SETTINGS,
  timeZone: 'auto',
  retentionDays: 365,
  reviewReminderDays: 30,
  notifications: DEFAULT_NOTIFICATIONS,
  lookalikeWarnings: false,
  screenshotEvidence: false,
  screenshotAuto: false,
  sync: true,
  weeklySummary: false,
  updatedAt: 0,
});

/** Most own sites and limits a user may keep: bounds the synced copy (settings-sync.ts). */
export const MAX_CUSTOM_SITES = 100;
export const MAX_LIMITS = 200;

/** The slice of `browser.storage.StorageArea` settings need; tests pass an in-memory one. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function coerceOrigin(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.origin === value ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function coerceCustomSites(value: unknown): CustomSite[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  const sites: CustomSite[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    const origin = coerceOrigin(item.origin);
    if (!origin || seen.has(origin)) continue;
    seen.add(origin);
    const addedAt =
      typeof item.addedAt === 'number' && Number.isFinite(item.addedAt) ? item.addedAt : 0;
    sites.push({ origin, addedAt });
  }
  return sites;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The rule settings an evaluation runs with: the user's zone resolved. */
export function effectiveRuleSettings(settings: Settings, browserZone: string): RuleSettings {
  return {
    ...settings.rules,
    timeZone: settings.timeZone === 'auto' ? browserZone : settings.timeZone,
  };
}

/**
 * Each step takes the stored object of one version to the next (`MIGRATIONS[n]` takes n to n+1).
 * A step only reshapes; `coerceSettings` repairs values afterwards.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 had no switches: it notified critical findings and reminders, and watched for lookalike
  // domains whenever the browser granted `webNavigation`. Keep that behaviour for those users.
  1: (v1) => ({
    ...v1,
    schemaVersion: 2,
    notifications: { ...DEFAULT_NOTIFICATIONS },
    lookalikeWarnings: true,
    screenshotEvidence: false,
    sync: true,
    updatedAt: 0,
  }),
  // v3 added the automatic screenshot switch, off: a v2 backup or synced copy stays valid.
  2: (v2) => ({ ...v2, schemaVersion: 3, screenshotAuto: false }),
  // v4 added the weekly summary, off (opt-in).
  3: (v3) => ({ ...v3, schemaVersion: 4, weeklySummary: false }),
};

/**
 * The stored object brought up to SETTINGS_SCHEMA_VERSION. Only an object that says which
 * version it is gets migrated: one without `schemaVersion` was written by hand (a test, a
 * partial backup) and is read as the current shape. A newer version (synced from a computer
 * running a later release) is read as far as this version understands it.
 */
export function migrateSettings(raw: unknown): Record<string, unknown> {
  let value: Record<string, unknown> = isRecord(raw) ? raw : {};
  let version = value.schemaVersion;
  while (typeof version === 'number' && version < SETTINGS_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return {};
    value = step(value);
    version = value.schemaVersion;
  }
  return value;
}

function coerceNotifications(value: unknown): NotificationSettings {
  const raw = isRecord(value) ? value : {};
  const pick = (key: keyof NotificationSettings) =>
    typeof raw[key] === 'boolean' ? raw[key] : DEFAULT_NOTIFICATIONS[key];
  return {
    critical: pick('critical'),
    warning: pick('warning'),
    info: pick('info'),
    reminders: pick('reminders'),
    limits: pick('limits'),
  };
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function coerceSettings(raw: unknown): Settings {
  const value = migrateSettings(raw);
  const locale = LOCALES.includes(value.locale as LocaleSetting)
    ? (value.locale as LocaleSetting)
    : DEFAULT_SETTINGS.locale;
  const disabledWallets = Array.isArray(value.disabledWallets)
    ? [
        ...new Set(value.disabledWallets.filter((id): id is string => typeof id === 'string')),
      ].sort()
    : [];
  const timeZone =
    typeof value.timeZone === 'string' && value.timeZone !== 'auto' && isTimeZone(value.timeZone)
      ? value.timeZone
      : 'auto';
  const retentionDays =
    value.retentionDays === null
      ? null
      : (wholeDays(value.retentionDays, 1, 36500) ?? DEFAULT_SETTINGS.retentionDays);
  const reviewReminderDays =
    wholeDays(value.reviewReminderDays, 1, 365) ?? DEFAULT_SETTINGS.reviewReminderDays;
  const rules = coerceRuleSettings(value.rules);
  const updatedAt = value.updatedAt;
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    locale,
    disabledWallets,
    customSites: coerceCustomSites(value.customSites).slice(0, MAX_CUSTOM_SITES),
    rules: { ...rules, limits: rules.limits.slice(0, MAX_LIMITS) },
    timeZone,
    retentionDays,
    reviewReminderDays,
    notifications: coerceNotifications(value.notifications),
    lookalikeWarnings: flag(value.lookalikeWarnings, DEFAULT_SETTINGS.lookalikeWarnings),
    screenshotEvidence: flag(value.screenshotEvidence, DEFAULT_SETTINGS.screenshotEvidence),
    screenshotAuto: flag(value.screenshotAuto, DEFAULT_SETTINGS.screenshotAuto),
    sync: flag(value.sync, DEFAULT_SETTINGS.sync),
    weeklySummary: flag(value.weeklySummary, DEFAULT_SETTINGS.weeklySummary),
    updatedAt:
      typeof updatedAt === 'number' && Number.isFinite(updatedAt) && updatedAt > 0 ? updatedAt : 0,
  };
}

function wholeDays(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : undefined;
}

export async function readSettings(area: SettingsArea): Promise<Settings> {
  const stored = await area.get(SETTINGS_KEY);
  return coerceSettings(stored[SETTINGS_KEY]);
}

export type SettingsPatch = Partial<Omit<Settings, 'schemaVersion' | 'updatedAt'>>;

/**
 * Applies `patch` to the current settings; the result is coerced before it is written and
 * stamped with `now`, so settings sync can tell the newest copy.
 */
export async function updateSettings(
  area: SettingsArea,
  patch: SettingsPatch,
  now = Date.now(),
): Promise<Settings> {
  const next = coerceSettings({ ...(await readSettings(area)), ...patch, updatedAt: now });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Writes a whole settings object as it is (an import, a copy from sync), coerced. */
export async function replaceSettings(area: SettingsArea, settings: unknown): Promise<Settings> {
  const next = coerceSettings(settings);
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Rewrites settings stored by an older version in the current shape; true when it did. */
export async function migrateStoredSettings(area: SettingsArea): Promise<boolean> {
  const raw = (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  if (!isRecord(raw) || typeof raw.schemaVersion !== 'number') return false;
  if (raw.schemaVersion >= SETTINGS_SCHEMA_VERSION) return false;
  await area.set({ [SETTINGS_KEY]: coerceSettings(raw) });
  return true;
}
