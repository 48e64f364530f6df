import { OUTBOX_PREFIX, type OutboxEntry } from '../messages/outbox';
import type { ObserveMessage } from '../messages/types';
import { validateContentMessage } from '../messages/validate';
import type { Settings } from '../storage/settings';
import { walletIdForOrigin } from '../catalog/origins';

/** An attempt left in the outbox counts only if the next page comes soon after it. */
export const OUTBOX_MAX_AGE_MS = 2 * 60_000;

export interface LocalArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface RecoveredAttempt {
  message: ObserveMessage & { attemptId: string };
  origin: string;
  observedAt: number;
}

/**
 * Takes the outbox entries of `walletId` out of storage (the newest first) and returns those
 * that are still valid. The outbox is written by content scripts, so each entry goes through
 * the same validator as a message, and must belong to the asking page's wallet and be recent.
 * Stale or malformed entries of any wallet are removed as they are found.
 */
export async function takeOutbox(
  local: LocalArea,
  walletId: string,
  settings: Settings,
  now: number,
): Promise<RecoveredAttempt[]> {
  const all = await local.get(null);
  const recovered: RecoveredAttempt[] = [];
  const remove: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(OUTBOX_PREFIX)) continue;
    const entry = value as Partial<OutboxEntry> | null;
    const validation = validateContentMessage(entry?.message);
    const observedAt = entry?.observedAt;
    const fresh =
      typeof observedAt === 'number' && observedAt <= now && now - observedAt <= OUTBOX_MAX_AGE_MS;
    if (!validation.ok || !fresh || typeof entry?.origin !== 'string') {
      remove.push(key);
      continue;
    }
    const message = validation.message;
    if (
      message.type !== 'observe' ||
      !message.attemptId ||
      key !== `${OUTBOX_PREFIX}${message.attemptId}`
    ) {
      remove.push(key);
      continue;
    }
    if (walletIdForOrigin(entry.origin, settings) !== walletId) continue;
    remove.push(key);
    recovered.push({
      message: message as RecoveredAttempt['message'],
      origin: new URL(entry.origin).origin,
      observedAt,
    });
  }
  if (remove.length > 0) await local.remove(remove);
  return recovered.sort((a, b) => a.observedAt - b.observedAt);
}
