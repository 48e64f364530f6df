/**
 * The log page's file worker: verifies an export, or imports one, reading the file as a stream
 * off the page's main thread (issue 19: 300,000 records froze the page for seconds). The import
 * writes here too (IndexedDB and Web Locks work in workers), a batch per transaction under the
 * chain lock, so the page only renders progress. It has no extension API: the page writes the
 * saved views' stamp for it (`stamp`). Messages are checked at the door (file-protocol.ts).
 */
import { ImportCancelled, writeImport } from '../../export/import';
import { readImport } from '../../export/import-read';
import { streamChunks } from '../../export/line-reader';
import { verifyStream } from '../../export/verify';
import { openDb } from '../../storage/db';
import { stampViewsOnWrite } from '../../storage/view-stamp';
import { isFileRequest, type FileReply } from './file-protocol';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(reply: FileReply): void;
};
const post = (reply: FileReply) => scope.postMessage(reply);

/** Progress at most every 100 ms: the page re-renders one line for each. */
function throttled(phase: 'verify' | 'import') {
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    post({ type: 'progress', phase, done, total });
  };
}

const controller = new AbortController();

async function importFile(file: File, now: number): Promise<void> {
  const checked = throttled('verify');
  // Checking is said until the first batch is written; then how many are written.
  let writing = false;
  const reading = await readImport(streamChunks(file.stream()), now, {
    size: file.size,
    onProgress: ({ done, total }) => writing || checked(done, total),
  });
  if (!reading.ok) return post({ type: 'imported', result: reading });
  if (controller.signal.aborted) {
    await reading.batches.return(undefined);
    throw new ImportCancelled();
  }
  const db = openDb();
  stampViewsOnWrite(db, {
    get: async () => ({}),
    set: async (items) => post({ type: 'stamp', stamp: String(Object.values(items)[0]) }),
  });
  const progress = throttled('import');
  const result = await writeImport(db, reading.header.gaps, reading.batches, now, {
    signal: controller.signal,
    onProgress: (done) => {
      writing = true;
      progress(done, reading.count);
    },
  });
  db.close();
  post({ type: 'imported', result });
}

scope.onmessage = (event: MessageEvent) => {
  const request: unknown = event.data;
  if (!isFileRequest(request)) return;
  if (request.type === 'cancel') return controller.abort();
  const task =
    request.type === 'verify'
      ? verifyStream(streamChunks(request.file.stream()), {
          size: request.file.size,
          onProgress: throttled('verify'),
        }).then((result) => post({ type: 'verified', result }))
      : importFile(request.file, request.now);
  task.catch((error: unknown) => {
    if (error instanceof ImportCancelled) {
      return post({ type: 'imported', result: { ok: false, error: { code: 'cancelled' } } });
    }
    const detail = (
      error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    ).slice(0, 200);
    post({ type: 'failed', error: { code: 'unreadable', detail } });
  });
};
