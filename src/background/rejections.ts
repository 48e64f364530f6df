import type { RejectReason } from '../messages/types';

/**
 * Counts messages turned away at the door, by reason, so a page hammering the worker shows up
 * in the numbers instead of in the database. Increments are batched: a flood of ten thousand
 * messages costs one storage write, not ten thousand.
 */
export interface RejectionCounts {
  total: number;
  byReason: Partial<Record<RejectReason, number>>;
}

export interface CounterArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const KEY = 'rejections';
const FLUSH_DELAY_MS = 500;

export function createRejectionCounter(area: CounterArea) {
  let pending: Partial<Record<RejectReason, number>> = {};
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function flush(): Promise<void> {
    timer = undefined;
    const batch = pending;
    pending = {};
    const current = await read();
    for (const [reason, n] of Object.entries(batch) as Array<[RejectReason, number]>) {
      current.byReason[reason] = (current.byReason[reason] ?? 0) + n;
      current.total += n;
    }
    await area.set({ [KEY]: current });
  }

  async function read(): Promise<RejectionCounts> {
    const stored = (await area.get(KEY))[KEY] as RejectionCounts | undefined;
    return stored && typeof stored.total === 'number'
      ? { total: stored.total, byReason: { ...stored.byReason } }
      : { total: 0, byReason: {} };
  }

  return {
    count(reason: RejectReason): void {
      pending[reason] = (pending[reason] ?? 0) + 1;
      timer ??= setTimeout(() => void flush(), FLUSH_DELAY_MS);
    },
    /** Writes what is batched now (tests; and before the worker is known to go idle). */
    async flushNow(): Promise<void> {
      if (timer) clearTimeout(timer);
      await flush();
    },
    read,
  };
}
