import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import {
  CAPTURE_COMMAND,
  captureTab,
  describeCapture,
  type CaptureTab,
} from '../../storage/capture';
import { walletIdForOrigin } from '../../catalog/origins';
import type { SentinelDb } from '../../storage/db';
import type { StoredEvent } from '../../model/event-types';
import { recentTrouble } from '../../storage/screenshots';
import type { Settings } from '../../storage/settings';
import { language, t } from '../../wording/i18n';
import { kindLabel } from '../../wording/kind-label';
import { walletName } from '../../wording/wallet-name';
import { ago } from './ago';

interface Front {
  tab: CaptureTab;
  walletId: string;
  trouble: StoredEvent | undefined;
  keys: string;
}

/** The wallet page in front, if it is one: the extension may read a watched site's URL. */
async function front(db: SentinelDb, settings: Settings): Promise<Front | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url || tab.incognito) return undefined;
  let origin: string;
  try {
    origin = new URL(tab.url).origin;
  } catch {
    return undefined;
  }
  const walletId = walletIdForOrigin(origin, settings);
  if (!walletId) return undefined;
  const commands = await browser.commands?.getAll().catch(() => []);
  const keys = commands?.find((c) => c.name === CAPTURE_COMMAND)?.shortcut || 'Alt+Shift+E';
  return { tab, walletId, trouble: await recentTrouble(db, walletId, Date.now()), keys };
}

/**
 * Evidence from the page in front: opening the popup lends the extension that tab (`activeTab`),
 * so one click keeps a picture of what the site shows — right after a failure or a notice, when
 * it matters (the brief: keep every record). Shown only on a watched wallet page.
 */
export function CaptureSection({ db, settings }: { db: SentinelDb; settings: Settings }) {
  const [page, setPage] = useState<Front | undefined>();
  const [status, setStatus] = useState<string>('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void front(db, settings)
      .then(setPage)
      .catch(() => undefined);
  }, [db, settings]);
  if (!page) return null;
  const capture = async () => {
    setBusy(true);
    try {
      const result = await captureTab(browser, db, page.tab, settings, Date.now());
      setStatus(describeCapture(result, (id) => walletName(id, language())));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="capture" aria-labelledby="capture-heading">
      <h2 id="capture-heading">{t('popupCaptureHeading')}</h2>
      {!settings.screenshotEvidence ? (
        <p>
          <a href="options.html#screenshot" target="_blank">
            {t('captureOff')}
          </a>
        </p>
      ) : (
        <>
          {page.trouble && (
            <p>{t('popupCaptureContext', kindLabel(page.trouble.kind), ago(page.trouble.at))}</p>
          )}
          <button type="button" onClick={() => void capture()} disabled={busy}>
            {t('popupCaptureButton')}
          </button>
          <p class="hint">{t('popupCaptureHint', page.keys)}</p>
        </>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
