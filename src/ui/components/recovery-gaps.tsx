import type { SentinelDb } from '../../storage/db';
import { t } from '../../wording/i18n';
import { formatMoment } from '../../wording/format';
import { useLiveQuery } from './use-live-query';

/** Each `recovery` gap (src/storage/checkpoint.ts). */
async function readLosses(db: SentinelDb) {
  return (await db.gaps.toArray()).filter(
    (gap) => gap.reason === 'recovery' && gap.firstId && gap.lastId,
  );
}

/**
 * The log's own record of what a damaged or removed database lost: one line per `recovery` gap,
 * read from the database, so it stays after the notice is closed (and is in every export).
 */
export function RecoveryGaps({ db }: { db: SentinelDb }) {
  const state = useLiveQuery(() => readLosses(db), [db]);
  if (state.status !== 'ready' || state.value.length === 0) return null;
  return (
    <section class="recovery-gaps" aria-labelledby="recovery-gaps-title">
      <h2 id="recovery-gaps-title">{t('dbGapsTitle')}</h2>
      <ul>
        {state.value.map((gap) => (
          <li key={gap.id} data-testid="recovery-gap">
            {t(
              'dbGapItem',
              formatMoment(gap.at),
              gap.removed,
              gap.firstId as number,
              gap.lastId as number,
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
