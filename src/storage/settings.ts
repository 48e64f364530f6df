import {
  coerceRuleSettings,
  DEFAULT_RULE_SETTINGS,
  type RuleSettings,
} from '../rules/rule-settings';

/**
 * Typed settings with defaults, coerced on every read: a value from an older version, a
 * hand-edited backup or another browser's sync can never hand the rest of the code a wrong type.
 */
export const LOCALES = ['auto', 'en', 'zh_CN'] as const;
export type LocaleSetting = (typeof LOCALES)[number];

export interface CustomSite {
  /** `https://wallet.example` — an origin the user added, recorded as `custom:<origin>`. */
  origin: string;
  addedAt: number;
}

export interface Settings {
  schemaVersion: 1;
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
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  schemaVersion: 1,
  locale: 'auto',
  disabledWallets: [],
  customSites: [],
  rules: DEFAULT_RULE_SETTINGS,
  timeZone: 'auto',
  retentionDays: 365,
  reviewReminderDays: 30,
});

const SETTINGS_KEY = 'settings';

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

export function coerceSettings(raw: unknown): Settings {
  const value = isRecord(raw) ? raw : {};
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
  return {
    schemaVersion: 1,
    locale,
    disabledWallets,
    customSites: coerceCustomSites(value.customSites),
    rules: coerceRuleSettings(value.rules),
    timeZone,
    retentionDays,
    reviewReminderDays,
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

/** Applies `patch` to the current settings; the result is coerced before it is written. */
export async function updateSettings(
  area: SettingsArea,
  patch: Partial<Omit<Settings, 'schemaVersion'>>,
): Promise<Settings> {
  const next = coerceSettings({ ...(await readSettings(area)), ...patch });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}
