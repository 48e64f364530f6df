import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { coerceSettings } from '../../storage/settings';
import {
  coerceStorageStatus,
  STORAGE_STATUS_KEY,
  type StorageStatus,
} from '../../storage/storage-status';
import { t } from '../../wording/i18n';

// CSSOM styles (allowed by the pages' `style-src 'self'`): the notice carries its own look, so
// any page can mount it without a stylesheet of its own.
const BOX = {
  border: '1px solid var(--bad)',
  borderRadius: '8px',
  padding: '8px 12px',
  margin: '8px 0',
};

/**
 * The worker's `storage-status` key (src/storage/storage-status.ts) and whether the user keeps
 * everything, kept current. Reads `storage.local`, never IndexedDB, which may be the very thing
 * failing. Undefined until read.
 */
export function useStorageStatus(): { status?: StorageStatus; keepsAll: boolean } {
  const [status, setStatus] = useState<StorageStatus | undefined>();
  const [keepsAll, setKeepsAll] = useState(false);

  useEffect(() => {
    let live = true;
    const read = () =>
      browser.storage.local
        .get([STORAGE_STATUS_KEY, 'settings'])
        .then((items) => {
          if (!live) return;
          setStatus(coerceStorageStatus(items[STORAGE_STATUS_KEY]));
          setKeepsAll(coerceSettings(items.settings).retentionDays === null);
        })
        .catch(() => undefined);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (STORAGE_STATUS_KEY in changes || 'settings' in changes)) void read();
    };
    void read();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return { status, keepsAll };
}

/** Events wait to be stored: nothing shown from the database is up to date. */
export const eventsWaiting = (status: StorageStatus | undefined) =>
  status !== undefined && (status.state !== 'ok' || status.held > 0);

/**
 * "Storage full", "the database will not open" and "the database refuses writes (its error)":
 * what happened, that nothing is lost yet, and what to do. Nothing is rendered while all is well.
 */
export function StorageStatusNotice() {
  const { status, keepsAll } = useStorageStatus();

  if (!status) return null;
  if (status.state === 'ok') return null;
  if (status.state === 'refused') {
    return (
      <section class="storage-status" role="alert" style={BOX}>
        <strong>{t('storageRefusedTitle', status.held, status.error ?? 'UnknownError')}</strong>
        {status.dropped > 0 && <p>{t('storageFullDropped', status.dropped)}</p>}
        <p>{t('storageRefusedWhatToDo')}</p>
      </section>
    );
  }
  const full = status.state === 'full';
  return (
    <section class="storage-status" role="alert" style={BOX}>
      <strong>{t(full ? 'storageFullTitle' : 'storageUnavailableTitle')}</strong>
      <p>{t('storageFullWaiting', status.held)}</p>
      {status.dropped > 0 && <p>{t('storageFullDropped', status.dropped)}</p>}
      <p>{t(full ? 'storageFullWhatToDo' : 'storageUnavailableWhatToDo')}</p>
      {full && <p>{t(keepsAll ? 'storageFullKeepsAll' : 'storageFullPruning')}</p>}
    </section>
  );
}
