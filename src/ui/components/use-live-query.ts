import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export type LiveState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

/**
 * Dexie's liveQuery as a Preact hook: re-runs `query` whenever the tables it read change, also
 * when the change was written by the service worker (Dexie relays it across contexts).
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): LiveState<T> {
  const [state, setState] = useState<LiveState<T>>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) => setState({ status: 'error', error: String(error) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
