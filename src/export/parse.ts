import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedGap, type ExportHeader } from './format';

/** One event line as read: the stored event's fields plus `n`, `prev` and `seal`. */
export interface ExportLine {
  n: number;
  id: number;
  prev: string;
  hash: string;
  seal: string;
  [field: string]: unknown;
}

export type ParseFailure = {
  ok: false;
  reason: 'malformed';
  /** 0-based record index; -1 is the header. */
  index: number;
  id: number | null;
  /** 1-based line in the file. */
  line: number;
};

/** A cap the file broke (file-limits.ts): it is refused before it can exhaust the page's memory. */
export type FileLimit = 'file-size' | 'records' | 'line-length' | 'zip-entries' | 'zip-entry-size';
export type LimitFailure = {
  ok: false;
  reason: 'limit';
  limit: FileLimit;
  /** The cap: bytes for sizes, characters for a line, a count otherwise. */
  max: number;
  /** 1-based line in the file, where the cap was met while reading lines. */
  line?: number;
};

/** Far above any real record (a message is ≤ 200 chars); a longer line is not ours. */
export const MAX_LINE_CHARS = 16_384;
/** More than any real history (a busy person records some 100,000 events a year). */
export const MAX_RECORDS = 1_000_000;

const HEX64 = /^[0-9a-f]{64}$/;
const GAP_REASONS = ['retention', 'delete-wallet', 'delete-all', 'recovery', 'import'];

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const isHash = (value: unknown): value is string =>
  typeof value === 'string' && HEX64.test(value);
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function isGap(value: unknown): value is ExportedGap {
  return (
    isRecord(value) &&
    isTime(value.at) &&
    GAP_REASONS.includes(value.reason as string) &&
    (value.walletId === undefined || typeof value.walletId === 'string') &&
    isCount(value.removed) &&
    (value.headBefore === '' || isHash(value.headBefore)) &&
    [value.imported, value.firstId, value.lastId].every((n) => n === undefined || isCount(n)) &&
    Array.isArray(value.links) &&
    value.links.every(
      (l) => isRecord(l) && isCount(l.id) && isHash(l.previousHash) && isCount(l.afterId),
    )
  );
}

function isHeader(value: unknown): value is ExportHeader {
  return (
    isRecord(value) &&
    value.format === EXPORT_FORMAT &&
    value.version === EXPORT_VERSION &&
    typeof value.exportId === 'string' &&
    value.exportId.length > 0 &&
    value.exportId.length <= 100 &&
    isTime(value.exportedAt) &&
    isCount(value.count) &&
    value.count <= MAX_RECORDS &&
    (value.range === null ||
      (isRecord(value.range) && isTime(value.range.from) && isTime(value.range.to))) &&
    typeof value.complete === 'boolean' &&
    isRecord(value.filter) &&
    isHash(value.chainHead) &&
    Array.isArray(value.gaps) &&
    value.gaps.every(isGap) &&
    isHash(value.seal)
  );
}

function isLine(value: unknown): value is ExportLine {
  return (
    isRecord(value) &&
    isCount(value.n) &&
    isCount(value.id) &&
    value.id > 0 &&
    isHash(value.prev) &&
    isHash(value.hash) &&
    isHash(value.seal)
  );
}

function parseJson(text: string): unknown {
  if (text.length > MAX_LINE_CHARS) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Best effort, to name the record on a line that does not parse. */
function idOf(value: unknown, text: string): number | null {
  if (isRecord(value) && isCount(value.id)) return value.id;
  const match = /"id":(\d{1,15})[,}]/.exec(text.slice(0, 200));
  return match ? Number(match[1]) : null;
}

/** The header line, or undefined when it is not one of ours. */
export function readHeader(text: string): ExportHeader | undefined {
  const value = parseJson(text.replace(/^\uFEFF/, ''));
  return isHeader(value) ? value : undefined;
}

/** Whether the first line at least claims to be our header: then a count over the cap is named. */
export function declaredCount(text: string): number | undefined {
  const value = parseJson(text.replace(/^\uFEFF/, ''));
  return isRecord(value) && value.format === EXPORT_FORMAT && isCount(value.count)
    ? value.count
    : undefined;
}

/** One record line: the line, or the id it seems to have (null: none) when it does not parse. */
export function readLine(text: string): ExportLine | { bad: true; id: number | null } {
  const value = parseJson(text);
  return isLine(value) ? value : { bad: true, id: idOf(value, text) };
}
