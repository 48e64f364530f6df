import { canonicalJson } from '../storage/canonical-json';
import { sha256HexSync } from '../storage/chain';
import type { EventFilter } from '../storage/event-filter';
import type { GapLink, GapReason } from '../model/gap-types';

/** The largest export file the page reads, for verify and for import. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

/**
 * The events export, `wallet-sentinel-events` version 1: NDJSON, one JSON object per line.
 *
 * Line 1, the header: what was exported (filter, count, time range), the chain head of the
 * database at that moment, the recorded gaps, and `seal` = SHA-256 of the header's canonical
 * JSON without `seal`.
 *
 * Then one line per event, in id order, with every field of the events contract plus:
 * - `prev`: the hash this record was chained from, so `hash` = SHA-256(prev + canonical JSON of
 *   the record without id, hash, n, prev, seal) can be checked on its own — also in a filtered
 *   export, where the predecessor is not in the file;
 * - `n`: its position in this file (0, 1, 2 …), which makes a removed or moved line visible;
 * - `seal` = SHA-256(exportId + canonical JSON of {hash, id, n, prev}): covers what `hash`
 *   does not (the id and the position), so editing them reads as "changed".
 * A complete export (no filter) also chains line to line: each `prev` is the hash on the line
 * before, or a link a recorded gap in the header declares.
 */
export const EXPORT_FORMAT = 'wallet-sentinel-events';
export const EXPORT_VERSION = 1;

/** How the hashes are made, written into every header for someone checking without our code. */
export const HASHING_NOTE =
  'hash = sha256_hex(prev + canonical_json(record minus id, hash, n, prev, seal)); ' +
  'seal = sha256_hex(exportId + canonical_json({hash, id, n, prev})); ' +
  'header seal = sha256_hex(canonical_json(header minus seal)); ' +
  'canonical_json: keys sorted, no whitespace, undefined members dropped';

export interface ExportedGap {
  at: number;
  reason: GapReason;
  walletId?: string;
  removed: number;
  headBefore: string;
  /** Only the links of records in this file. */
  links: GapLink[];
  /** For `import`: how many records it added, and the first and last of their ids. */
  imported?: number;
  firstId?: number;
  lastId?: number;
}

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportId: string;
  exportedAt: number;
  count: number;
  /** Earliest and latest `at` of the exported events; null when there are none. */
  range: { from: number; to: number } | null;
  /** True when no filter applied: the file holds every stored event. */
  complete: boolean;
  filter: EventFilter;
  /** Hash of the newest stored event when exported (also for a filtered export). */
  chainHead: string;
  gaps: ExportedGap[];
  hashing: string;
  seal: string;
}

/** The fields an export line adds to a stored event. */
export const LINE_FIELDS = ['n', 'prev', 'seal'] as const;

export function headerSeal(header: Omit<ExportHeader, 'seal'> | ExportHeader): string {
  const { seal: _seal, ...content } = header as ExportHeader;
  return sha256HexSync(canonicalJson(content));
}

export function lineSeal(
  exportId: string,
  line: { hash: string; id: number; n: number; prev: string },
): string {
  return sha256HexSync(
    exportId + canonicalJson({ hash: line.hash, id: line.id, n: line.n, prev: line.prev }),
  );
}

/** True when `filter` selects every event. */
export function isCompleteFilter(filter: EventFilter): boolean {
  return (
    !filter.walletIds?.length &&
    !filter.kinds?.length &&
    !Number.isFinite(filter.from) &&
    !Number.isFinite(filter.to) &&
    !filter.text &&
    !filter.openFindingsOnly
  );
}

/** The filter as plain JSON: only its known, set conditions (the URL may carry junk). */
export function plainFilter(filter: EventFilter): EventFilter {
  const plain: EventFilter = {};
  if (filter.walletIds?.length) plain.walletIds = filter.walletIds.map(String);
  if (filter.kinds?.length) plain.kinds = [...filter.kinds];
  if (Number.isFinite(filter.from)) plain.from = filter.from;
  if (Number.isFinite(filter.to)) plain.to = filter.to;
  if (filter.text) plain.text = String(filter.text);
  if (filter.openFindingsOnly) plain.openFindingsOnly = true;
  return plain;
}
