import type { ChainedRecord } from '../storage/import-chain';
import { MAX_IMPORT_BYTES, type ExportHeader } from './format';
import { checkRecord, type FieldProblem } from './import-validate';
import { FileLimitError, readLines } from './line-reader';
import { ExportVerifier } from './verifier';
import { READ_LIMITS, type VerifyFailure } from './verify';

export type ImportError =
  | { code: 'too-large'; limitMb: number }
  | { code: 'not-verified'; failure: VerifyFailure }
  | { code: 'bad-record'; index: number; id: number; field: string; problem: FieldProblem }
  | { code: 'conflict' | 'predates'; id: number }
  | { code: 'cancelled' }
  /** The browser could not read the file (moved, deleted, no longer readable). */
  | { code: 'unreadable'; detail: string }
  | { code: 'storage'; detail: string };

/**
 * Records per write. Fewer commits cost less, smaller ones stop sooner on Cancel. Tried on a
 * loaded two-core machine (bench `import`): 2,000 a batch 96 s and tasks up to 226 ms, 5,000
 * 84 s and 123 ms, 10,000 64 s and 321 ms (while every commit still made the open log page
 * read its list again); raw IndexedDB 1,000, 5,000 and 20,000 a transaction cost the same.
 */
export const IMPORT_BATCH = 5_000;

export interface ImportProgress {
  phase: 'verify' | 'import';
  done: number;
  total: number;
}

/**
 * Why the file cannot be imported, found part-way (the records after the first batches were
 * written): thrown out of the batches, so the writer removes what it wrote (export/import.ts).
 */
export class ImportFailed extends Error {
  constructor(readonly error: ImportError) {
    super(`import failed: ${error.code}`);
  }
}

export type ImportReading =
  | {
      ok: true;
      header: ExportHeader;
      /** Records the header declares: as many as the batches bring, or the file fails. */
      count: number;
      /**
       * The records in file order, `batch` at a time, each checked before it is yielded; read
       * once, as the writer asks for them. A failure found later is thrown as ImportFailed at
       * the file's end, and the last batch comes only once the whole file verified.
       */
      batches: AsyncGenerator<ChainedRecord[]>;
    }
  | { ok: false; error: ImportError };

function fileError(failure: VerifyFailure): ImportError {
  if (failure.reason === 'limit' && failure.limit === 'file-size') {
    return { code: 'too-large', limitMb: failure.max / 1024 / 1024 };
  }
  return { code: 'not-verified', failure };
}

const detailOf = (error: unknown) =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 200);

/**
 * Reads an export for import in one pass, as a stream: the header first (a file that is not an
 * export fails here, before anything is written), then the records a batch at a time while the
 * caller writes the batch before. Every record is verified (hash, seal, position, the link to the
 * one before) and checked as an event this extension could have recorded by `now`
 * (import-validate.ts) before its batch is yielded; the whole file's verdict (nothing removed at
 * its end, the chain head) comes at its end, before the last batch. A file that fails anywhere
 * fails as it would have if read whole first: a verification failure, else the first bad record.
 */
export async function readImport(
  chunks: AsyncIterable<Uint8Array | string>,
  now: number,
  options: {
    size?: number;
    onProgress?: (progress: ImportProgress) => void;
    batch?: number;
  } = {},
): Promise<ImportReading> {
  if (options.size !== undefined && options.size > MAX_IMPORT_BYTES) {
    return { ok: false, error: { code: 'too-large', limitMb: MAX_IMPORT_BYTES / 1024 / 1024 } };
  }
  const size = options.batch ?? IMPORT_BATCH;
  let bad: ImportError | undefined;
  let checked: ChainedRecord[] = [];
  const verifier = new ExportVerifier((line, index) => {
    if (bad) return;
    const check = checkRecord(line, now);
    if (check.ok) checked.push(check.record);
    else {
      bad = { code: 'bad-record', index, id: line.id, field: check.field, problem: check.problem };
      checked = [];
    }
  });
  const lines = readLines(chunks, READ_LIMITS);
  let failure: ImportError | undefined;
  /** One chunk's lines into the verifier; false at the file's end or its first failure. */
  const step = async (): Promise<boolean> => {
    let next: IteratorResult<string[]>;
    try {
      next = await lines.next();
    } catch (error) {
      if (!(error instanceof FileLimitError)) throw error;
      failure = fileError(error.failure);
      return false;
    }
    if (next.done) return false;
    for (const text of next.value) {
      const problem = verifier.push(text);
      if (problem) {
        failure = fileError(problem);
        return false;
      }
    }
    options.onProgress?.({
      phase: 'verify',
      done: verifier.records,
      total: verifier.header?.count ?? 0,
    });
    return true;
  };

  let more = true;
  while (more && !verifier.header) more = await step();
  if (failure || !verifier.header) {
    await lines.return(undefined);
    // Without a header the verdict is a failure (not an export).
    return { ok: false, error: failure ?? fileError(verifier.finish() as VerifyFailure) };
  }
  const header = verifier.header;

  async function* batches(): AsyncGenerator<ChainedRecord[]> {
    try {
      for (;;) {
        while (!bad && checked.length >= size) yield checked.splice(0, size);
        if (!more || failure) break;
        try {
          more = await step();
        } catch (error) {
          throw new ImportFailed({ code: 'unreadable', detail: detailOf(error) });
        }
      }
      if (!failure) {
        const end = verifier.finish();
        if (!end.ok) failure = fileError(end);
      }
      if (failure ?? bad) throw new ImportFailed((failure ?? bad) as ImportError);
      if (checked.length > 0) yield checked.splice(0);
    } finally {
      await lines.return(undefined);
    }
  }
  return { ok: true, header, count: header.count, batches: batches() };
}
