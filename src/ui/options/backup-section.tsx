import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import { replaceSettings, type Settings } from '../../storage/settings';
import { plural, t } from '../../wording/i18n';
import { Section, Status } from './field';
import { problemText } from './problem';
import { backupDocument, backupFileName, parseBackup } from './settings-backup';

/** Settings to a JSON file and back. An import is checked whole before anything changes. */
export function BackupSection({ settings }: { settings: Settings }) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const exportFile = () => {
    const now = Date.now();
    const blob = new Blob([backupDocument(settings, now)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = backupFileName(now);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setError('');
    setStatus(t('optionsExported'));
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setStatus('');
    setError('');
    if (!file) return;
    const parsed = parseBackup(await file.text());
    input.value = '';
    if (!parsed.ok) return setError(problemText(parsed.problem));
    // This computer's own switch stays; the import counts as a change made now.
    const next = await replaceSettings(browser.storage.local, {
      ...parsed.value,
      sync: settings.sync,
      updatedAt: Date.now(),
    });
    const sites = next.customSites.length;
    setStatus(sites > 0 ? plural('optionsImportedSites', sites) : t('optionsImported'));
  };

  return (
    <Section id="backup" title={t('optionsBackupTitle')} intro={t('optionsBackupIntro')}>
      <div class="actions">
        <button type="button" onClick={exportFile}>
          {t('optionsExport')}
        </button>
      </div>
      <div class="field">
        <label for="import-file">{t('optionsImport')}</label>
        <input
          type="file"
          id="import-file"
          accept="application/json,.json"
          aria-describedby={error ? 'import-hint import-error' : 'import-hint'}
          onChange={(e) => void importFile(e.target as HTMLInputElement)}
        />
        <p id="import-hint" class="hint">
          {t('optionsImportHint')}
        </p>
        {error && (
          <p id="import-error" class="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <Status text={status} />
    </Section>
  );
}
