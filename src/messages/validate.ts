import { NOTICE_KINDS, type NoticeKind } from '../model/event-types';
import {
  LIMITS,
  OBSERVED_KINDS,
  type ContentMessage,
  type ObservedKind,
  type RejectReason,
} from './types';
import { UNSAFE_CHARS } from '../model/text';
import { OUTBOX_MAX } from './outbox';

export type Validation = { ok: true; message: ContentMessage } | { ok: false; error: RejectReason };

/** Attempt and delivery ids: `crypto.randomUUID()` in practice. */
const ATTEMPT_ID = /^[A-Za-z0-9-]{8,64}$/;
const DECIMAL = /^\d{1,24}(\.\d{1,18})?$/;
const CURRENCY = /^[A-Z0-9]{2,12}$/;
// Control characters and bidi overrides have no place in a path, address or site message.

const OBSERVE_KEYS = new Set([
  'type',
  'kind',
  'path',
  'deliveryId',
  'attemptId',
  'amount',
  'destination',
  'notice',
  'message',
]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function fail(error: RejectReason): Validation {
  return { ok: false, error };
}

function checkString(value: unknown, max: number): RejectReason | undefined {
  if (typeof value !== 'string' || value.length === 0) return 'bad-shape';
  if (value.length > max) return 'too-large';
  if (UNSAFE_CHARS.test(value)) return 'bad-shape';
  return undefined;
}

function validateObserve(raw: Record<string, unknown>): Validation {
  for (const key of Object.keys(raw)) if (!OBSERVE_KEYS.has(key)) return fail('bad-shape');
  if (!OBSERVED_KINDS.includes(raw.kind as ObservedKind)) return fail('bad-shape');
  const pathError = checkString(raw.path, LIMITS.path);
  if (pathError) return fail(pathError);
  const path = raw.path as string;
  if (!path.startsWith('/') || path.startsWith('//') || /[?#]/.test(path)) return fail('bad-shape');

  const deliveryError = checkString(raw.deliveryId, LIMITS.deliveryId);
  if (deliveryError) return fail(deliveryError);
  if (!ATTEMPT_ID.test(raw.deliveryId as string)) return fail('bad-shape');

  const optional: Array<[string, number]> = [
    ['attemptId', LIMITS.attemptId],
    ['destination', LIMITS.destination],
    ['message', LIMITS.message],
  ];
  for (const [key, max] of optional) {
    if (raw[key] === undefined) continue;
    const error = checkString(raw[key], max);
    if (error) return fail(error);
  }
  if (raw.attemptId !== undefined && !ATTEMPT_ID.test(raw.attemptId as string)) {
    return fail('bad-shape');
  }
  if (raw.notice !== undefined && !NOTICE_KINDS.includes(raw.notice as NoticeKind)) {
    return fail('bad-shape');
  }
  if ((raw.kind === 'notice') !== (raw.notice !== undefined)) return fail('bad-shape');
  if (raw.amount !== undefined) {
    const amount = raw.amount;
    if (!isPlainObject(amount) || Object.keys(amount).length !== 2) return fail('bad-shape');
    if (typeof amount.value !== 'string' || !DECIMAL.test(amount.value)) return fail('bad-shape');
    if (typeof amount.currency !== 'string' || !CURRENCY.test(amount.currency)) {
      return fail('bad-shape');
    }
  }
  return { ok: true, message: raw as unknown as ContentMessage };
}

const OUTBOX_ENTRY_KEYS = ['message', 'observedAt', 'token'];

/**
 * `pending-attempt`, with the attempts the page before kept (src/messages/outbox.ts): each
 * entry's message passes the same checks as a live `observe` of an attempt.
 */
function validatePendingAttempt(raw: Record<string, unknown>): Validation {
  const keys = Object.keys(raw);
  if (keys.some((key) => key !== 'type' && key !== 'outbox' && key !== 'token')) {
    return fail('bad-shape');
  }
  if (raw.token !== undefined && (typeof raw.token !== 'string' || !ATTEMPT_ID.test(raw.token))) {
    return fail('bad-shape');
  }
  if (raw.outbox === undefined) return { ok: true, message: raw as unknown as ContentMessage };
  const outbox = raw.outbox;
  if (!Array.isArray(outbox) || outbox.length === 0) return fail('bad-shape');
  if (outbox.length > OUTBOX_MAX) return fail('too-large');
  for (const entry of outbox as unknown[]) {
    if (!isPlainObject(entry)) return fail('bad-shape');
    const entryKeys = Object.keys(entry);
    if (entryKeys.length !== 3 || !OUTBOX_ENTRY_KEYS.every((k) => entryKeys.includes(k))) {
      return fail('bad-shape');
    }
    if (typeof entry.observedAt !== 'number' || !Number.isFinite(entry.observedAt)) {
      return fail('bad-shape');
    }
    if (typeof entry.token !== 'string' || !ATTEMPT_ID.test(entry.token)) return fail('bad-shape');
    const message = entry.message;
    if (!isPlainObject(message) || message.type !== 'observe') return fail('bad-shape');
    const check = validateObserve(message);
    if (!check.ok) return check;
    if (!String(message.kind).endsWith('.attempt') || message.attemptId === undefined) {
      return fail('bad-shape');
    }
  }
  return { ok: true, message: raw as unknown as ContentMessage };
}

/**
 * The one runtime check at the worker's door. Never throws: anything that is not exactly a
 * message we know, in the shape we know, within the sizes we allow, is rejected with a reason.
 */
export function validateContentMessage(raw: unknown): Validation {
  try {
    if (!isPlainObject(raw)) return fail('bad-shape');
    const size = JSON.stringify(raw).length;
    // A page's outbox may hand over a few attempts, each within the size of one message.
    const max = raw.type === 'pending-attempt' ? LIMITS.total * (OUTBOX_MAX + 1) : LIMITS.total;
    if (size > max) return fail('too-large');
    switch (raw.type) {
      case 'observe':
        return validateObserve(raw);
      case 'pending-attempt':
        return validatePendingAttempt(raw);
      default:
        return fail('unknown-type');
    }
  } catch {
    // A getter that throws, a cyclic object, a BigInt: hostile or broken, never stored.
    return fail('bad-shape');
  }
}
