import { t } from '../../wording/i18n';
import type { JobProgress } from './file-jobs';

/**
 * How far a verification or an import of a file has come, and its Cancel button. The numbers
 * change every tenth of a second: the text is not a live region (the result is, beside it).
 */
export function FileProgress({
  progress,
  kind,
  onCancel,
}: {
  progress: JobProgress;
  kind: 'verify' | 'import';
  onCancel: () => void;
}) {
  const { phase, done, total } = progress;
  // Until the header is read the count is not known.
  const text =
    kind === 'verify'
      ? total > 0
        ? t('exportVerifyProgress', done, total)
        : t('exportVerifyWorking')
      : phase === 'verify'
        ? total > 0
          ? t('dataImportVerifying', done, total)
          : t('dataImportWorking')
        : t('dataImportWriting', done, total);
  return (
    <div class="file-progress" data-testid={`${kind}-progress`}>
      <progress value={done} max={Math.max(total, done, 1)} aria-label={text} />
      <span>{text}</span>
      <button type="button" data-testid={`${kind}-cancel`} onClick={onCancel}>
        {t('exportVerifyCancel')}
      </button>
    </div>
  );
}
