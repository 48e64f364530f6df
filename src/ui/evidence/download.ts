import { format } from 'date-fns';

/**
 * Saves a file from an extension page without the `downloads` permission: a Blob URL and an
 * `<a download>` clicked once. The URL is revoked later, not at once: some browsers read it
 * after the click returns.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `wallet-sentinel-events-20261125-094512.ndjson`: sortable, no characters a file system minds. */
export function exportFileName(kind: 'events' | 'evidence', now: number, extension: string) {
  return `wallet-sentinel-${kind}-${format(now, 'yyyyMMdd-HHmmss')}.${extension}`;
}
