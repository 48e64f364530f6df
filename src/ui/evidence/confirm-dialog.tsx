import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../wording/i18n';

export interface ConfirmRequest {
  title: string;
  body: string;
  /** When set, the user types this word before the delete button works. */
  word?: string;
  onConfirm: () => void;
}

/**
 * A modal `<dialog>`: the browser traps focus inside, Escape cancels, and focus returns to the
 * button that opened it. Cancel is focused first, so Enter alone never deletes anything.
 */
export function ConfirmDialog({
  request,
  onClose,
}: {
  request: ConfirmRequest | null;
  onClose: () => void;
}): ComponentChildren {
  const ref = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) {
      setTyped('');
      dialog.showModal();
    } else if (!request && dialog.open) dialog.close();
  }, [request]);

  const ready = !request?.word || typed.trim() === request.word;
  return (
    <dialog
      ref={ref}
      class="data-dialog"
      aria-labelledby="data-dialog-title"
      aria-describedby="data-dialog-body"
      onClose={onClose}
    >
      <h3 id="data-dialog-title">{request?.title}</h3>
      <p id="data-dialog-body">{request?.body}</p>
      {request?.word ? (
        <label class="data-confirm-word">
          {t('dataConfirmTypeLabel', request.word)}
          <input
            type="text"
            autocomplete="off"
            value={typed}
            data-testid="confirm-word"
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </label>
      ) : null}
      <div class="data-dialog-actions">
        <button type="button" autofocus onClick={() => ref.current?.close()}>
          {t('dataCancel')}
        </button>
        <button
          type="button"
          class="danger"
          disabled={!ready}
          data-testid="confirm-delete"
          onClick={() => {
            request?.onConfirm();
            ref.current?.close();
          }}
        >
          {t('dataConfirmDelete')}
        </button>
      </div>
    </dialog>
  );
}
