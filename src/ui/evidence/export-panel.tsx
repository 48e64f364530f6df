import { useState } from 'preact/hooks';
import './evidence.css';
import { MAX_IMPORT_BYTES } from '../../export/format';
import type { SentinelDb } from '../../storage/db';
import type { EventFilter } from '../../storage/event-filter';
import { plural, t } from '../../wording/i18n';
import { describeVerify } from './describe';
import { downloadBlob, exportFileName } from './download';
import type { JobProgress } from './file-jobs';
import { FileProgress } from './file-progress';

const MB = 1024 * 1024;

type Format = 'json' | 'csv' | 'pack';
interface Status {
  text: string;
  tone: 'info' | 'ok' | 'bad';
}

/**
 * Saves one format; resolves to how many events went into the file. The export code (the ZIP
 * writer, the report) is loaded on the first click, not with the log page.
 */
async function save(db: SentinelDb, filter: EventFilter, format: Format): Promise<number> {
  const now = Date.now();
  if (format === 'json') {
    const { exportEvents } = await import('../../export/json');
    const file = await exportEvents(db, filter, now);
    downloadBlob(
      new Blob(file.lines, { type: 'application/x-ndjson' }),
      exportFileName('events', now, 'ndjson'),
    );
    return file.header.count;
  }
  if (format === 'csv') {
    const [{ CSV_BOM, eventCsvRow, eventsCsvHeader }, { readForExport }] = await Promise.all([
      import('../../export/csv'),
      import('../../storage/events'),
    ]);
    const rows = [CSV_BOM + eventsCsvHeader()];
    await readForExport(db, filter, (event) => rows.push(eventCsvRow(event)));
    downloadBlob(
      new Blob(rows, { type: 'text/csv;charset=utf-8' }),
      exportFileName('events', now, 'csv'),
    );
    return rows.length - 1;
  }
  const { buildEvidencePack } = await import('../../export/evidence-pack');
  const pack = await buildEvidencePack(db, filter, now);
  downloadBlob(
    new Blob([pack.zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    exportFileName('evidence', now, 'zip'),
  );
  return pack.header.count;
}

/**
 * Export of what the log page's filter shows (JSON, CSV, evidence pack) and the check of an
 * exported file. Mounted by the log page with its current filter.
 */
export function ExportPanel({ db, filter }: { db: SentinelDb; filter: EventFilter }) {
  const [busy, setBusy] = useState<Format | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [verdict, setVerdict] = useState<Status | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [cancel, setCancel] = useState<(() => void) | null>(null);

  const run = async (format: Format) => {
    setBusy(format);
    setStatus({ text: t('exportWorking'), tone: 'info' });
    try {
      const count = await save(db, filter, format);
      setStatus({ text: plural('exportDone', count), tone: 'ok' });
    } catch (error) {
      setStatus({ text: t('exportFailed', String(error)), tone: 'bad' });
    } finally {
      setBusy(null);
    }
  };

  const verify = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setVerdict({ text: t('exportVerifyLimitFileSize', MAX_IMPORT_BYTES / MB), tone: 'bad' });
      return;
    }
    setVerdict({ text: t('exportVerifyWorking'), tone: 'info' });
    setProgress({ phase: 'verify', done: 0, total: 0 });
    try {
      // Read and checked in a worker, as a stream: the page stays responsive for any file.
      const { verifyFile } = await import('./file-jobs');
      const job = verifyFile(file, setProgress);
      setCancel(() => job.cancel);
      const result = await job.result;
      if (result.ok) setVerdict({ text: describeVerify(result), tone: 'ok' });
      else if (result.reason === 'cancelled') {
        setVerdict({ text: t('exportVerifyCancelled'), tone: 'info' });
      } else if (result.reason === 'unreadable') {
        setVerdict({ text: t('exportVerifyUnreadable', result.detail), tone: 'bad' });
      } else setVerdict({ text: describeVerify(result), tone: 'bad' });
    } catch (error) {
      setVerdict({ text: t('exportVerifyUnreadable', String(error)), tone: 'bad' });
    } finally {
      setProgress(null);
      setCancel(null);
    }
  };

  const button = (format: Format, label: string) => (
    <button
      type="button"
      class="export-button"
      data-export={format}
      disabled={busy !== null}
      aria-busy={busy === format}
      onClick={() => void run(format)}
    >
      {label}
    </button>
  );

  return (
    <section class="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('exportTitle')}</h2>
      <p class="export-hint">{t('exportIntro')}</p>
      <div class="export-actions">
        {button('json', t('exportJson'))}
        {button('csv', t('exportCsv'))}
        {button('pack', t('exportPack'))}
      </div>
      <p class="export-hint">{t('exportPackNote')}</p>
      <p role="status" class={`export-status ${status?.tone ?? ''}`} data-testid="export-status">
        {status?.text}
      </p>

      <h3>{t('exportVerifyTitle')}</h3>
      <label class="export-file">
        {t('exportVerifyPick')}
        <input
          type="file"
          accept=".ndjson,.jsonl,.json,application/x-ndjson,application/json"
          data-testid="verify-file"
          disabled={progress !== null}
          onChange={(e) => void verify(e.currentTarget)}
        />
      </label>
      {progress && <FileProgress progress={progress} kind="verify" onCancel={() => cancel?.()} />}
      <p role="status" class={`export-status ${verdict?.tone ?? ''}`} data-testid="verify-result">
        {verdict?.text}
      </p>
    </section>
  );
}
