import { walletForHost } from '../catalog';
import { originPattern } from '../catalog/origins';
import type { Settings } from '../storage/settings';

/**
 * The user's own wallet sites get the same content script as the catalog's, registered at run
 * time (`scripting.registerContentScripts`) for each site whose origin the browser has granted.
 * Registrations persist across browser restarts; the worker still reconciles them with the
 * settings at every start and whenever the settings or the granted permissions change, so a
 * site removed, revoked in the browser's own UI or synced from another computer is followed.
 */
export const SCRIPT_PREFIX = 'custom-site:';

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

/** The parts of `browser.scripting` and `browser.permissions` this needs; tests pass fakes. */
export interface CustomSiteApi {
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
  };
  permissions: {
    contains(permissions: { origins?: string[] }): Promise<boolean>;
  };
}

/** The registration for one site: the catalog's content script, top frame only. */
export function scriptFor(origin: string): RegisteredScript {
  return {
    id: `${SCRIPT_PREFIX}${origin}`,
    matches: [originPattern(origin)],
    js: ['content.js'],
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };
}

/** Catalog hosts already have the manifest's content script: a second copy would double-count. */
function isCatalogOrigin(origin: string): boolean {
  try {
    return walletForHost(new URL(origin).hostname) !== undefined;
  } catch {
    return true;
  }
}

/**
 * Registers the script for every own site the browser has granted and unregisters every other
 * one of ours. Returns what changed.
 */
export async function reconcileCustomSites(
  api: CustomSiteApi,
  settings: Settings,
): Promise<{ registered: string[]; unregistered: string[] }> {
  const wanted = new Map<string, string>();
  for (const { origin } of settings.customSites) {
    if (isCatalogOrigin(origin)) continue;
    if (await api.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false)) {
      wanted.set(scriptFor(origin).id, origin);
    }
  }
  const ours = (await api.scripting.getRegisteredContentScripts()).filter((s) =>
    s.id.startsWith(SCRIPT_PREFIX),
  );
  const stale = ours
    .filter((s) => !wanted.has(s.id) || s.matches?.[0] !== originPattern(wanted.get(s.id)!))
    .map((s) => s.id);
  if (stale.length > 0) await api.scripting.unregisterContentScripts({ ids: stale });
  const present = new Set(ours.map((s) => s.id).filter((id) => !stale.includes(id)));
  const missing = [...wanted].filter(([id]) => !present.has(id)).map(([, origin]) => origin);
  for (const origin of missing) {
    // One at a time: a registration racing another context's fails alone, not the batch. Its
    // failure is that race (the same id registered twice); the next run sees the result.
    await api.scripting.registerContentScripts([scriptFor(origin)]).catch(() => undefined);
  }
  return { registered: missing, unregistered: stale };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Reconciliations one after another: settings and permission events arrive in bursts (add a
 * site = a permission event and a settings write), and two overlapping runs would both register.
 */
export function reconcileInTurn(api: CustomSiteApi, read: () => Promise<Settings>) {
  const run = queue.then(async () => reconcileCustomSites(api, await read()));
  // Only the queue forgets a failure; the caller still gets it from `run`.
  queue = run.catch(() => undefined);
  return run;
}
