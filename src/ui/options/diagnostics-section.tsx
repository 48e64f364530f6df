import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import {
  coerceErrorReports,
  errorDetails,
  ERROR_REPORTS_KEY,
  recentErrors,
  type ErrorReports,
} from '../../storage/error-reports';
import { plural, t } from '../../wording/i18n';
import { Section, Status } from './field';

/** The worker's error reports (src/storage/error-reports.ts), kept current while the page is open. */
function useErrorReports(): ErrorReports | undefined {
  const [reports, setReports] = useState<ErrorReports | undefined>();
  useEffect(() => {
    let live = true;
    const read = () =>
      browser.storage.local
        .get(ERROR_REPORTS_KEY)
        .then((items) => live && setReports(coerceErrorReports(items[ERROR_REPORTS_KEY])))
        // Unreadable storage: the section says nothing rather than something wrong.
        .catch(() => undefined);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && ERROR_REPORTS_KEY in changes) void read();
    };
    void read();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return reports;
}

/**
 * "3 errors in the last week — copy details" (issue 18): what went wrong in the background, so
 * a broken path shows. The details carry scope, error name, message, time and count only.
 */
export function DiagnosticsSection() {
  const reports = useErrorReports();
  const [status, setStatus] = useState('');
  if (!reports) return null;
  const now = Date.now();
  const { count } = recentErrors(reports, now);
  const details = errorDetails(reports, now, browser.runtime.getManifest().version);

  const copy = () =>
    navigator.clipboard
      .writeText(details)
      .then(() => setStatus(t('optionsDiagnosticsCopied')))
      .catch(() => setStatus(t('optionsDiagnosticsCopyFailed')));

  return (
    <Section
      id="diagnostics"
      title={t('optionsDiagnosticsTitle')}
      intro={t('optionsDiagnosticsIntro')}
    >
      {count === 0 ? (
        <p class="diagnostics-count">{t('optionsDiagnosticsNone')}</p>
      ) : (
        <>
          <p class="diagnostics-count">{plural('optionsDiagnosticsCount', count)}</p>
          <div class="actions">
            <button type="button" onClick={() => void copy()}>
              {t('optionsDiagnosticsCopy')}
            </button>
          </div>
          <details>
            <summary>{t('optionsDiagnosticsShow')}</summary>
            <pre
              class="diagnostics-details"
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
            >
              {details}
            </pre>
          </details>
          <Status text={status} />
        </>
      )}
    </Section>
  );
}
