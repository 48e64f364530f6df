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
import { FileChanged, planImport, type ImportError } from './import-read';
import { textChunks } from './verify';
import { MAX_IMPORT_BYTES } from './format';

/**
 * Import of our own events export, for moving to another browser. The policy (docs/how-it-works.md, "Verify
 * an export"):
 * 1. the file must verify intact, and every record must be a valid event: else nothing is written;
 * 2. records keep their ids and hashes (same events, same chain head as the source);
 * 3. a record already stored, identical, is skipped; one that differs is never overwritten: the
 *    import is refused;
 * 4. new records must be newer (higher id) than every stored event — older history goes only into
 *    an empty database (delete everything first), so the local chain stays in one order;
 * 5. where a record does not chain from the one before it here (a filtered export, or the local
 *    events came first), the break is recorded as a gap, so verifyChain stays intact and says so.
 * The file is read as a stream, twice (import-read.ts), and written a batch per transaction under
 * the chain lock; a cancel or a failure part-way removes what was written (storage/import-chain.ts).
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
 * Writes verified records, a batch per transaction, under the chain lock held throughout (the
 * worker's new events wait, then chain on after them). A refusal, a storage error, a changed file
 * or a cancel removes everything this import wrote: the database is as it was.
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
    try {
      let done = 0;
      let next = reader.next();
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
      await reader.return?.().catch(() => undefined);
      // If even this fails, the import marker still says exactly what came in.
      await importer.rollback().catch(() => undefined);
      return refuse(importError(error));
    } finally {
      // The batches wrote without a word to the live queries: one notice for all of them.
      announceImport();
    }
  });
}

function importError(error: unknown): ImportError {
  if (error instanceof ImportRefused) return { code: error.code, id: error.recordId };
  if (error instanceof ImportCancelled) return { code: 'cancelled' };
  if (error instanceof FileChanged) return { code: 'file-changed' };
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
  const plan = await planImport(() => textChunks(text), now);
  if (!plan.ok) return plan;
  return writeImport(db, plan.header.gaps, plan.batches(), now);
}

export function errorName(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 200);
  return String(error).slice(0, 200);
}
