import type { ContentResponse, ObserveMessage } from '../messages/types';
import { validateContentMessage } from '../messages/validate';
import type { SentinelDb } from '../storage/db';
import type { NewEvent, StoredEvent } from '../storage/event-types';
import { appendEvent } from '../storage/events';
import { readSettings, type SettingsArea } from '../storage/settings';
import {
  pendingAttemptFor,
  rememberAttempt,
  settleAttempt,
  type SessionArea,
} from './pending-attempts';
import type { createRejectionCounter } from './rejections';
import { admitSender, type SenderInfo } from './sender';

/** Everything the door needs, passed in so the same code runs in the worker and in Node tests. */
export interface DoorDeps {
  db: SentinelDb;
  extensionId: string;
  local: SettingsArea;
  session: SessionArea;
  rejections: ReturnType<typeof createRejectionCounter>;
  now: () => number;
  onStored?: (event: StoredEvent) => void | Promise<void>;
}

function toEvent(message: ObserveMessage, walletId: string, origin: string, at: number): NewEvent {
  const event: NewEvent = { at, kind: message.kind, walletId, origin, path: message.path };
  if (message.amount) event.amount = { ...message.amount };
  if (message.destination !== undefined) event.destination = message.destination;
  if (message.notice !== undefined) event.notice = message.notice;
  if (message.attemptId !== undefined) event.attemptId = message.attemptId;
  if (message.message !== undefined) event.message = message.message;
  return event;
}

/** The worker's one door for content scripts: validate, check the sender, then record. */
export async function handleContentMessage(
  raw: unknown,
  sender: SenderInfo,
  deps: DoorDeps,
): Promise<ContentResponse> {
  const validation = validateContentMessage(raw);
  if (!validation.ok) {
    deps.rejections.count(validation.error);
    return validation;
  }
  const settings = await readSettings(deps.local);
  const admission = admitSender(sender, deps.extensionId, settings);
  if (!admission.ok) {
    deps.rejections.count(admission.error);
    return admission;
  }
  const { message } = validation;
  const now = deps.now();

  if (message.type === 'pending-attempt') {
    const pending = await pendingAttemptFor(deps.session, admission.tabId, admission.walletId, now);
    return pending ? { ok: true, attemptId: pending.attemptId } : { ok: true };
  }

  let stored: StoredEvent;
  try {
    stored = await appendEvent(
      deps.db,
      toEvent(message, admission.walletId, admission.origin, now),
    );
  } catch {
    deps.rejections.count('storage-failed');
    return { ok: false, error: 'storage-failed' };
  }
  if (message.attemptId && message.kind === 'login.attempt') {
    await rememberAttempt(deps.session, admission.tabId, {
      attemptId: message.attemptId,
      walletId: admission.walletId,
      at: now,
    });
  } else if (
    message.attemptId &&
    (message.kind === 'login.success' || message.kind === 'login.failure')
  ) {
    await settleAttempt(deps.session, admission.tabId, message.attemptId);
  }
  await deps.onStored?.(stored);
  return { ok: true, id: stored.id };
}
