import {
  coerceSettings,
  readSettings,
  replaceSettings,
  SETTINGS_SCHEMA_VERSION,
  type Settings,
  type SettingsArea,
} from './settings';

/**
 * Settings (never events) copied through `browser.storage.sync`, so a second computer gets the
 * same limits, sites and switches. The newest copy wins (by `updatedAt`); when a copy from
 * elsewhere replaces this computer's settings, a note says so on the options page.
 *
 * Quotas (Chrome and Firefox alike): 8,192 bytes per item, key length included; 102,400 bytes
 * in all. The settings' JSON is cut into chunks under the item quota; each chunk carries the
 * id of the write it belongs to, so chunks of two computers' writes merged by the browser's
 * sync (which resolves key by key) are never glued together.
 */
export const SYNC_PREFIX = 'settingsSync.';
const META_KEY = `${SYNC_PREFIX}meta`;
const chunkKey = (index: number) => `${SYNC_PREFIX}${index}`;
export const SYNC_ITEM_BYTES = 8_192;
/** The total quota less room for the meta item and for other writers. */
export const SYNC_BUDGET_BYTES = 90_000;

/** This computer's side of the bookkeeping, in `storage.local`. */
const STATE_KEY = 'settingsSyncState';
const NOTE_KEY = 'settingsSyncNote';

export interface SyncArea extends SettingsArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  remove(keys: string | string[]): Promise<void>;
}

interface SyncMeta {
  schemaVersion: number;
  updatedAt: number;
  write: string;
  chunks: number;
  device: string;
}

interface SyncState {
  device: string;
  /** `updatedAt` of the copy last written to or taken from sync. */
  syncedAt: number;
}

/** What the options page shows after another computer's settings replaced these. */
export interface SyncNote {
  at: number;
  /** When the copy that won was saved (on the other computer). */
  remoteUpdatedAt: number;
  /** When this computer's settings had last been changed, if they had unsynced changes. */
  replacedUpdatedAt?: number;
}

export type SyncOutcome =
  | 'disabled'
  | 'unavailable'
  | 'pushed'
  | 'pulled'
  | 'unchanged'
  | 'incomplete'
  | 'newer-version'
  | 'too-large';

const utf8 = new TextEncoder();
const itemBytes = (key: string, value: unknown) =>
  key.length + utf8.encode(JSON.stringify(value)).length;

/** The synced part of the settings: everything but the switch that turns sync on here. */
function payload(settings: Settings): Omit<Settings, 'sync'> {
  const { sync: _local, ...rest } = settings;
  return rest;
}

/** The settings' JSON as chunk strings, each item within the per-item quota. */
export function chunkSettings(settings: Settings, write: string): string[] {
  const json = JSON.stringify(payload(settings));
  const chars = Array.from(json);
  const chunks: string[] = [];
  let start = 0;
  while (start < chars.length) {
    // The longest slice that fits: JSON escaping makes a character's cost vary, so measure.
    const fits = (end: number) =>
      itemBytes(chunkKey(chunks.length), { w: write, d: chars.slice(start, end).join('') }) <=
      SYNC_ITEM_BYTES;
    let lo = start + 1;
    let hi = chars.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (fits(mid)) lo = mid;
      else hi = mid - 1;
    }
    chunks.push(chars.slice(start, lo).join(''));
    start = lo;
  }
  return chunks;
}

/** Every item a push writes, and their total size as the quota counts it. */
export function syncItems(settings: Settings, write: string, device: string) {
  const chunks = chunkSettings(settings, write);
  const meta: SyncMeta = {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    updatedAt: settings.updatedAt,
    write,
    chunks: chunks.length,
    device,
  };
  const items: Record<string, unknown> = { [META_KEY]: meta };
  chunks.forEach((d, i) => (items[chunkKey(i)] = { w: write, d }));
  const bytes = Object.entries(items).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
  return { items, bytes, chunks: chunks.length };
}

function isMeta(value: unknown): value is SyncMeta {
  const m = value as SyncMeta | undefined;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.schemaVersion === 'number' &&
    typeof m.updatedAt === 'number' &&
    typeof m.write === 'string' &&
    typeof m.device === 'string' &&
    Number.isInteger(m.chunks) &&
    m.chunks > 0 &&
    m.chunks <= 64
  );
}

/** The settings in sync, when a complete copy of one write is there. */
async function readRemote(
  sync: SyncArea,
): Promise<
  | { status: 'none' }
  | { status: 'incomplete' | 'newer-version'; meta: SyncMeta }
  | { status: 'ok'; meta: SyncMeta; settings: Settings }
> {
  const all = await sync.get(null);
  const meta = all[META_KEY];
  if (!isMeta(meta)) return { status: 'none' };
  if (meta.schemaVersion > SETTINGS_SCHEMA_VERSION) return { status: 'newer-version', meta };
  let json = '';
  for (let i = 0; i < meta.chunks; i++) {
    const chunk = all[chunkKey(i)] as { w?: unknown; d?: unknown } | undefined;
    if (chunk?.w !== meta.write || typeof chunk.d !== 'string') {
      return { status: 'incomplete', meta };
    }
    json += chunk.d;
  }
  try {
    return { status: 'ok', meta, settings: coerceSettings(JSON.parse(json)) };
  } catch {
    return { status: 'incomplete', meta };
  }
}

async function readState(local: SettingsArea): Promise<SyncState> {
  const raw = (await local.get(STATE_KEY))[STATE_KEY] as Partial<SyncState> | undefined;
  if (typeof raw?.device === 'string' && typeof raw.syncedAt === 'number') {
    return { device: raw.device, syncedAt: raw.syncedAt };
  }
  const state = { device: crypto.randomUUID(), syncedAt: 0 };
  await local.set({ [STATE_KEY]: state });
  return state;
}

/** Takes the copy in sync when it is newer than this computer's settings. */
export async function pullSettings(
  local: SettingsArea,
  sync: SyncArea | undefined,
  now: number,
): Promise<SyncOutcome> {
  if (!sync) return 'unavailable';
  const current = await readSettings(local);
  if (!current.sync) return 'disabled';
  const remote = await readRemote(sync);
  if (remote.status === 'none') return 'unchanged';
  if (remote.status !== 'ok') return remote.status;
  if (remote.meta.updatedAt <= current.updatedAt) return 'unchanged';
  const state = await readState(local);
  // Unsynced changes here lose to the newer copy: say so, with both times.
  const conflict = current.updatedAt > state.syncedAt && current.updatedAt > 0;
  await replaceSettings(local, { ...remote.settings, sync: current.sync });
  const note: SyncNote = {
    at: now,
    remoteUpdatedAt: remote.meta.updatedAt,
    ...(conflict ? { replacedUpdatedAt: current.updatedAt } : {}),
  };
  await local.set({
    [STATE_KEY]: { ...state, syncedAt: remote.meta.updatedAt },
    ...(remote.meta.device !== state.device ? { [NOTE_KEY]: note } : {}),
  });
  return 'pulled';
}

/** Writes this computer's settings to sync, unless the copy there is newer (then takes it). */
export async function pushSettings(
  local: SettingsArea,
  sync: SyncArea | undefined,
  now: number,
): Promise<SyncOutcome> {
  if (!sync) return 'unavailable';
  const current = await readSettings(local);
  if (!current.sync) return 'disabled';
  const remote = await readRemote(sync);
  if (remote.status === 'newer-version') return 'newer-version';
  if (remote.status !== 'none' && remote.meta.updatedAt > current.updatedAt) {
    return pullSettings(local, sync, now);
  }
  const state = await readState(local);
  // Never changed here (a fresh install): nothing worth writing over another computer's copy.
  if (current.updatedAt === 0) return 'unchanged';
  if (remote.status === 'ok' && remote.meta.updatedAt === current.updatedAt) {
    if (state.syncedAt !== current.updatedAt)
      await local.set({ [STATE_KEY]: { ...state, syncedAt: current.updatedAt } });
    return 'unchanged';
  }
  const { items, bytes, chunks } = syncItems(current, crypto.randomUUID(), state.device);
  if (bytes > SYNC_BUDGET_BYTES) return 'too-large';
  await sync.set(items);
  const stale = remote.status === 'none' ? 0 : remote.meta.chunks;
  const leftovers = Array.from({ length: Math.max(0, stale - chunks) }, (_, i) =>
    chunkKey(chunks + i),
  );
  if (leftovers.length > 0) await sync.remove(leftovers);
  await local.set({ [STATE_KEY]: { ...state, syncedAt: current.updatedAt } });
  return 'pushed';
}

export function isSyncKey(key: string): boolean {
  return key.startsWith(SYNC_PREFIX);
}

export async function readSyncNote(local: SettingsArea): Promise<SyncNote | undefined> {
  const raw = (await local.get(NOTE_KEY))[NOTE_KEY] as Partial<SyncNote> | undefined;
  if (typeof raw?.at !== 'number' || typeof raw.remoteUpdatedAt !== 'number') return undefined;
  return {
    at: raw.at,
    remoteUpdatedAt: raw.remoteUpdatedAt,
    ...(typeof raw.replacedUpdatedAt === 'number'
      ? { replacedUpdatedAt: raw.replacedUpdatedAt }
      : {}),
  };
}

export async function dismissSyncNote(local: SyncArea): Promise<void> {
  await local.remove(NOTE_KEY);
}

export const SYNC_NOTE_KEY = NOTE_KEY;
