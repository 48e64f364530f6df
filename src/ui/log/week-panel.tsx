import { useEffect, useState } from 'preact/hooks';
import type { SentinelDb } from '../../storage/db';
import { readWeeklySummary, type WeeklySummary } from '../../views/weekly-summary';
import { t } from '../../wording/i18n';
import { weeklyLines, weeklyTitle } from '../../wording/weekly-text';

/**
 * "This week" (issue 16): the weekly summary on the log page, for everyone, whether or not the
 * weekly notification is on — the notification opens the log here (`log.html#this-week`), and
 * opening the log is the review `review-overdue` asks for. Read after the first rows are shown.
 */
export function WeekPanel({
  db,
  ready,
  refreshToken,
}: {
  db: SentinelDb;
  ready: boolean;
  refreshToken: string;
}) {
  const [summary, setSummary] = useState<WeeklySummary>();
  useEffect(() => {
    if (!ready) return;
    let live = true;
    readWeeklySummary(db, Date.now())
      .then((s) => live && setSummary(s))
      .catch((error: unknown) => console.error('log week', error));
    return () => {
      live = false;
    };
  }, [ready, refreshToken]);
  useEffect(() => {
    if (summary && location.hash === '#this-week')
      document.getElementById('this-week')?.scrollIntoView();
  }, [summary]);
  return (
    <section
      class={`panel week${summary?.allNormal ? ' normal' : ''}`}
      id="this-week"
      aria-labelledby="this-week-heading"
      tabIndex={-1}
    >
      <h2 id="this-week-heading">{t('weeklyHeading')}</h2>
      {!summary ? (
        <p class="muted">{t('logChartLoading')}</p>
      ) : (
        <>
          <p class="week-title">
            <strong>{weeklyTitle(summary)}</strong>
          </p>
          <ul>
            {weeklyLines(summary).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
