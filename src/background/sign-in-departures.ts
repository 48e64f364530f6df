import type { NewEvent } from '../model/event-types';
import {
  DEPARTURE_GRACE_MS,
  departureOutcome,
  landedAttempt,
  noteTabLoad,
  type SessionArea,
  type TabLoad,
} from './pending-attempts';

/**
 * The worker half of issue 14, class 5: what the worker sees of a tab with a sign-in attempt
 * waiting (its top-level loads, another site opened in it, its closing) decides the attempt's
 * outcome when the page itself could not (see pending-attempts.ts for the evidence asked).
 * Everything it keeps is in `storage.session`, so a worker stopped in between decides the same.
 */
export interface DepartureDeps {
  session: SessionArea;
  /** Which wallet an origin belongs to, under the person's current settings. */
  walletOf(): Promise<(origin: string) => string | undefined>;
  record(event: NewEvent): Promise<void>;
  sleep(ms: number): Promise<void>;
  now(): number;
}

export function createDepartures(deps: DepartureDeps) {
  /** Tabs being decided now: several events about one departure decide once. */
  const deciding = new Set<number>();

  async function departed(tabId: number) {
    if (deciding.has(tabId)) return;
    deciding.add(tabId);
    try {
      const pending = await landedAttempt(deps.session, tabId, deps.now());
      if (!pending) return;
      // An outcome the page sent as it went (pagehide) comes first when it arrives at all.
      await deps.sleep(DEPARTURE_GRACE_MS);
      const event = await departureOutcome(deps.session, tabId, pending.attemptId, deps.now());
      if (event) await deps.record(event);
    } finally {
      deciding.delete(tabId);
    }
  }

  return {
    /** A main-frame load answered in a tab (webRequest). `landed`: start watching the tab. */
    async load(load: TabLoad): Promise<'landed' | 'left' | undefined> {
      const result = await noteTabLoad(deps.session, load, await deps.walletOf(), deps.now());
      if (result === 'left') await departed(load.tabId);
      return result;
    },
    /** A tab changed; `url` is undefined when the extension may not see it (another site). */
    async updated(tabId: number, url: string | undefined) {
      const pending = await landedAttempt(deps.session, tabId, deps.now());
      if (!pending) return;
      const walletOf = await deps.walletOf();
      let origin: string | undefined;
      try {
        origin = url === undefined ? undefined : new URL(url).origin;
      } catch {
        origin = undefined;
      }
      if (origin !== undefined && walletOf(origin) === pending.walletId) return;
      await departed(tabId);
    },
    /** The tab was closed. */
    removed: departed,
  };
}
