import { checklistProgress } from '../../model/case-tasks';
import { PageFooter, PageHeader } from '../components/page-frame';
import type { SentinelDb } from '../../storage/db';
import { listCases } from '../../storage/cases';
import type { Settings } from '../../storage/settings';
import { useLiveQuery } from '../components/use-live-query';
import { language, t } from '../../wording/i18n';
import { walletName } from '../../wording/wallet-name';
import { CaseView, Countdown } from './case-view';
import { statusLabel, userZone } from './labels';
import { NewCaseForm } from './new-case-form';

interface Props {
  db: SentinelDb;
  settings: Settings | undefined;
  params: URLSearchParams;
}

/**
 * cases.html: the list; `?case=<id>` one case; `?finding=<id>` or `?new` a new case (from a
 * finding it is filled in from that finding).
 */
export function CasesApp({ db, settings, params }: Props) {
  const zone = userZone(settings?.timeZone);
  const caseId = Number(params.get('case'));
  let body;
  if (params.has('case') && Number.isInteger(caseId) && caseId > 0)
    body = <CaseView db={db} id={caseId} zone={zone} />;
  else if (params.has('finding') || params.has('new'))
    body = <NewCaseForm db={db} findingId={params.get('finding') ?? undefined} />;
  else body = <CaseList db={db} zone={zone} />;
  return (
    <>
      <PageHeader />
      <main>{body}</main>
      <PageFooter>{t('popupStaysLocal')}</PageFooter>
    </>
  );
}

function CaseList({ db, zone }: { db: SentinelDb; zone: string }) {
  const cases = useLiveQuery(() => listCases(db));
  return (
    <>
      <h1>{t('casesTitle')}</h1>
      <p>{t('casesIntro')}</p>
      <p>
        <a class="button" href="cases.html?new">
          {t('casesNew')}
        </a>
      </p>
      {cases.status === 'ready' && cases.value.length === 0 && <p>{t('casesNone')}</p>}
      {cases.status === 'ready' && cases.value.length > 0 && (
        <ul class="case-list">
          {cases.value.map((c) => (
            <li key={c.id} data-case={c.id}>
              <a href={`cases.html?case=${c.id}`}>
                {t('caseListItem', walletName(c.walletId, language()), c.blocked)}
              </a>{' '}
              <span class={`status status-${c.status}`}>{statusLabel(c.status)}</span>{' '}
              <span class="meta">
                {t('checklistProgress', checklistProgress(c).done, checklistProgress(c).total)}
              </span>
              <Countdown value={c} zone={zone} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
