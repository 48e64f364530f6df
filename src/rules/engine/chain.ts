import type { StoredEvent } from '../../model/event-types';

/** Findings list at most this many event ids: the most recent ones. `params.count` has the total. */
export const MAX_EVENT_IDS = 50;

/**
 * A run of related events where each follows the one before within `gapMs`: a burst of failed
 * sign-ins, or a notice seen day after day. Keyed by its first event, so a run that keeps
 * growing keeps its finding id instead of raising a new one per event.
 */
export interface ChainState {
  /** Id of the run's first event; null before the first event or after `resetChain`. */
  firstId: number | null;
  firstAt: number;
  lastAt: number;
  count: number;
  /** Most events seen within one window of `windowMs` (the burst's peak). */
  peak: number;
  /** Times of the events inside the current window, oldest first. */
  window: number[];
  eventIds: number[];
}

export function newChain(): ChainState {
  return { firstId: null, firstAt: 0, lastAt: 0, count: 0, peak: 0, window: [], eventIds: [] };
}

export function resetChain(state: ChainState): void {
  Object.assign(state, newChain());
}

export function pushCapped(list: number[], id: number, cap = MAX_EVENT_IDS): void {
  list.push(id);
  if (list.length > cap) list.splice(0, list.length - cap);
}

/**
 * Add `event` to the run. Two events belong to the same window when they are at most `windowMs`
 * apart (inclusive: 3 failures exactly 10 min apart count as 3 in 10 min); the run continues
 * while gaps stay within `gapMs` (defaults to the window).
 */
export function extendChain(
  state: ChainState,
  event: StoredEvent,
  windowMs: number,
  gapMs = windowMs,
): ChainState {
  if (state.firstId === null || event.at - state.lastAt > gapMs) {
    resetChain(state);
    state.firstId = event.id;
    state.firstAt = event.at;
  }
  state.lastAt = event.at;
  state.count += 1;
  state.window.push(event.at);
  let drop = 0;
  while (drop < state.window.length && event.at - (state.window[drop] as number) > windowMs) drop++;
  if (drop > 0) state.window.splice(0, drop);
  state.peak = Math.max(state.peak, state.window.length);
  pushCapped(state.eventIds, event.id);
  return state;
}
