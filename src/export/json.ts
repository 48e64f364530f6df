import type { SentinelDb } from '../storage/db';
import type { EventFilter } from '../storage/event-filter';
import type { StoredEvent } from '../model/event-types';
import { readForExport } from '../storage/events';
import type { ChainGap } from '../model/gap-types';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  HASHING_NOTE,
  headerSeal,
  isCompleteFilter,
  lineSeal,
  plainFilter,
  type ExportedGap,
  type ExportHeader,
} from './format';

/** The events file (format.ts) as lines: the header, then one line per event. */
export interface EventsExport {
  header: ExportHeader;
  /** Each line ends with "\n": ready to be the parts of a Blob. */
  lines: string[];
}

export interface ExportOptions {
  /** Unique per file; tests pass a fixed one. */
  exportId?: string;
  /** Called for every exported event, in file order (builds the CSV and the report alongside). */
  onEvent?: (event: StoredEvent) => void;
}

/** One line per event: `{n, id, …fields, prev, hash, seal}`. */
export function eventLine(exportId: string, n: number, event: StoredEvent, prev: string): string {
  const { id, hash, ...content } = event;
  const seal = lineSeal(exportId, { hash, id, n, prev });
  return JSON.stringify({ n, id, ...content, prev, hash, seal });
}

function exportedGaps(gaps: ChainGap[], ids: ReadonlySet<number>): ExportedGap[] {
  return gaps.map((gap) => ({
    at: gap.at,
    reason: gap.reason,
    ...(gap.walletId === undefined ? {} : { walletId: gap.walletId }),
    removed: gap.removed,
    headBefore: gap.headBefore,
    links: (gap.links ?? []).filter((link) => ids.has(link.id)),
    ...(gap.imported === undefined ? {} : { imported: gap.imported }),
    ...(gap.firstId === undefined ? {} : { firstId: gap.firstId }),
    ...(gap.lastId === undefined ? {} : { lastId: gap.lastId }),
  }));
}

/** Reads the events `filter` selects, in id order, from one consistent snapshot. */
export async function exportEvents(
  db: SentinelDb,
  filter: EventFilter,
  now: number,
  options: ExportOptions = {},
): Promise<EventsExport> {
  const exportId = options.exportId ?? crypto.randomUUID();
  const lines: string[] = [''];
  const ids = new Set<number>();
  let from = Infinity;
  let to = -Infinity;
  const snapshot = await readForExport(db, filter, (event, prev) => {
    lines.push(`${eventLine(exportId, lines.length - 1, event, prev)}\n`);
    ids.add(event.id);
    from = Math.min(from, event.at);
    to = Math.max(to, event.at);
    options.onEvent?.(event);
  });
  const unsealed: Omit<ExportHeader, 'seal'> = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportId,
    exportedAt: now,
    count: ids.size,
    range: ids.size > 0 ? { from, to } : null,
    complete: isCompleteFilter(filter),
    filter: plainFilter(filter),
    chainHead: snapshot.head,
    gaps: exportedGaps(snapshot.gaps, ids),
    hashing: HASHING_NOTE,
  };
  const header: ExportHeader = { ...unsealed, seal: headerSeal(unsealed) };
  lines[0] = `${JSON.stringify(header)}\n`;
  return { header, lines };
}

export const eventsFileText = (file: EventsExport): string => file.lines.join('');
