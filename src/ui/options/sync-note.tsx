import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import {
  dismissSyncNote,
  readSyncNote,
  SYNC_NOTE_KEY,
  type SyncNote,
} from '../../storage/settings-sync';
import { t } from '../../wording/i18n';
import { formatMinute } from '../../wording/format';

/**
 * Shown after settings from another computer replaced these (newest change wins): when, and
 * whether changes made here were lost to it.
 */
export function SyncNoteBox() {
  const [note, setNote] = useState<SyncNote | undefined>();
  useEffect(() => {
    const refresh = () => void readSyncNote(browser.storage.local).then(setNote, () => undefined);
    refresh();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SYNC_NOTE_KEY in changes) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  if (!note) return null;
  const remote = formatMinute(note.remoteUpdatedAt);
  return (
    <div class="sync-note" role="status">
      <p>
        {note.replacedUpdatedAt !== undefined
          ? t('optionsSyncNoteConflict', remote, formatMinute(note.replacedUpdatedAt))
          : t('optionsSyncNoteUpdated', remote)}
      </p>
      <button
        type="button"
        class="secondary"
        onClick={() => void dismissSyncNote(browser.storage.local).then(() => setNote(undefined))}
      >
        {t('optionsSyncNoteDismiss')}
      </button>
    </div>
  );
}
