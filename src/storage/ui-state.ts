import type { SettingsArea } from './settings';

/**
 * What the pages remember about the user's own use, not settings: when the activity log was last
 * opened (the `review-overdue` reminder counts from it). Kept in `storage.local`, never synced.
 */
export interface UiState {
  /** Epoch ms the log page was last opened; 0 = never. */
  logOpenedAt: number;
  /** Epoch ms the extension was installed: a new user is not told to review an empty log. */
  installedAt: number;
}

const KEY = 'uiState';

function finite(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

export async function readUiState(area: SettingsArea): Promise<UiState> {
  const raw = (await area.get(KEY))[KEY] as Partial<UiState> | undefined;
  return { logOpenedAt: finite(raw?.logOpenedAt), installedAt: finite(raw?.installedAt) };
}

export async function updateUiState(area: SettingsArea, patch: Partial<UiState>): Promise<UiState> {
  const next = { ...(await readUiState(area)), ...patch };
  await area.set({ [KEY]: next });
  return next;
}

/** Called by the log page when it opens. */
export function markLogOpened(area: SettingsArea, now: number): Promise<UiState> {
  return updateUiState(area, { logOpenedAt: now });
}
