import { useEffect, useState } from 'preact/hooks';
import './evidence.css';
import browser from 'webextension-polyfill';
import { MAX_IMPORT_BYTES } from '../../export/format';
import type { SentinelDb } from '../../storage/db';
import { deleteAllHistory, deleteWalletHistory, walletsWithEvents } from '../../storage/retention';
import { FLUSH_REQUEST_KEY } from '../../storage/store-event';
import { DEFAULT_SETTINGS, updateSettings, type Settings } from '../../storage/settings';
import { useLiveQuery } from '../components/use-live-query';
import { formatNumber, language, plural, t } from '../../wording/i18n';
import { walletName } from '../../wording/wallet-name';
import { ConfirmDialog, type ConfirmRequest } from './confirm-dialog';
import { describeImport } from './describe';
import type { JobProgress } from './file-jobs';
import { FileProgress } from './file-progress';

const RETENTION_CHOICES = [30, 90, 180, 365, 730, 1825] as const;
interface Status {
  text: string;
  tone: 'info' | 'ok' | 'bad';
}

/**
 * The newest event's hash, to note or send now, apart from any export: a later export of this
 * history verifies against it, so a made-up file cannot stand in for it unnoticed (issue 19).
 */
function ChainHeadNow({ db }: { db: SentinelDb }) {
  const head = useLiveQuery(() => db.events.orderBy(':id').last(), [db]);
  const [copied, setCopied] = useState('');
  const hash = head.status === 'ready' ? head.value?.hash : undefined;
  const copy = () => {
    if (!hash) return;
    navigator.clipboard.writeText(hash).then(
      () => setCopied(t('dataChainHeadCopied')),
      (error: unknown) => setCopied(String(error)),
    );
  };
  return (
    <>
      <h3>{t('dataChainHeadTitle')}</h3>
      {head.status === 'ready' && !hash ? (
        <p>{t('dataChainHeadNone')}</p>
      ) : (
        <p class="data-row">
          <code class="chain-head" data-testid="chain-head">
            {hash ?? '…'}
          </code>
          <button type="button" onClick={copy} disabled={!hash}>
            {t('dataChainHeadCopy')}
          </button>
        </p>
      )}
      <p class="export-hint">{t('dataChainHeadHint')}</p>
      <p role="status" class="export-status ok">
        {copied}
      </p>
    </>
  );
}

function RetentionSetting({ settings }: { settings: Settings | undefined }) {
  // `null` keeps everything: it must not fall back to the default (`??` did, and showed 365 days).
  const stored = settings === undefined ? DEFAULT_SETTINGS.retentionDays : settings.retentionDays;
  const [days, setDays] = useState(stored);
  // The first render may come before the settings are read: follow them once they are.
  useEffect(() => setDays(stored), [stored]);
  const [saved, setSaved] = useState<Status | null>(null);
  const choices: Array<number | null> = [...RETENTION_CHOICES, null];
  if (days !== null && !choices.includes(days)) choices.unshift(days);
  const change = async (value: string) => {
    const next = value === 'forever' ? null : Number(value);
    setDays(next);
    try {
      await updateSettings(browser.storage.local, { retentionDays: next });
      setSaved({ text: t('dataRetentionSaved'), tone: 'ok' });
    } catch (error) {
      setSaved({ text: t('dataSaveFailed', String(error)), tone: 'bad' });
    }
  };
  return (
    <>
      <label class="data-row">
        {t('dataRetentionLabel')}
        <select value={days ?? 'forever'} onChange={(e) => void change(e.currentTarget.value)}>
          {choices.map((choice) =>
            choice === null ? (
              <option value="forever">{t('dataRetentionForever')}</option>
            ) : (
              <option value={String(choice)}>{plural('dataRetentionDays', choice)}</option>
            ),
          )}
        </select>
      </label>
      <p class="export-hint">{t('dataRetentionNote')}</p>
      <p role="status" class={`export-status ${saved?.tone ?? ''}`}>
        {saved?.text}
      </p>
    </>
  );
}

/**
 * The user's data: how long events are kept, import from another browser, and deleting a
 * wallet's history or everything (each behind a confirmation). Recovery cases are never deleted
 * here: they are the user's own notes.
 */
export function DataPanel({ db, settings }: { db: SentinelDb; settings: Settings | undefined }) {
  const wallets = useLiveQuery(() => walletsWithEvents(db), [db]);
  const [chosen, setChosen] = useState('');
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [importing, setImporting] = useState<JobProgress | null>(null);
  const [cancel, setCancel] = useState<(() => void) | null>(null);
  const list = wallets.status === 'ready' ? wallets.value : [];
  const total = list.reduce((sum, w) => sum + w.count, 0);
  const selected = list.find((w) => w.walletId === chosen) ?? list[0];

  const runImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setStatus({ text: t('dataImportTooLarge', MAX_IMPORT_BYTES / 1024 / 1024), tone: 'bad' });
      return;
    }
    setImporting({ phase: 'verify', done: 0, total: 0 });
    setStatus({ text: t('dataImportWorking'), tone: 'info' });
    try {
      // Read, checked and written in a worker, a batch per transaction (file-jobs.ts).
      const { importFile } = await import('./file-jobs');
      const job = importFile(file, Date.now(), setImporting);
      setCancel(() => job.cancel);
      const result = await job.result;
      setStatus({ text: describeImport(result), tone: result.ok ? 'ok' : 'bad' });
    } catch (error) {
      setStatus({ text: t('dataImportStorage', String(error)), tone: 'bad' });
    } finally {
      setImporting(null);
      setCancel(null);
    }
  };

  const remove = (task: () => Promise<number>) => {
    setStatus({ text: t('dataDeleting'), tone: 'info' });
    task().then(
      (count) => {
        setStatus({ text: plural('dataDeleted', count), tone: 'ok' });
        // Events waiting for room or for a database made anew are stored now (store-event.ts).
        void browser.storage.local.set({ [FLUSH_REQUEST_KEY]: Date.now() }).catch(() => undefined);
      },
      (error: unknown) => setStatus({ text: t('dataDeleteFailed', String(error)), tone: 'bad' }),
    );
  };

  const askWallet = () => {
    if (!selected) return;
    const name = walletName(selected.walletId, language());
    setConfirm({
      title: t('dataConfirmWalletTitle', name),
      body: t('dataConfirmWalletBody', formatNumber(selected.count), name),
      onConfirm: () => remove(() => deleteWalletHistory(db, selected.walletId, Date.now())),
    });
  };
  const askAll = () =>
    setConfirm({
      title: t('dataConfirmAllTitle'),
      body: t('dataConfirmAllBody', formatNumber(total)),
      word: t('dataConfirmWord'),
      onConfirm: () => remove(() => deleteAllHistory(db, Date.now())),
    });

  return (
    <section class="data-panel" aria-labelledby="data-title">
      <h2 id="data-title">{t('dataTitle')}</h2>
      <p class="export-hint">{t('dataIntro')}</p>
      <RetentionSetting settings={settings} />
      <ChainHeadNow db={db} />

      <h3>{t('dataImportTitle')}</h3>
      <label class="export-file">
        {t('dataImportPick')}
        <input
          type="file"
          accept=".ndjson,.jsonl,.json,application/x-ndjson,application/json"
          data-testid="import-file"
          disabled={importing !== null}
          onChange={(e) => void runImport(e.currentTarget)}
        />
      </label>
      {importing && <FileProgress progress={importing} kind="import" onCancel={() => cancel?.()} />}
      <p class="export-hint">{t('dataImportPolicy')}</p>

      <h3>{t('dataDeleteTitle')}</h3>
      {list.length === 0 ? (
        <p>{t('dataNoEvents')}</p>
      ) : (
        <>
          <div class="data-row">
            <label>
              {t('dataDeleteWalletLabel')}
              <select
                value={selected?.walletId}
                data-testid="delete-wallet-choice"
                onChange={(e) => setChosen(e.currentTarget.value)}
              >
                {list.map((w) => (
                  <option value={w.walletId}>
                    {plural('dataWalletOption', w.count, walletName(w.walletId, language()))}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" class="danger" data-testid="delete-wallet" onClick={askWallet}>
              {t('dataDeleteWallet')}
            </button>
          </div>
          <button type="button" class="danger" data-testid="delete-all" onClick={askAll}>
            {t('dataDeleteAll')}
          </button>
        </>
      )}
      <p class="export-hint">{t('dataCasesKept')}</p>
      <p role="status" class={`export-status ${status?.tone ?? ''}`} data-testid="data-status">
        {status?.text}
      </p>
      <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />
    </section>
  );
}
