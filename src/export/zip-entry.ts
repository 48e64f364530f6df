import { Unzip, UnzipInflate } from 'fflate';
import { MAX_IMPORT_BYTES } from './format';
import { FileLimitError, limitFailure } from './line-reader';

/** An evidence pack holds six files and the screenshots taken; far more is not a pack. */
export const MAX_ZIP_ENTRIES = 10_000;
/**
 * Compressed bytes handed to the inflater at once. Deflate expands at most ~1,032 times, so one
 * slice never unpacks to more than some 4 MB before the size cap is checked again.
 */
const SLICE = 4 * 1024;

export interface ZipLimits {
  maxEntries?: number;
  /** Unpacked bytes the entry may have, declared or actual. */
  maxBytes?: number;
}

/**
 * The unpacked bytes of the entry `name` of a ZIP read as a stream, a piece at a time. A ZIP bomb
 * (issue 19: 300 KB that unpack to gigabytes) stops at the cap: an entry whose declared size is
 * over it is refused before it is unpacked, and the unpacking stops as soon as its actual size
 * passes it (FileLimitError); so does a ZIP with more entries than any evidence pack.
 */
export async function* zipEntry(
  chunks: AsyncIterable<Uint8Array>,
  name: string,
  { maxEntries = MAX_ZIP_ENTRIES, maxBytes = MAX_IMPORT_BYTES }: ZipLimits = {},
): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let entries = 0;
  let found = false;
  let finished = false;
  let unpacked = 0;
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > maxEntries)
      failure ??= new FileLimitError(limitFailure('zip-entries', maxEntries));
    if (failure || found || file.name !== name) return;
    found = true;
    if ((file.originalSize ?? 0) > maxBytes) {
      failure = new FileLimitError(limitFailure('zip-entry-size', maxBytes));
      return;
    }
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        failure = error;
        return;
      }
      unpacked += data.length;
      if (unpacked > maxBytes) {
        failure = new FileLimitError(limitFailure('zip-entry-size', maxBytes));
        file.terminate();
        return;
      }
      out.push(data);
      if (final) finished = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const drain = function* () {
    if (failure) throw failure;
    yield* out.splice(0);
  };
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i += SLICE) {
      unzip.push(chunk.subarray(i, i + SLICE));
      yield* drain();
      if (finished) return;
    }
  }
  unzip.push(new Uint8Array(0), true);
  yield* drain();
  if (!found) throw new Error(`${name} not found in the ZIP`);
  if (!finished) throw new Error(`${name} is cut short in the ZIP`);
}
