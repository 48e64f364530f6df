import type { ImportProgress } from '../../export/import-read';
import type { ImportResult } from '../../export/import';
import type { VerifyResult } from '../../export/verify';
import { sessionStore, VIEW_STAMP_KEY } from '../../storage/view-stamp';
import { isStamp, type FileReply, type FileRequest } from './file-protocol';

export type JobProgress = ImportProgress;

export interface FileJob<T> {
  result: Promise<T>;
  /** Stops the job; its result then says so, and an import has removed what it wrote. */
  cancel(): void;
}

type Answer = Extract<FileReply, { type: 'verified' | 'imported' | 'failed' }>;

/**
 * One file worker (file-worker.ts) for one job: the file is read, checked and (for an import)
 * written there, so the page's main thread only renders progress. The worker ends with the job.
 */
function runInWorker(request: FileRequest, onProgress: (p: JobProgress) => void) {
  const worker = new Worker(new URL('./file-worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<Answer>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FileReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply);
      else if (reply.type === 'stamp') {
        // The worker cannot reach storage.session: the saved views go stale from here.
        if (isStamp(reply.stamp)) {
          void sessionStore()
            ?.set({ [VIEW_STAMP_KEY]: reply.stamp })
            .catch(() => undefined);
        }
      } else resolve(reply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the file worker failed'));
    };
  });
  void result.finally(() => worker.terminate()).catch(() => undefined);
  worker.postMessage(request);
  return { result, cancel: () => worker.postMessage({ type: 'cancel' } satisfies FileRequest) };
}

export type VerifyOutcome =
  | VerifyResult
  | { ok: false; reason: 'cancelled' }
  | { ok: false; reason: 'unreadable'; detail: string };

export function verifyFile(
  file: File,
  onProgress: (p: JobProgress) => void,
): FileJob<VerifyOutcome> {
  const job = runInWorker({ type: 'verify', file }, onProgress);
  let cancel: () => void = () => undefined;
  const cancelled = new Promise<VerifyOutcome>((resolve) => {
    cancel = () => resolve({ ok: false, reason: 'cancelled' });
  });
  const result = Promise.race([
    job.result.then((answer): VerifyOutcome =>
      answer.type === 'verified'
        ? answer.result
        : { ok: false, reason: 'unreadable', detail: detailOf(answer) },
    ),
    cancelled,
  ]).catch((error: unknown): VerifyOutcome => ({
    ok: false,
    reason: 'unreadable',
    detail: String(error),
  }));
  // Nothing to undo for a verification: the worker just ends.
  void result.finally(() => job.cancel());
  return { result, cancel };
}

function detailOf(answer: Answer): string {
  return answer.type === 'failed' ? answer.error.detail : answer.type;
}

/**
 * Imports `file` in the worker: read once, each record verified and checked before it is
 * written, a batch per transaction while the next is checked (export/import.ts `writeImport`);
 * a file that fails further on leaves nothing. Cancel asks the worker to stop; it removes what it
 * wrote before it answers.
 */
export function importFile(
  file: File,
  now: number,
  onProgress: (p: JobProgress) => void,
): FileJob<ImportResult> {
  const job = runInWorker({ type: 'import', file, now }, onProgress);
  const result = job.result.then(
    (answer): ImportResult =>
      answer.type === 'imported'
        ? answer.result
        : {
            ok: false,
            error:
              answer.type === 'failed' ? answer.error : { code: 'unreadable', detail: answer.type },
          },
    (error: unknown): ImportResult => ({
      ok: false,
      error: { code: 'unreadable', detail: String(error).slice(0, 200) },
    }),
  );
  return { result, cancel: job.cancel };
}
