/**
 * Runs `task` alone among every context of the extension that asks for the same lock name.
 * The hash chain needs one writer at a time: the worker, an import on the log page and a second
 * worker instance after a restart must never interleave. Web Locks span all of them; where the
 * API is missing (Node tests) an in-process queue gives the same order within the one context.
 */
const queues = new Map<string, Promise<unknown>>();

export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, task) as Promise<T>;
  const previous = queues.get(name) ?? Promise.resolve();
  const counted = async () => {
    held.set(name, (held.get(name) ?? 0) + 1);
    try {
      return await task();
    } finally {
      held.set(name, (held.get(name) ?? 1) - 1);
    }
  };
  const run = previous.then(counted, counted);
  // Only the queue forgets a failure; the caller still gets it from `run`.
  queues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

/** Names of the in-process locks held now (only where Web Locks are missing). */
const held = new Map<string, number>();

/**
 * Runs `task` under the lock only when no one holds it now; `undefined` without running it
 * otherwise. For work that may be skipped but must never see another holder's unfinished state.
 */
export async function whenLockFree<T>(
  name: string,
  task: () => Promise<T>,
): Promise<T | undefined> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) {
    return (await locks.request(name, { ifAvailable: true }, (lock) =>
      lock ? task() : undefined,
    )) as T | undefined;
  }
  if ((held.get(name) ?? 0) > 0) return undefined;
  return withLock(name, task);
}
