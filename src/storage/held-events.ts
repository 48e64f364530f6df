import type { NewEvent } from '../model/event-types';
import { withLock } from './lock';

/**
 * Events the database refused for lack of space wait here, in `storage.local` (not IndexedDB:
 * a separate store that `unlimitedStorage` exempts from the quota), oldest first, until there is
 * room. Bounded: past MAX_HELD the oldest waiting event is given up and counted, so a disk that
 * stays full cannot grow this without end and no loss goes unreported.
 */
export const HELD_KEY = 'held-events';
export const MAX_HELD = 500;
const HELD_LOCK = 'wallet-sentinel-held';

export interface HeldEvent {
  event: NewEvent;
  deliveryId?: string;
}

export interface HeldArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Only the worker writes this list, and only events it validated first; still, shape-checked. */
function isHeld(value: unknown): value is HeldEvent {
  const held = value as Partial<HeldEvent> | null;
  return (
    typeof held === 'object' &&
    held !== null &&
    typeof held.event === 'object' &&
    held.event !== null &&
    typeof held.event.at === 'number' &&
    typeof held.event.kind === 'string' &&
    (held.deliveryId === undefined || typeof held.deliveryId === 'string')
  );
}

export async function readHeld(area: HeldArea): Promise<HeldEvent[]> {
  const value = (await area.get(HELD_KEY))[HELD_KEY];
  return Array.isArray(value) ? value.filter(isHeld) : [];
}

/** Runs `task` on the list as its only writer: the worker's door and its alarm may both flush. */
export function withHeld<T>(task: () => Promise<T>): Promise<T> {
  return withLock(HELD_LOCK, task);
}

/** Adds one event (once per delivery id); returns how many wait and how many were given up. */
export async function holdEvent(
  area: HeldArea,
  held: HeldEvent,
): Promise<{ held: number; dropped: number }> {
  const list = await readHeld(area);
  if (held.deliveryId && list.some((h) => h.deliveryId === held.deliveryId)) {
    return { held: list.length, dropped: 0 };
  }
  list.push(held);
  const dropped = Math.max(0, list.length - MAX_HELD);
  const kept = list.slice(dropped);
  await area.set({ [HELD_KEY]: kept });
  return { held: kept.length, dropped };
}

export async function writeHeld(area: HeldArea, list: HeldEvent[]): Promise<void> {
  await area.set({ [HELD_KEY]: list });
}
