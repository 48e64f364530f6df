import type { ImportError, ImportProgress } from '../../export/import-read';
import type { ImportResult } from '../../export/import';
import type { VerifyResult } from '../../export/verify';

/**
 * What the log page and its file worker (file-worker.ts) say to each other. The worker reads,
 * checks and imports a chosen file off the page's main thread; the page shows its progress.
 */
export type FileRequest =
  | { type: 'verify'; file: File }
  | { type: 'import'; file: File; now: number }
  /** Stop: an import removes what it wrote, then answers `imported` (cancelled). */
  | { type: 'cancel' };

export type FileReply =
  | ({ type: 'progress' } & ImportProgress)
  | { type: 'verified'; result: VerifyResult }
  | { type: 'imported'; result: ImportResult }
  /** The worker wrote to tables the saved views are made from (src/storage/view-stamp.ts). */
  | { type: 'stamp'; stamp: string }
  | { type: 'failed'; error: Extract<ImportError, { code: 'unreadable' }> };

const isFile = (value: unknown): value is File =>
  typeof File !== 'undefined' && value instanceof File;

/** The worker's door: only these three shapes, and a real File. */
export function isFileRequest(value: unknown): value is FileRequest {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'verify':
      return isFile(message.file);
    case 'import':
      return isFile(message.file) && Number.isSafeInteger(message.now);
    case 'cancel':
      return true;
    default:
      return false;
  }
}

/** A view stamp as newStamp() makes them (view-stamp.ts): the page writes nothing else for the worker. */
export const isStamp = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-z-]{1,40}$/.test(value);
