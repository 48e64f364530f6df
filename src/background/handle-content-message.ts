import type { ContentResponse, ObserveMessage } from '../messages/types';
import { validateContentMessage } from '../messages/validate';
import type { NewEvent, StoredEvent } from '../model/event-types';
import { ensureOpen } from '../storage/db-recovery';
import { readSettings, type Settings } from '../storage/settings';
import { keepOutboxToken, takeOutbox } from './outbox';
import { onPageOpenedElsewhere } from './navigation-starts';
import { storeEvent, type EventStorage } from '../storage/store-event';
import {
  decidedByWorker,
  forgetLanding,
  pendingAttemptFor,
  rememberAttempt,
  settleAttempt,
  type SessionArea,
} from './pending-attempts';
import type { createRejectionCounter } from './rejections';
import type { Report } from './report';
import { admitSender, type SenderInfo } from './sender';

/**
 * What handleContentMessage works with: where events are stored (src/storage/store-event.ts)
 * plus the extension's id, the session area, the rejection counter and what to do after a
 * store. Passed in so the same code runs in the worker and in Node tests.
 */
export interface ContentMessageDeps extends EventStorage {
  extensionId: string;
  local: EventStorage['local'];
  session: SessionArea;
  rejections: ReturnType<typeof createRejectionCounter>;
  /** After an event is stored; `tabId` is the sending tab's when a content script sent it. */
  onStored?: (event: StoredEvent, tabId?: number) => void | Promise<void>;
  /** The worker's error report (src/background/report.ts); a refused write is one. */
  report?: Report;
}

/** Outcomes that end the wait for an attempt (a code prompt does not: the answer is still to come). */
const SETTLES = new Set([
  'login.success',
  'login.failure',
  'withdrawal.success',
  'withdrawal.pending',
  'withdrawal.failure',
]);

interface Source {
  walletId: string;
  origin: string;
  tabId: number;
}

function toEvent(message: ObserveMessage, source: Source, at: number): NewEvent {
  const event: NewEvent = {
    at,
    kind: message.kind,
    walletId: source.walletId,
    origin: source.origin,
    path: message.path,
  };
  if (message.amount) event.amount = { ...message.amount };
  if (message.destination !== undefined) event.destination = message.destination;
  if (message.notice !== undefined) event.notice = message.notice;
  if (message.attemptId !== undefined) event.attemptId = message.attemptId;
  if (message.message !== undefined) event.message = message.message;
  return event;
}

async function record(
  message: ObserveMessage,
  source: Source,
  at: number,
  settings: Settings,
  deps: ContentMessageDeps,
) {
  const { attemptId } = message;
  // Pruning to make room only where the user chose a retention period (settings.retentionDays).
  const allowPrune = settings.retentionDays !== null;
  const outcome = await storeEvent(
    deps,
    toEvent(message, source, at),
    message.deliveryId,
    allowPrune,
  );
  // Held: what waited and got in meanwhile (this event too, if there was room) is stored now.
  if (outcome.held) for (const event of outcome.stored) await deps.onStored?.(event);
  const duplicate = !outcome.held && outcome.duplicate;
  if (attemptId && message.kind.endsWith('.attempt')) {
    if (!duplicate) {
      const flow = message.kind === 'login.attempt' ? 'login' : 'withdrawal';
      await rememberAttempt(deps.session, source.tabId, {
        attemptId,
        walletId: source.walletId,
        at,
        flow,
        origin: source.origin,
        path: message.path,
      });
    }
  } else if (attemptId && SETTLES.has(message.kind)) {
    await settleAttempt(deps.session, source.tabId, attemptId);
  } else if (attemptId && message.kind === 'login.challenge') {
    await forgetLanding(deps.session, source.tabId, attemptId);
  }
  if (outcome.held) return undefined;
  if (!duplicate) await deps.onStored?.(outcome.event, source.tabId);
  return outcome.event;
}

/** The worker's one door for content scripts: validate, check the sender, then record. */
export async function handleContentMessage(
  raw: unknown,
  sender: SenderInfo,
  deps: ContentMessageDeps,
): Promise<ContentResponse> {
  const validation = validateContentMessage(raw);
  if (!validation.ok) {
    deps.rejections.count(validation.error);
    return validation;
  }
  // Whether the worker answered this outcome's attempt already, when the tab went away
  // (pending-attempts.ts): read beside the settings, not after them, so every message waits
  // the same and an attempt sent right after an outcome is still stored after it.
  const { message: incoming } = validation;
  const [settings, decided] = await Promise.all([
    readSettings(deps.local),
    incoming.type === 'observe' && incoming.attemptId && SETTLES.has(incoming.kind)
      ? decidedByWorker(deps.session, incoming.attemptId)
      : false,
  ]);
  const admission = admitSender(sender, deps.extensionId, settings);
  if (!admission.ok) {
    deps.rejections.count(admission.error);
    return admission;
  }
  const { message } = validation;
  const now = deps.now();
  // A page another site opened may show that site's words (a search page echoing the link's
  // query): no notice from it, so no warning and no notification in our name (issue 19).
  if (
    message.type === 'observe' &&
    message.kind === 'notice' &&
    (await onPageOpenedElsewhere(
      deps.session,
      admission.tabId,
      sender.url ?? '',
      message.path,
      settings,
    ))
  ) {
    deps.rejections.count('opened-elsewhere');
    return { ok: false, error: 'opened-elsewhere' };
  }

  try {
    // A database that stays closed is not the message's fault: storeEvent keeps the event
    // waiting and the user is told (src/storage/db-recovery.ts).
    await ensureOpen(deps.db).catch(() => undefined);
    if (message.type === 'pending-attempt') {
      // What the page before kept in its outbox, from this tab and this wallet's origin only
      // (the sender's, never the entry's), with the token that page gave with its question.
      const { tabId, walletId } = admission;
      const recovered = await takeOutbox(deps.session, tabId, walletId, message.outbox ?? [], now);
      for (const entry of recovered) {
        await record(entry.message, admission, entry.observedAt, settings, deps);
      }
      const pending = await pendingAttemptFor(deps.session, tabId, walletId, now);
      await keepOutboxToken(deps.session, tabId, walletId, now, message.token);
      return pending
        ? { ok: true, attemptId: pending.attemptId, flow: pending.flow }
        : { ok: true };
    }
    // An outcome the page sent as it went, arriving after the worker decided: not stored twice.
    if (decided) return { ok: true };
    const stored = await record(message, admission, now, settings, deps);
    return stored ? { ok: true, id: stored.id } : { ok: true, held: true };
  } catch (error) {
    deps.report?.('door', error);
    deps.rejections.count('storage-failed');
    return { ok: false, error: 'storage-failed' };
  }
}
