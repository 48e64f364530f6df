import { LEGACY_OUTBOX_PREFIX } from '../messages/outbox';

/**
 * Content scripts are untrusted (SECURITY.md): a page process taken over by an exploit can do
 * anything the content script can. By default that includes writing `storage.local` and
 * `storage.sync`, where the worker keeps what it trusts: the settings (a wallet switched off is
 * not watched) and the waiting room (src/storage/held-events.ts, stored as the worker's own). So
 * the worker closes both to content scripts at every start; the content script needs neither
 * (its outbox is in the page's own storage, src/messages/outbox.ts).
 *
 * Chromium supports `setAccessLevel` on these areas; Firefox only on `storage.session` (which is
 * closed to content scripts there by default) and has no such switch for `local` and `sync` yet
 * (its bug 1724754): there the worker's checks of what waits (src/background/held-trust.ts) are
 * what stands. Returns the areas it closed.
 */
interface AreaWithAccess {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}

export async function closeStorageToContentScripts(areas: {
  local: AreaWithAccess;
  sync?: AreaWithAccess;
}): Promise<string[]> {
  const closed: string[] = [];
  for (const [name, area] of Object.entries(areas)) {
    if (typeof area?.setAccessLevel !== 'function') continue;
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
      closed.push(name);
    } catch {
      // Not supported for this area in this browser.
    }
  }
  return closed;
}

/** The outbox of earlier releases lived in `storage.local`; nothing reads it any more. */
export async function removeLegacyOutbox(local: {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}): Promise<void> {
  const keys = Object.keys(await local.get(null)).filter((k) => k.startsWith(LEGACY_OUTBOX_PREFIX));
  if (keys.length > 0) await local.remove(keys);
}
