import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ChainedRecord } from '../storage/import-chain';
import type { ExportHeader } from './format';
import { checkRecord, type FieldProblem } from './import-validate';
import { readLines } from './line-reader';
import { readLine } from './parse';
import { ExportVerifier } from './verifier';
import { READ_LIMITS, verifyStream, type VerifyFailure } from './verify';

export type ImportError =
  | { code: 'too-large'; limitMb: number }
  | { code: 'not-verified'; failure: VerifyFailure }
  | { code: 'bad-record'; index: number; id: number; field: string; problem: FieldProblem }
  | { code: 'conflict' | 'predates'; id: number }
  | { code: 'cancelled' }
  | { code: 'file-changed' }
  /** The browser could not read the file (moved, deleted, no longer readable). */
  | { code: 'unreadable'; detail: string }
  | { code: 'storage'; detail: string };

/**
 * Records per write. Each commit makes the open log page read its list, chart and counts again
 * (Dexie's live queries hear of it across contexts); fewer commits cost the page less, smaller
 * ones stop sooner on Cancel. Tried on a loaded two-core machine (bench `import`): 2,000 a batch
 * 96 s and tasks up to 226 ms, 5,000 84 s and 123 ms, 10,000 64 s and 321 ms.
 */
export const IMPORT_BATCH = 5_000;
/**
 * Up to this many checked records are kept from the first reading and written from memory (some
 * 60 MB in the worker); a larger file is read a second time instead, a batch at a time.
 */
export const KEEP_RECORDS = 100_000;

/** Opens the file again from its start: it is read twice (verify, then write). */
export type OpenFile = () => AsyncIterable<Uint8Array | string>;

export interface ImportProgress {
  phase: 'verify' | 'import';
  done: number;
  total: number;
}

/** The file's bytes differed on the second reading from the first (it was changed meanwhile). */
export class FileChanged extends Error {
  constructor() {
    super('the file changed while it was read');
  }
}

export type ImportPlan =
  | {
      ok: true;
      header: ExportHeader;
      count: number;
      /** The records in file order, checked, `batch` at a time, from a second reading. */
      batches: (batch?: number) => AsyncGenerator<ChainedRecord[]>;
    }
  | { ok: false; error: ImportError };

const bytesOf = (chunk: Uint8Array | string) =>
  typeof chunk === 'string' ? utf8ToBytes(chunk) : chunk;

/**
 * The first reading: the file must verify intact and every record must be an event this
 * extension could have recorded by `now` (import-validate.ts), else nothing is written. Up to
 * KEEP_RECORDS checked records are kept for writing; beyond that only a digest of the bytes is,
 * and the records are read again for writing: that second reading must digest the same, so what
 * is written is what was verified (memory stays one batch).
 */
export async function planImport(
  open: OpenFile,
  now: number,
  options: {
    size?: number;
    onProgress?: (progress: ImportProgress) => void;
    /** Records kept from the first reading at most (tests pass 0 to read twice). */
    keep?: number;
  } = {},
): Promise<ImportPlan> {
  const digest = sha256.create();
  let bad: ImportError | undefined;
  let kept: ChainedRecord[] | undefined = [];
  const verifier = new ExportVerifier((line, index) => {
    if (bad) return;
    const check = checkRecord(line, now);
    if (!check.ok) {
      bad = { code: 'bad-record', index, id: line.id, field: check.field, problem: check.problem };
    } else if (kept && kept.length < (options.keep ?? KEEP_RECORDS)) kept.push(check.record);
    else kept = undefined;
  });
  const verified = await verifyStream(
    open(),
    {
      size: options.size,
      onChunk: (chunk) => digest.update(bytesOf(chunk)),
      onProgress: (done, total) => options.onProgress?.({ phase: 'verify', done, total }),
    },
    verifier,
  );
  if (!verified.ok) {
    if (verified.reason === 'limit' && verified.limit === 'file-size') {
      return { ok: false, error: { code: 'too-large', limitMb: verified.max / 1024 / 1024 } };
    }
    return { ok: false, error: { code: 'not-verified', failure: verified } };
  }
  if (bad) return { ok: false, error: bad };
  const header = verifier.header as ExportHeader;
  const expected = bytesToHex(digest.digest());
  return {
    ok: true,
    header,
    count: verified.count,
    batches: (batch = IMPORT_BATCH) =>
      kept ? keptBatches(kept, batch) : readBatches(open, now, expected, batch),
  };
}

async function* keptBatches(
  records: ChainedRecord[],
  size: number,
): AsyncGenerator<ChainedRecord[]> {
  for (let i = 0; i < records.length; i += size) yield records.slice(i, i + size);
}

async function* readBatches(
  open: OpenFile,
  now: number,
  expected: string,
  size: number,
): AsyncGenerator<ChainedRecord[]> {
  const digest = sha256.create();
  let batch: ChainedRecord[] = [];
  let header = true;
  const lines = readLines(open(), {
    ...READ_LIMITS,
    onChunk: (chunk) => digest.update(bytesOf(chunk)),
  });
  for await (const texts of lines) {
    for (const text of texts) {
      if (header) {
        header = false;
        continue;
      }
      const line = readLine(text);
      const check = 'bad' in line ? undefined : checkRecord(line, now);
      if (!check?.ok) throw new FileChanged();
      batch.push(check.record);
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
  }
  // The last records only once the whole file is known to be the one verified.
  if (bytesToHex(digest.digest()) !== expected) throw new FileChanged();
  if (batch.length > 0) yield batch;
}
