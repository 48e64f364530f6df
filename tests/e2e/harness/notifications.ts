import type { BrowserContext } from 'playwright-core';
import { getWorker } from './worker';

/** What the worker passed to `chrome.notifications.create`: the id and the options. */
export interface CapturedNotification {
  id: string | null;
  options: Record<string, unknown>;
}

interface Capture {
  calls: CapturedNotification[];
  /** Set when the wrapper is installed; gone if the worker was stopped and started since. */
  installed: string;
}

/**
 * Wraps `chrome.notifications.create` in the extension's running worker (through CDP, as a
 * debugger would), so every notification the product makes is recorded with its text before it
 * goes to the real API. webextension-polyfill looks the function up on each call, so the wrapper
 * sees the product's calls too. Lives in the worker's memory: `capturedNotifications` fails if
 * the worker was restarted in between, rather than report nothing.
 */
export async function captureNotifications(
  context: BrowserContext,
  extensionId: string,
): Promise<string> {
  const worker = await getWorker(context, extensionId);
  const token = `capture-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await worker.evaluate((token) => {
    const scope = globalThis as unknown as { __wsNotifications?: Capture };
    const api = chrome.notifications;
    const original = api.create;
    const capture: Capture = { calls: [], installed: token };
    scope.__wsNotifications = capture;
    api.create = function (this: unknown, ...args: unknown[]) {
      const [first, second] = args;
      const id = typeof first === 'string' ? first : null;
      const options = (typeof first === 'string' ? second : first) as Record<string, unknown>;
      capture.calls.push({ id, options: JSON.parse(JSON.stringify(options ?? {})) });
      return original.apply(this, args);
    };
  }, token);
  return token;
}

/** Every notification captured since `captureNotifications` returned `token`. */
export async function capturedNotifications(
  context: BrowserContext,
  extensionId: string,
  token: string,
): Promise<CapturedNotification[]> {
  const worker = await getWorker(context, extensionId);
  const capture = await worker.evaluate(
    () => (globalThis as unknown as { __wsNotifications?: Capture }).__wsNotifications ?? null,
  );
  if (capture?.installed !== token) {
    throw new Error('the worker was restarted since the notifications capture was installed');
  }
  return capture.calls;
}
