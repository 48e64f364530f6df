import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { coerceLoss, LOSS_KEY, type DatabaseLoss } from '../../storage/checkpoint-state';
import { VIEW_STAMP_KEY } from '../../storage/view-stamp';
import { plural, t } from '../../wording/i18n';
import { formatMoment } from '../../wording/format';

/** Longer than any healthy opening on a loaded machine; a late answer still clears the error. */
export const CHECK_TIMEOUT_MS = 20_000;
const RECHECK_DELAY_MS = 800;

const BOX = {
  border: '1px solid var(--bad)',
  borderRadius: '8px',
  padding: '8px 12px',
  margin: '8px 0',
};

/** On the log page, where the import is: scrolled to once it is there (it mounts late). */
function scrollToImport(): void {
  let tries = 0;
  const look = () => {
    const panel = document.querySelector('.data-panel');
    if (panel) {
      panel.scrollIntoView({ block: 'start' });
      (panel.querySelector('input[type=file]') as HTMLElement | null)?.focus();
    } else if ((tries += 1) < 60) setTimeout(look, 250);
  };
  look();
}

/**
 * What a damaged or removed database lost (src/storage/checkpoint.ts): compares the database with
 * its checkpoint when the page opens (`check`, which records a loss once) and shows the loss from
 * `storage.local`, how many events between which dates, with the way to the log's import; after
 * an import, what came back. A database that does not answer in time is said so, with what to
 * do, instead of a page that waits for ever.
 */
export function DatabaseLossNotice({
  check,
  importHref = 'log.html#data',
}: {
  /** Compares this page's database with the checkpoint. */
  check: () => Promise<unknown>;
  /** Where the import is; `#data` on the log page itself. */
  importHref?: string;
}) {
  const [loss, setLoss] = useState<DatabaseLoss | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () =>
      browser.storage.local
        .get(LOSS_KEY)
        .then((items) => live && setLoss(coerceLoss(items[LOSS_KEY])))
        .catch(() => undefined);
    const compare = () => {
      const late = setTimeout(
        () => live && setProblem(t('dbCheckTimeout', CHECK_TIMEOUT_MS / 1000)),
        CHECK_TIMEOUT_MS,
      );
      check().then(
        () => {
          clearTimeout(late);
          if (live) setProblem(undefined);
        },
        (error: unknown) => {
          clearTimeout(late);
          if (live) setProblem(String((error as Error | undefined)?.message ?? error));
        },
      );
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && LOSS_KEY in changes) void read();
      // Events written (an import, perhaps of the missing ones): compared again, once per burst.
      if (area === 'session' && VIEW_STAMP_KEY in changes) {
        clearTimeout(timer);
        timer = setTimeout(compare, RECHECK_DELAY_MS);
      }
    };
    void read();
    compare();
    browser.storage.onChanged.addListener(onChanged);
    if (importHref.startsWith('#') && location.hash === importHref) scrollToImport();
    return () => {
      live = false;
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const dismiss = () =>
    void browser.storage.local.set({ [LOSS_KEY]: { ...loss, dismissed: true } }).catch(() => {});
  const onImport = (e: Event) => {
    if (!importHref.startsWith('#')) return;
    e.preventDefault();
    // A hash change the page hears: the log opens its data tab (log-tabs.tsx) on it.
    location.hash = importHref;
    scrollToImport();
  };

  return (
    <>
      {problem !== undefined && (
        <section class="database-problem" role="alert" style={BOX}>
          <strong>{t('dbCheckFailedTitle')}</strong>
          <p>{t('dbCheckFailedBody', problem)}</p>
        </section>
      )}
      {loss && !loss.dismissed && (
        <section class="database-loss" role="alert" style={BOX} data-testid="database-loss">
          <strong>{t(loss.restored >= loss.lost ? 'dbLossRestoredTitle' : 'dbLossTitle')}</strong>
          <p>
            {plural(
              'dbLossBody',
              loss.lost,
              formatMoment(loss.fromAt || loss.toAt),
              formatMoment(loss.toAt),
            )}
          </p>
          <p>{t('dbLossDetected', formatMoment(loss.detectedAt))}</p>
          {loss.restored > 0 && (
            <p class="database-restored">
              {loss.restored >= loss.lost
                ? plural('dbLossRestoredAll', loss.lost)
                : plural('dbLossRestoredSome', loss.lost, loss.restored)}
            </p>
          )}
          <p>
            {loss.restored < loss.lost && (
              <a
                href={importHref}
                target={importHref.startsWith('#') ? undefined : '_blank'}
                onClick={onImport}
                data-testid="database-loss-import"
              >
                {t('dbLossImport')}
              </a>
            )}{' '}
            <button type="button" onClick={dismiss}>
              {t('dbLossDismiss')}
            </button>
          </p>
        </section>
      )}
    </>
  );
}
