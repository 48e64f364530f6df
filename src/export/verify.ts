import { MAX_IMPORT_BYTES } from './format';
import { FileLimitError, readLines } from './line-reader';
import { MAX_LINE_CHARS } from './parse';
import { ExportVerifier } from './verifier';

export { lineContent } from './verifier';

export type { RecordFailure, VerifyFailure, VerifyReason, VerifyResult } from './verifier';
import type { VerifyResult } from './verifier';

export interface VerifyOptions {
  /** Bytes the whole file has, when known: a larger file is refused before it is read. */
  size?: number;
  /** Records checked so far and the count the header declares; called once per chunk read. */
  onProgress?: (done: number, total: number) => void;
  onChunk?: (chunk: Uint8Array | string) => void;
}

export const READ_LIMITS = { maxBytes: MAX_IMPORT_BYTES, maxLineChars: MAX_LINE_CHARS };

/**
 * Verifies an export read as a stream of chunks (a File's stream, a ZIP entry, a Node file),
 * holding one chunk and one line at a time; stops at the first failure.
 */
export async function verifyStream(
  chunks: AsyncIterable<Uint8Array | string>,
  { size, onProgress, onChunk }: VerifyOptions = {},
  verifier = new ExportVerifier(),
): Promise<VerifyResult> {
  if (size !== undefined && size > MAX_IMPORT_BYTES) {
    return { ok: false, reason: 'limit', limit: 'file-size', max: MAX_IMPORT_BYTES };
  }
  try {
    for await (const lines of readLines(chunks, { ...READ_LIMITS, onChunk })) {
      for (const line of lines) {
        const failure = verifier.push(line);
        if (failure) return failure;
      }
      onProgress?.(verifier.records, verifier.header?.count ?? 0);
    }
  } catch (error) {
    if (error instanceof FileLimitError) return error.failure;
    throw error;
  }
  return verifier.finish();
}

/** `verifyStream` over a whole file in memory (tests, small files). */
export function verifyExport(text: string): Promise<VerifyResult> {
  return verifyStream(textChunks(text));
}

/** A text in pieces, as a stream would bring it. */
export async function* textChunks(text: string, size = 1 << 16): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
