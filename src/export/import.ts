import type { SentinelDb } from '../storage/db';
import { withChainLock } from '../storage/events';
import {
  announceImport,
  ChainImport,
  ImportRefused,
  type ChainedRecord,
  type ImportOutcome,
} from '../storage/import-chain';
import type { ChainGap } from '../model/gap-types';
import { ImportFailed, readImport, type ImportError } from './import-read';
import { textChunks } from './verify';
import { MAX_IMPORT_BYTES } from './format';

/**
 * Import of our own events export, for moving to another browser. The policy (docs/how-it-works.md, "Verify
 * an export"):
 * 1. the file must verify intact, and every record must be a valid event: else nothing stays (each
 *    record is checked before it is written; what was written goes again when the file fails later);
 * 2. records keep their ids and hashes (same events, same chain head as the source);
 * 3. a record already stored, identical, is skipped; one that differs is never overwritten: the
 *    import is refused;
 * 4. new records must be newer (higher id) than every stored event — older history goes only into
 *    an empty database (delete everything first), so the local chain stays in one order;
 * 5. where a record does not chain from the one before it here (a filtered export, or the local
 *    events came first), the break is recorded as a gap, so verifyChain stays intact and says so.
 * The file is read once, as a stream (import-read.ts), and written a batch per transaction under
 * the chain lock while the next batch is read and checked: no record is written before it was
 * checked, and a file found bad further on, a cancel or a storage failure removes what was
 * written (storage/import-chain.ts), so only a whole, verified file stays.
 */
export { MAX_IMPORT_BYTES };

export type { ImportError };

export type ImportResult = ({ ok: true } & ImportOutcome) | { ok: false; error: ImportError };

const refuse = (error: ImportError): ImportResult => ({ ok: false, error });

/** Thrown into the write loop when the person cancels. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
  }
}

export interface WriteOptions {
  signal?: AbortSignal;
  /** Records written or skipped so far. */
  onProgress?: (done: number) => void;
}

/**
 * Writes checked records, a batch per transaction, under the chain lock held throughout (the
 * worker's new events wait, then chain on after them). A refusal, a storage error, a file that
 * fails further on (ImportFailed out of `batches`) or a cancel removes everything this import
 * wrote: the database is as it was.
 */
export function writeImport(
  db: SentinelDb,
  sourceGaps: ReadonlyArray<Omit<ChainGap, 'id'>>,
  batches: AsyncIterable<ChainedRecord[]>,
  now: number,
  { signal, onProgress }: WriteOptions = {},
): Promise<ImportResult> {
  return withChainLock(async () => {
    const importer = await ChainImport.start(db, sourceGaps, now);
    const reader = batches[Symbol.asyncIterator]();
    let next = reader.next();
    next.catch(() => undefined);
    try {
      let done = 0;
      for (;;) {
        const batch = await next;
        if (batch.done) break;
        if (signal?.aborted) throw new ImportCancelled();
        // The next batch is read and checked while this one is written.
        next = reader.next();
        next.catch(() => undefined);
        await importer.add(batch.value);
        done += batch.value.length;
        onProgress?.(done);
      }
      if (signal?.aborted) throw new ImportCancelled();
      return { ok: true, ...(await importer.finish()) };
    } catch (error) {
      // A file that fails is said as such, as when it was checked whole before any write.
      const failed = error instanceof ImportRefused ? await failureLater(next, reader) : undefined;
      await reader.return?.().catch(() => undefined);
      // If even this fails, the import marker still says exactly what came in.
      await importer.rollback().catch(() => undefined);
      return refuse(importError(failed ?? error));
    } finally {
      // The batches wrote without a word to the live queries: one notice for all of them.
      announceImport();
    }
  });
}

/** Reads the rest of the file: its failure, if it has one. */
async function failureLater(
  next: Promise<IteratorResult<ChainedRecord[]>>,
  reader: AsyncIterator<ChainedRecord[]>,
): Promise<ImportFailed | undefined> {
  try {
    for (let batch = await next; !batch.done; batch = await reader.next()) {
      // Nothing more is written: only the verdict is wanted.
    }
    return undefined;
  } catch (error) {
    return error instanceof ImportFailed ? error : undefined;
  }
}

function importError(error: unknown): ImportError {
  if (error instanceof ImportFailed) return error.error;
  if (error instanceof ImportRefused) return { code: error.code, id: error.recordId };
  if (error instanceof ImportCancelled) return { code: 'cancelled' };
  return { code: 'storage', detail: errorName(error) };
}

/** The whole import of a file in memory (tests; the page streams through a worker instead). */
export async function importExport(
  db: SentinelDb,
  text: string,
  now: number,
): Promise<ImportResult> {
  if (text.length > MAX_IMPORT_BYTES) {
    return refuse({ code: 'too-large', limitMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  }
  const reading = await readImport(textChunks(text), now);
  if (!reading.ok) return reading;
  return writeImport(db, reading.header.gaps, reading.batches, now);
}

export function errorName(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 200);
  return String(error).slice(0, 200);
}
