import type { BrowserContext, Page, Worker } from 'playwright-core';

/** Rejects with `label timed out after N ms` if `promise` has not settled in time. */
export function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Stops every service worker, as Chrome does after 30 s idle. Needs any page of the context
 * for the CDP session. Afterwards `evaluate` on the extension's Worker hangs (race it with
 * withTimeout) until the worker runs again: getWorker wakes it.
 */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The extension's live service worker, woken if needed. Chromium does not start a stopped
 * worker just because an extension page opens (only when something messages it), so after
 * opening popup.html for a moment this asks CDP to start it (`ServiceWorker.startWorker`).
 * Playwright keeps the same Worker object across a stop and restart, without a new
 * `serviceworker` event, so liveness is checked by evaluating in it.
 */
export async function getWorker(
  context: BrowserContext,
  extensionId: string,
  timeoutMs = 15_000,
): Promise<Worker> {
  const scopeURL = `chrome-extension://${extensionId}/`;
  const live = await findLiveWorker(context, scopeURL);
  if (live) return live;

  const deadline = Date.now() + timeoutMs;
  const page = await context.newPage();
  try {
    await page.goto(`${scopeURL}popup.html`).catch(() => undefined);
    const woken = await pollLiveWorker(context, scopeURL, Math.min(2_000, timeoutMs));
    if (woken) return woken;
    const cdp = await context.newCDPSession(page);
    try {
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.startWorker', { scopeURL });
    } finally {
      await cdp.detach().catch(() => undefined);
    }
    const started = await pollLiveWorker(context, scopeURL, Math.max(0, deadline - Date.now()));
    if (started) return started;
    throw new Error(`service worker of ${extensionId} did not start within ${timeoutMs} ms`);
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function pollLiveWorker(
  context: BrowserContext,
  scopeURL: string,
  ms: number,
): Promise<Worker | null> {
  const deadline = Date.now() + ms;
  for (;;) {
    const live = await findLiveWorker(context, scopeURL);
    if (live || Date.now() >= deadline) return live;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function findLiveWorker(context: BrowserContext, scopeURL: string): Promise<Worker | null> {
  const ours = context.serviceWorkers().filter((w) => w.url().startsWith(scopeURL));
  for (const worker of ours.reverse()) {
    if (await isAlive(worker)) return worker;
  }
  return null;
}

async function isAlive(worker: Worker): Promise<boolean> {
  const ping = worker.evaluate(() => 1);
  return withTimeout(ping, 500, 'worker ping').then(
    (value) => value === 1,
    () => false,
  );
}
