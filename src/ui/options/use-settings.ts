import browser from 'webextension-polyfill';
import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  coerceSettings,
  readSettings,
  updateSettings,
  type Settings,
  type SettingsPatch,
} from '../../storage/settings';

export type SaveSettings = (
  patch: SettingsPatch | ((current: Settings) => SettingsPatch),
) => Promise<Settings>;

/**
 * The stored settings, live: a change written by another page, the worker or sync from another
 * computer shows at once. `save` applies a patch to what is stored now (not to this page's
 * copy), so two sections saved one after the other never undo each other.
 */
export function useSettings(initial: Settings): { settings: Settings; save: SaveSettings } {
  const [settings, setSettings] = useState(initial);
  useEffect(() => {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes.settings)
        setSettings(coerceSettings(changes.settings.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  const save = useCallback<SaveSettings>(async (patch) => {
    const local = browser.storage.local;
    const resolved = typeof patch === 'function' ? patch(await readSettings(local)) : patch;
    const next = await updateSettings(local, resolved);
    setSettings(next);
    return next;
  }, []);
  return { settings, save };
}

export interface Granted {
  origins: string[];
  permissions: string[];
}

/** What the browser has granted now; nothing when it cannot say. */
export function readGranted(): Promise<Granted> {
  return browser.permissions
    .getAll()
    .then((all) => ({ origins: all.origins ?? [], permissions: all.permissions ?? [] }))
    .catch(() => ({ origins: [], permissions: [] }));
}

/**
 * What the browser has granted now (origins and API permissions), kept up to date. `initial` is
 * read before the page's first render, so a switch that needs a permission never shows off for
 * a moment while it is on.
 */
export function useGranted(initial: Granted): Granted {
  const [granted, setGranted] = useState<Granted>(initial);
  useEffect(() => {
    const refresh = () => void readGranted().then(setGranted);
    refresh(); // a change between the first read and these listeners
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  return granted;
}
