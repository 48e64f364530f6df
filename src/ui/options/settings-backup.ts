import {
  coerceSettings,
  migrateSettings,
  SETTINGS_SCHEMA_VERSION,
  type Settings,
} from '../../storage/settings';
import { bad, ok, type Parsed } from './problem';

/**
 * A settings backup: one JSON file the user keeps or moves to another browser. Import is all
 * or nothing: every value must be valid as it stands (after migrating an older version), or
 * nothing is applied — a repaired half of a backup would be settings the user never chose.
 */
export const BACKUP_FORMAT = 'wallet-sentinel-settings';
const MAX_BYTES = 1_000_000;

/** Fields that belong to this computer, not to a backup. */
const LOCAL_ONLY = ['sync', 'updatedAt'] as const;

export function backupDocument(settings: Settings, now: number): string {
  const { sync: _sync, updatedAt: _updatedAt, ...kept } = settings;
  const doc = { format: BACKUP_FORMAT, exportedAt: new Date(now).toISOString(), settings: kept };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function backupFileName(now: number): string {
  return `wallet-sentinel-settings-${new Date(now).toISOString().slice(0, 10)}.json`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with object keys sorted, so two equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/**
 * Paths of values coercion would change: each is missing, of the wrong type, out of range or
 * unknown. `rules` is checked key by key so the message can name the one threshold at fault.
 */
export function invalidPaths(raw: Record<string, unknown>, coerced: Settings): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(coerced)) {
    if ((LOCAL_ONLY as readonly string[]).includes(key)) continue;
    if (key === 'rules' && isRecord(raw.rules)) {
      for (const [rule, ruleValue] of Object.entries(value as Record<string, unknown>)) {
        if (canonical(raw.rules[rule]) !== canonical(ruleValue)) paths.push(`rules.${rule}`);
      }
      for (const rule of Object.keys(raw.rules)) {
        if (!(rule in (value as object))) paths.push(`rules.${rule}`);
      }
      continue;
    }
    if (canonical(raw[key]) !== canonical(value)) paths.push(key);
  }
  return paths;
}

/** The settings in a backup file's text, or why it cannot be imported. */
export function parseBackup(text: string): Parsed<Settings> {
  if (text.length > MAX_BYTES) return bad('optionsImportTooLarge');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return bad('optionsImportNotJson');
  }
  if (!isRecord(doc) || doc.format !== BACKUP_FORMAT || !isRecord(doc.settings)) {
    return bad('optionsImportWrongFormat');
  }
  const version = doc.settings.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return bad('optionsImportWrongFormat');
  }
  if (version > SETTINGS_SCHEMA_VERSION) return bad('optionsImportNewer');
  const migrated = migrateSettings(doc.settings);
  const settings = coerceSettings(migrated);
  const paths = invalidPaths(migrated, settings);
  if (paths.length > 0) return bad('optionsImportInvalid', paths.length, paths[0]!);
  return ok(settings);
}
