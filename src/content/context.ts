import type {
  ContentMessage,
  ContentResponse,
  ObservedKind,
  ObserveMessage,
} from '../messages/types';
import { OUTBOX_KEY, OUTBOX_MAX, type OutboxEntry } from '../messages/outbox';
import { LIMITS } from '../messages/types';
import { UNSAFE_RUNS } from '../model/text';
import { watchGestures, type GestureBudget } from './gesture';
import { watchTypedCodes } from './typed-codes';

/**
 * The content script talks to the worker through this one object. No webextension-polyfill
 * here: both browsers' `runtime.sendMessage` return promises in MV3, and the content script
 * is injected into every wallet page, so it stays small (a classic script, no imports at run time).
 */
interface RuntimeLike {
  /** Undefined once the extension was reloaded or removed under this page. */
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}
interface ExtensionApi {
  runtime: RuntimeLike;
  extension?: { inIncognitoContext?: boolean };
}
declare const browser: ExtensionApi | undefined;
declare const chrome: ExtensionApi | undefined;

export type ObserveFields = Omit<ObserveMessage, 'type' | 'kind' | 'path' | 'deliveryId'>;

export interface PendingAttempt {
  attemptId: string;
  flow: 'login' | 'withdrawal';
}

export interface DetectorContext {
  report(kind: ObservedKind, fields?: ObserveFields): Promise<ContentResponse | undefined>;
  ask(message: ContentMessage): Promise<ContentResponse | undefined>;
  /**
   * Asked once per page load: the attempt made on the page before this one in the same tab,
   * whose outcome this page is to tell (a classic form post unloads the page that saw it).
   */
  pendingAttempt: Promise<PendingAttempt | undefined>;
  /** The person's clicks and Enter presses: each pays for one attempt, in its own form (gesture.ts). */
  gestures: GestureBudget;
  /** What one detector tells the others about this page. */
  state: {
    /** Until then a withdrawal flow is under way: a password asked now approves it, not a sign-in. */
    withdrawalUntil: number;
  };
}

export interface Detector {
  /** Equals the file name. */
  id: string;
  /** Starts observing; returns the function that stops it. */
  start(ctx: DetectorContext): () => void;
}

// Control characters and bidi overrides are rejected at the door; a site message keeps its words.

export function cleanText(text: string, max: number): string {
  const clean = text.replace(UNSAFE_RUNS, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

function api(): ExtensionApi | undefined {
  if (typeof browser !== 'undefined' && browser?.runtime) return browser;
  if (typeof chrome !== 'undefined' && chrome?.runtime) return chrome;
  return undefined;
}

/** This page's outbox in its own `sessionStorage`; an unreadable one is empty. */
function readOutbox(): OutboxEntry[] {
  try {
    const list: unknown = JSON.parse(sessionStorage.getItem(OUTBOX_KEY) ?? '[]');
    return Array.isArray(list) ? (list as OutboxEntry[]).slice(-OUTBOX_MAX) : [];
  } catch {
    return [];
  }
}

function writeOutbox(list: OutboxEntry[]): void {
  try {
    if (list.length === 0) sessionStorage.removeItem(OUTBOX_KEY);
    else sessionStorage.setItem(OUTBOX_KEY, JSON.stringify(list.slice(-OUTBOX_MAX)));
  } catch {
    // Storage refused (a sandboxed page, a full disk): the live message is the only way left.
  }
}

/**
 * See src/messages/outbox.ts: an attempt must survive the page unloading under it. Kept with this
 * page's token; nothing from a private window is recorded.
 */
function keepInOutbox(message: ObserveMessage, token: string): void {
  if (!message.attemptId || !message.kind.endsWith('.attempt')) return;
  if (api()?.extension?.inIncognitoContext) return;
  const entry: OutboxEntry = { message, observedAt: Date.now(), token };
  writeOutbox([...readOutbox(), entry]);
}

/** The worker has the attempt: the next page need not hand it over. */
function dropFromOutbox(attemptId: string | undefined): void {
  if (!attemptId) return;
  const list = readOutbox();
  const left = list.filter((entry) => entry?.message?.attemptId !== attemptId);
  if (left.length !== list.length) writeOutbox(left);
}

/**
 * Waits before each resend: a worker being stopped or started takes a moment, a full disk longer.
 * About 30 s in all, then the observation is given up (the page may be long gone by then).
 */
const RETRY_DELAYS_MS = [200, 400, 800, 1600, 3200, 6400, 8000, 8000];

/** An answer that ends the resending: stored, held, or refused for good (only a storage fault may pass). */
const settled = (response: ContentResponse | undefined) =>
  response !== undefined && (response.ok || response.error !== 'storage-failed');

export function createContext(): DetectorContext {
  async function ask(message: ContentMessage) {
    try {
      return (await api()?.runtime.sendMessage(message)) as ContentResponse | undefined;
    } catch {
      // The worker was stopped before it answered, or the extension was reloaded under this page.
      return undefined;
    }
  }
  /**
   * Sends until the worker answers. The same delivery id each time, so an observation the worker
   * stored just before it was stopped is not stored twice. A reloaded extension (no runtime id)
   * can never answer this page: give up quietly.
   */
  async function deliver(message: ContentMessage) {
    let response = await ask(message);
    for (const delay of RETRY_DELAYS_MS) {
      if (settled(response) || !api()?.runtime.id) break;
      await new Promise((resolve) => setTimeout(resolve, delay));
      response = await ask(message);
    }
    return response;
  }
  /**
   * This page's token, given to the worker with the question below and carried by its outbox
   * entries. It stays in this world's memory: the page's scripts see it only in an entry, which
   * exists only for a real attempt, and the next page has a new one.
   */
  const outboxToken = crypto.randomUUID();
  // A code the person typed is never part of a stored message, even when the site repeats it.
  const codes = watchTypedCodes();
  // The page before handed over what it kept, once: the entries leave this page's storage now.
  const handed = readOutbox();
  if (handed.length > 0) writeOutbox([]);
  const pendingAttempt = deliver({
    type: 'pending-attempt',
    token: outboxToken,
    ...(handed.length > 0 ? { outbox: handed } : {}),
  }).then((response) =>
    response?.ok && response.attemptId && response.flow
      ? { attemptId: response.attemptId, flow: response.flow }
      : undefined,
  );
  return {
    ask,
    pendingAttempt,
    gestures: watchGestures(),
    state: { withdrawalUntil: 0 },
    report(kind, fields = {}) {
      const message: ObserveMessage = {
        type: 'observe',
        kind,
        path: location.pathname.slice(0, LIMITS.path) || '/',
        deliveryId: crypto.randomUUID(),
        ...fields,
      };
      if (fields.message !== undefined) {
        const text = cleanText(codes.strip(fields.message), LIMITS.message);
        if (text) message.message = text;
        else delete message.message;
      }
      keepInOutbox(message, outboxToken);
      return deliver(message).then((response) => {
        if (response?.ok) dropFromOutbox(message.attemptId);
        return response;
      });
    },
  };
}
