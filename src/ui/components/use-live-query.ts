import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

/**
 * Dexie's liveQuery as a Preact hook: re-runs `query` whenever the tables it read change, also
 * when the change was written by the service worker (Dexie relays it across contexts).
 * `initial`, the same query's answer read before the first render, is shown until the
 * subscription's first answer replaces it.
 */
export function useLiveQuery<T>(
  query: () => Promise<T>,
  deps: unknown[] = [],
  initial?: T,
): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>(
    initial === undefined ? { status: 'loading' } : { status: 'ready', value: initial },
  );
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) => setState({ status: 'error', error: String(error) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
