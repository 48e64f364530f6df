import {
  addErrorReports,
  describeError,
  type ErrorReport,
  type ReportArea,
} from '../storage/error-reports';

/**
 * Where in the worker an error happened: one name per path, so the options page's details say
 * which one broke (issue 18: "the worker fails silently").
 */
export type ReportScope =
  | 'after-stored'
  | 'auto-capture'
  | 'badge'
  | 'capture'
  | 'custom-sites'
  | 'door'
  | 'flush-held'
  | 'install'
  | 'landing'
  | 'lookalike'
  | 'notification'
  | 'outage'
  | 'reminders'
  | 'retention'
  | 'saved-views'
  | 'settings-migration'
  | 'settings-sync'
  | 'sign-in-outcome';

export type Report = (scope: ReportScope, error: unknown) => void;

const FLUSH_DELAY_MS = 500;

/**
 * The worker's one `report(scope, error)`: a console warning at once, and a count in
 * `storage.local` (src/storage/error-reports.ts). Writes are batched like the door's rejection
 * counter (rejections.ts): a path failing in a loop costs one write per half second, not one per
 * failure. Reporting never throws.
 */
export function createReporter(area: ReportArea, now: () => number) {
  let pending: ErrorReport[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    timer = undefined;
    const batch = pending;
    pending = [];
    // One write after another: two overlapping read-then-write batches would lose one.
    // If storage itself fails there is nowhere left to report to; the console has it.
    writing = writing.then(() => addErrorReports(area, batch)).catch(() => undefined);
    return writing;
  }

  const report: Report = (scope, error) => {
    console.warn(`Wallet Sentinel: ${scope} failed`, error);
    pending.push(describeError(scope, error, now()));
    timer ??= setTimeout(() => void flush(), FLUSH_DELAY_MS);
  };

  return {
    report,
    /** Writes what is batched now (tests). */
    flushNow(): Promise<void> {
      if (timer) clearTimeout(timer);
      return flush();
    },
  };
}
