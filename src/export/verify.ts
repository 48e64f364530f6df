import { chainHashSync, GENESIS_HASH } from '../storage/chain';
import { headerSeal, lineSeal } from './format';
import { parseExport, type ExportLine, type Parsed } from './parse';

export type VerifyReason = 'changed' | 'removed' | 'reordered' | 'malformed';

export type VerifyFailure = {
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

export type VerifyResult =
  { ok: true; count: number; head: string; complete: boolean; exportedAt: number } | VerifyFailure;

const YIELD_EVERY = 2000;

/** The hashed content of a line: everything but the id, the hash and the three line fields. */
export function lineContent(record: ExportLine): Record<string, unknown> {
  const { n: _n, id: _id, prev: _prev, hash: _hash, seal: _seal, ...content } = record;
  return content;
}

/**
 * Checks an events export (format.ts) and names the first record that was changed, removed or
 * reordered. Each record must hash to its `hash` from its `prev`, and its `seal` must cover its
 * id and position; a position out of step means a line was removed (the record that belongs there
 * is nowhere later) or moved (it is). A complete export must also chain line to line, except
 * where a recorded gap in the header declares the link.
 */
export function verifyExport(text: string): Promise<VerifyResult> {
  return verifyParsed(parseExport(text));
}

/** verifyExport over a file already parsed (the import reads it once). */
export async function verifyParsed(parsed: Parsed): Promise<VerifyResult> {
  if (!parsed.ok) return parsed;
  const { header, records } = parsed;
  const fail = (reason: VerifyReason, index: number): VerifyFailure => ({
    ok: false,
    reason,
    index,
    id: records[index]?.id ?? null,
    line: index + 2,
  });
  if (headerSeal(header) !== header.seal) return fail('changed', -1);

  const declared = new Set(
    header.gaps.flatMap((gap) => gap.links.map((l) => `${l.id}:${l.previousHash}:${l.afterId}`)),
  );
  const positionOf = new Map<number, number>();
  records.forEach((record, index) => {
    if (!positionOf.has(record.n)) positionOf.set(record.n, index);
  });

  for (let k = 0; k < records.length; k += 1) {
    if (k > 0 && k % YIELD_EVERY === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    const record = records[k] as ExportLine;
    if (chainHashSync(record.prev, lineContent(record)) !== record.hash) return fail('changed', k);
    if (lineSeal(header.exportId, record) !== record.seal) return fail('changed', k);
    if (record.n !== k) {
      const belongsHere = positionOf.get(k);
      const moved = record.n < k || (belongsHere !== undefined && belongsHere > k);
      return fail(moved ? 'reordered' : 'removed', k);
    }
    const before = records[k - 1];
    if (before && record.id <= before.id) return fail('reordered', k);
    if (header.complete) {
      const expected = before?.hash ?? GENESIS_HASH;
      const link = `${record.id}:${record.prev}:${before?.id ?? 0}`;
      if (record.prev !== expected && !declared.has(link)) {
        return fail('removed', k);
      }
    }
  }
  if (records.length < header.count) return fail('removed', records.length);
  if (records.length > header.count) return fail('malformed', header.count);
  const last = records[records.length - 1];
  if (header.complete && (last?.hash ?? GENESIS_HASH) !== header.chainHead) {
    return fail('changed', -1);
  }
  return {
    ok: true,
    count: records.length,
    head: header.chainHead,
    complete: header.complete,
    exportedAt: header.exportedAt,
  };
}
