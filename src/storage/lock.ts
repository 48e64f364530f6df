/**
 * Runs `task` alone among every context of the extension that asks for the same lock name.
 * The hash chain needs one writer at a time: the worker, an import on the log page and a second
 * worker instance after a restart must never interleave. Web Locks span all of them; where the
 * API is missing (Node tests) an in-process queue gives the same order within the one context.
 */
const queues = new Map<string, Promise<unknown>>();
/** Tasks queued or running per lock name, where the API is missing. */
const busy = new Map<string, number>();

export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, task) as Promise<T>;
  const previous = queues.get(name) ?? Promise.resolve();
  busy.set(name, (busy.get(name) ?? 0) + 1);
  const run = previous.then(task, task);
  // Only the queue forgets a failure; the caller still gets it from `run`.
  queues.set(
    name,
    run.catch(() => undefined).finally(() => busy.set(name, (busy.get(name) ?? 1) - 1)),
  );
  return run;
}

/** `task` under the lock if nobody holds or waits for it now; otherwise `undefined`, at once. */
export function withLockIfFree<T>(name: string, task: () => Promise<T>): Promise<T | undefined> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) {
    return locks.request(name, { ifAvailable: true }, (lock) =>
      lock ? task() : undefined,
    ) as Promise<T | undefined>;
  }
  if ((busy.get(name) ?? 0) > 0) return Promise.resolve(undefined);
  return withLock(name, task);
}
