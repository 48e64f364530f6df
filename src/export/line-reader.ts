import type { FileLimit, LimitFailure } from './parse';

/** A cap met while reading: the reading stops there (issue 19: 250 MB of blank lines). */
export class FileLimitError extends Error {
  constructor(readonly failure: LimitFailure) {
    super(`file limit: ${failure.limit} over ${failure.max}`);
  }
}

export const limitFailure = (limit: FileLimit, max: number, line?: number): LimitFailure => ({
  ok: false,
  reason: 'limit',
  limit,
  max,
  ...(line === undefined ? {} : { line }),
});

export interface LineReadOptions {
  /** Bytes (characters for text) read at most. */
  maxBytes: number;
  /** Characters one line may have, its "\n" not counted. */
  maxLineChars: number;
  /** Sees every chunk as read (a digest of the file). */
  onChunk?: (chunk: Uint8Array | string) => void;
}

/** A `ReadableStream` read chunk by chunk; leaving the loop early cancels the stream. */
export async function* streamChunks(
  stream: ReadableStream<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * The lines of a UTF-8 file, read as a stream: each yield is the complete lines of one chunk,
 * without their "\n". Memory stays one chunk and one line whatever the file holds; a line longer
 * than the cap, or more bytes than the cap, ends the reading with a FileLimitError. Like
 * `text.split('\n')` with the empty piece after a final "\n" dropped.
 */
export async function* readLines(
  chunks: AsyncIterable<Uint8Array | string>,
  { maxBytes, maxLineChars, onChunk }: LineReadOptions,
): AsyncGenerator<string[]> {
  const decoder = new TextDecoder();
  let bytes = 0;
  let carry = '';
  let lineNumber = 0;
  // The lines before the long one still go first: the reader may stop at an earlier problem.
  const tooLong = (before: string[]) => ({
    lines: before,
    error: new FileLimitError(limitFailure('line-length', maxLineChars, lineNumber + 1)),
  });
  for await (const chunk of chunks) {
    bytes += chunk.length;
    if (bytes > maxBytes) throw new FileLimitError(limitFailure('file-size', maxBytes));
    onChunk?.(chunk);
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const lines: string[] = [];
    let from = 0;
    let long: ReturnType<typeof tooLong> | undefined;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', from)) {
      if (end - from + carry.length > maxLineChars) {
        long = tooLong(lines);
        break;
      }
      lines.push(carry + text.slice(from, end));
      carry = '';
      lineNumber += 1;
      from = end + 1;
    }
    if (!long && text.length - from + carry.length > maxLineChars) long = tooLong(lines);
    if (lines.length > 0) yield lines;
    if (long) throw long.error;
    carry += text.slice(from);
  }
  carry += decoder.decode();
  if (carry.length > maxLineChars) throw tooLong([]).error;
  if (carry !== '') yield [carry];
}
