import { walletIdForOrigin } from '../catalog/origins';
import { OBSERVED_KINDS, type ObservedKind } from '../messages/types';
import { validateContentMessage } from '../messages/validate';
import { EVENT_KINDS, type EventKind } from '../model/event-types';
import type { HeldEvent } from '../storage/held-events';
import type { Settings } from '../storage/settings';

/** What an event made by toEvent (handle-content-message.ts) may carry besides the message's fields. */
const EVENT_ONLY = new Set(['at', 'walletId', 'origin']);

/**
 * Whether an event in the waiting room (src/storage/held-events.ts) is one the worker could have
 * put there. The worker writes it only after the door's checks, but `storage.local` is not the
 * worker's alone everywhere (Firefox lets content scripts write it; src/background/
 * storage-access.ts), so each is checked again before it is stored, exactly as a live message:
 * an observed kind must pass the door's validator with its own fields, and its origin must be
 * one of the wallet's (catalog or the user's own sites). Events the worker makes itself (an
 * outage, a lookalike visit) are checked for a known kind and a time.
 */
export function heldIsTrusted(held: HeldEvent, settings: Settings, now: number): boolean {
  const event = held.event as unknown as Record<string, unknown>;
  if (!EVENT_KINDS.includes(event.kind as EventKind)) return false;
  const at = event.at;
  if (typeof at !== 'number' || !Number.isFinite(at) || at > now + 60_000) return false;
  if (!OBSERVED_KINDS.includes(event.kind as ObservedKind)) return true;
  if (typeof event.origin !== 'string' || typeof event.walletId !== 'string') return false;
  let origin: string;
  try {
    origin = new URL(event.origin).origin;
  } catch {
    return false;
  }
  if (origin !== event.origin || walletIdForOrigin(origin, settings) !== event.walletId) {
    return false;
  }
  const message: Record<string, unknown> = {
    type: 'observe',
    deliveryId: held.deliveryId ?? 'held-00000000',
  };
  for (const [key, value] of Object.entries(event)) if (!EVENT_ONLY.has(key)) message[key] = value;
  return validateContentMessage(message).ok;
}

/** The waiting room less what fails heldIsTrusted; `onRejected` hears how many went. */
export function trustedHeld(
  list: HeldEvent[],
  settings: Settings,
  now: number,
  onRejected: (count: number) => void,
): HeldEvent[] {
  const kept = list.filter((held) => heldIsTrusted(held, settings, now));
  if (kept.length < list.length) onRejected(list.length - kept.length);
  return kept;
}
