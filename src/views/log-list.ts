import type { SentinelDb } from '../storage/db';
import type { EventFilter } from '../storage/event-filter';
import {
  eventsVersion,
  fetchEventIds,
  fetchEventPage,
  type EventCursor,
  type EventPage,
} from '../storage/event-query';
import type { StoredEvent } from '../model/event-types';
import { readView, saveView } from '../storage/view-stamp';

/** The rows of a filter, in display order: ids only; records are read as they scroll in. */
export interface ListState {
  ids: readonly number[];
  /** False while the rest is still being found: more rows may follow. */
  complete: boolean;
  /**
   * The events version (`eventsVersion`) read before the first page: anything recorded or
   * deleted after that may be missing from these rows.
   */
  version?: string;
}

/** A first page and the events version read before it. */
export interface FirstPage {
  page: EventPage;
  version: string;
}

export interface LoadOptions {
  signal: AbortSignal;
  openEventIds: ReadonlySet<number>;
  /** Called with the first page's records (to show them without a second read) and each update. */
  onRecords(events: readonly StoredEvent[]): void;
  onUpdate(state: ListState): void;
  /** The first page, when it was asked for already (on the page's first render). */
  first?: Promise<FirstPage>;
}

/** Rows of the first page: a screenful and some. */
export const FIRST_PAGE = 60;

/** Records read per step when rows need checking one by one (text, wallet and kind together). */
const SCAN_STEP = 2_000;
const UPDATE_EVERY_MS = 150;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** After the next frame is painted. */
const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * A screenful of rows — or fewer, with more to come, when few records match: a rare word is
 * not searched for through the whole log before anything shows.
 */
export function fetchFirstPage(
  db: SentinelDb,
  filter: EventFilter,
  openEventIds: ReadonlySet<number>,
): Promise<EventPage> {
  return fetchEventPage(db, filter, { limit: FIRST_PAGE, scanLimit: SCAN_STEP, openEventIds });
}

/** The log's last first page in `storage.session` (src/storage/view-stamp.ts says when it is used). */
export const LOG_VIEW_KEY = 'logView';

interface LogView extends FirstPage {
  /** The filter the page is of, as JSON. */
  filterKey: string;
}

function isLogView(value: unknown): value is LogView {
  const view = value as Partial<LogView> | null;
  return (
    typeof view === 'object' &&
    view !== null &&
    typeof view.filterKey === 'string' &&
    typeof view.version === 'string' &&
    Array.isArray(view.page?.events) &&
    (view.page.next === null || typeof view.page.next === 'object')
  );
}

const readLogView = () => readView(LOG_VIEW_KEY, isLogView).catch(() => undefined);
let preloaded: Promise<LogView | undefined> | undefined;

/** Starts reading the saved first page as the page loads, beside its other start-up reads. */
export function preloadLogView(): void {
  preloaded ??= readLogView();
}

/**
 * The first page of `filter`: the one saved last if it is of the same filter and nothing it
 * shows was written since (a few ms, where opening the database takes a new page about 80 ms);
 * else read from the database and saved for the next opening.
 */
export async function firstPageFromView(
  db: SentinelDb,
  filter: EventFilter,
  openEventIds: ReadonlySet<number>,
): Promise<FirstPage> {
  const filterKey = JSON.stringify(filter);
  const saved = await (preloaded ?? readLogView());
  preloaded = undefined;
  if (saved?.filterKey === filterKey) {
    performance.mark('log:saved-view');
    return saved;
  }
  return saveFirstPage(db, filter, openEventIds);
}

/**
 * The events version and `filter`'s first page, asked for together, the version first: its
 * transaction is created before the page's, so a write between the two makes the version older
 * than the page, which costs one needless refresh; never the other way, which would hide the write.
 */
async function readFirstPage(
  db: SentinelDb,
  filter: EventFilter,
  openEventIds: ReadonlySet<number>,
): Promise<FirstPage> {
  const [version, page] = await Promise.all([
    eventsVersion(db),
    fetchFirstPage(db, filter, openEventIds),
  ]);
  return { page, version };
}

/** Reads `filter`'s first page from the database and keeps it as the log's next first view. */
export function saveFirstPage(
  db: SentinelDb,
  filter: EventFilter,
  openEventIds: ReadonlySet<number>,
): Promise<FirstPage> {
  const filterKey = JSON.stringify(filter);
  return saveView(LOG_VIEW_KEY, async () => ({
    filterKey,
    ...(await readFirstPage(db, filter, openEventIds)),
  }));
}

/**
 * Finds every row of `filter`: the first page at once (the first paint waits for nothing else),
 * then the rest in the background — from index keys alone when one index range decides, else by
 * reading records a step at a time, yielding between steps so scrolling stays smooth.
 */
export async function loadList(
  db: SentinelDb,
  filter: EventFilter,
  options: LoadOptions,
): Promise<void> {
  const { signal } = options;
  const { page: first, version } = await (options.first ??
    readFirstPage(db, filter, options.openEventIds));
  if (signal.aborted) return;
  const ids = first.events.map((e) => e.id);
  options.onRecords(first.events);
  options.onUpdate({ ids: [...ids], complete: !first.next, version });
  if (!first.next) return;

  // The rest waits until the first rows are on screen: its answer must not delay them.
  await afterPaint();
  if (signal.aborted) return;
  const keys = await fetchEventIds(db, filter, first.next);
  if (signal.aborted) return;
  if (keys) {
    options.onUpdate({ ids: ids.concat(keys), complete: true, version });
    return;
  }
  let after: EventCursor | null = first.next;
  let published = performance.now();
  while (after) {
    await nextTask();
    if (signal.aborted) return;
    const page = await fetchEventPage(db, filter, {
      after,
      limit: SCAN_STEP,
      scanLimit: SCAN_STEP,
      openEventIds: options.openEventIds,
    });
    if (signal.aborted) return;
    for (const event of page.events) ids.push(event.id);
    after = page.next;
    if (!after || performance.now() - published > UPDATE_EVERY_MS) {
      options.onUpdate({ ids: [...ids], complete: !after, version });
      published = performance.now();
    }
  }
}
