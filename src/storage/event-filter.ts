import type { EventKind, StoredEvent } from '../model/event-types';

/**
 * What the log page shows and what an export contains: filters that combine (all given
 * conditions must hold). Serialised into the log page's URL, so keep it flat.
 */
export interface EventFilter {
  walletIds?: string[];
  kinds?: EventKind[];
  /** Inclusive epoch ms. */
  from?: number;
  /** Exclusive epoch ms. */
  to?: number;
  /** Case-insensitive substring of the message, destination, amount, path or wallet id. */
  text?: string;
  /** Only events some open finding lists in its `eventIds`. */
  openFindingsOnly?: boolean;
}

/**
 * The one predicate behind the list, the chart and the exports. `openFindingEventIds` is needed
 * only when `filter.openFindingsOnly` is set.
 */
export function matchesEvent(
  event: StoredEvent,
  filter: EventFilter,
  openFindingEventIds?: ReadonlySet<number>,
): boolean {
  if (filter.walletIds?.length && !filter.walletIds.includes(event.walletId)) return false;
  if (filter.kinds?.length && !filter.kinds.includes(event.kind)) return false;
  if (filter.from !== undefined && event.at < filter.from) return false;
  if (filter.to !== undefined && event.at >= filter.to) return false;
  if (filter.openFindingsOnly && !openFindingEventIds?.has(event.id)) return false;
  if (filter.text) {
    const needle = filter.text.toLocaleLowerCase();
    const haystack = [
      event.message,
      event.destination,
      event.amount && `${event.amount.value} ${event.amount.currency}`,
      event.path,
      event.walletId,
      event.notice,
    ];
    if (!haystack.some((field) => field?.toLocaleLowerCase().includes(needle))) return false;
  }
  return true;
}
