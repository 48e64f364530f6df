import { chainHashSync, GENESIS_HASH } from '../storage/chain';
import { headerSeal, lineSeal, type ExportHeader } from './format';
import { limitFailure } from './line-reader';
import {
  declaredCount,
  MAX_RECORDS,
  readHeader,
  readLine,
  type ExportLine,
  type LimitFailure,
} from './parse';

export type VerifyReason = 'changed' | 'removed' | 'reordered' | 'malformed';

export type RecordFailure = {
  ok: false;
  reason: VerifyReason;
  /**
   * The first bad record, 0-based, as it sits in the file; -1 is the header. For `removed` it is
   * the record right after the hole (the file's length when its last records went).
   */
  index: number;
  /** That record's id; null for the header, a hole at the end, or a line that does not parse. */
  id: number | null;
  /** 1-based line in the file. */
  line: number;
};

/** Not intact, or not checked to the end because the file broke a cap (too large, too many records). */
export type VerifyFailure = RecordFailure | LimitFailure;

export type VerifyResult =
  { ok: true; count: number; head: string; complete: boolean; exportedAt: number } | VerifyFailure;

/** The hashed content of a line: everything but the id, the hash and the three line fields. */
export function lineContent(record: ExportLine): Record<string, unknown> {
  const { n: _n, id: _id, prev: _prev, hash: _hash, seal: _seal, ...content } = record;
  return content;
}

/**
 * Checks an events export (format.ts) one line at a time, so a file of any size is checked in
 * the memory of one line, and names the first record that was changed, removed or reordered.
 * Each record must hash to its `hash` from its `prev`, and its `seal` must cover its id and
 * position; a position out of step means a line was removed (the record that belongs there is
 * nowhere later) or moved (it is). A complete export must also chain line to line, except where
 * a recorded gap in the header declares the link.
 *
 * `push` returns the failure once the file is settled as not intact: the reader stops there.
 */
export class ExportVerifier {
  header: ExportHeader | undefined;
  /** Record lines read so far. */
  records = 0;
  private lines = 0;
  private before: ExportLine | undefined;
  private declared = new Set<string>();
  /** A record out of its place whose own place is `index`: moved if that record comes later. */
  private misplaced: { index: number; id: number } | undefined;

  constructor(private readonly onRecord?: (record: ExportLine, index: number) => void) {}

  private fail(reason: VerifyReason, index: number, id: number | null): VerifyFailure {
    return { ok: false, reason, index, id, line: index + 2 };
  }

  push(text: string): VerifyFailure | undefined {
    const index = this.lines - 1;
    this.lines += 1;
    if (index === -1) return this.pushHeader(text);
    const header = this.header as ExportHeader;
    if (this.misplaced) {
      // After a record out of place only its own place matters: does the record for it come
      // later? Our lines start with their position, so most lines need not be parsed for it.
      if (!text.startsWith(`{"n":${this.misplaced.index},`)) return undefined;
      const later = readLine(text);
      if ('bad' in later || later.n !== this.misplaced.index) return undefined;
      return this.fail('reordered', this.misplaced.index, this.misplaced.id);
    }
    const record = readLine(text);
    if ('bad' in record) return this.fail('malformed', index, record.id);
    if (index >= header.count) return this.fail('malformed', index, record.id);
    this.records += 1;
    if (chainHashSync(record.prev, lineContent(record)) !== record.hash) {
      return this.fail('changed', index, record.id);
    }
    if (lineSeal(header.exportId, record) !== record.seal) {
      return this.fail('changed', index, record.id);
    }
    if (record.n !== index) {
      if (record.n < index) return this.fail('reordered', index, record.id);
      this.misplaced = { index, id: record.id };
      return undefined;
    }
    const before = this.before;
    if (before && record.id <= before.id) return this.fail('reordered', index, record.id);
    if (header.complete) {
      const expected = before?.hash ?? GENESIS_HASH;
      const link = `${record.id}:${record.prev}:${before?.id ?? 0}`;
      if (record.prev !== expected && !this.declared.has(link)) {
        return this.fail('removed', index, record.id);
      }
    }
    this.before = record;
    this.onRecord?.(record, index);
    return undefined;
  }

  private pushHeader(text: string): VerifyFailure | undefined {
    const count = declaredCount(text);
    if (count !== undefined && count > MAX_RECORDS) return limitFailure('records', MAX_RECORDS);
    const header = readHeader(text);
    if (!header) return this.fail('malformed', -1, null);
    if (headerSeal(header) !== header.seal) return this.fail('changed', -1, null);
    this.header = header;
    this.declared = new Set(
      header.gaps.flatMap((gap) => gap.links.map((l) => `${l.id}:${l.previousHash}:${l.afterId}`)),
    );
    return undefined;
  }

  /** The verdict once every line was pushed without a failure. */
  finish(): VerifyResult {
    const header = this.header;
    if (!header) return this.fail('malformed', -1, null);
    if (this.misplaced) return this.fail('removed', this.misplaced.index, this.misplaced.id);
    if (this.records < header.count) return this.fail('removed', this.records, null);
    if (header.complete && (this.before?.hash ?? GENESIS_HASH) !== header.chainHead) {
      return this.fail('changed', -1, null);
    }
    return {
      ok: true,
      count: this.records,
      head: header.chainHead,
      complete: header.complete,
      exportedAt: header.exportedAt,
    };
  }
}
