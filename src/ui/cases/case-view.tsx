import browser from 'webextension-polyfill';
import { getWallet } from '../../catalog';
import { businessDaysLeft } from '../../rules/case-deadline';
import { caseAlarmName, type CaseStatus, type RecoveryCase } from '../../model/case-types';
import { setCaseStatus } from '../../storage/cases';
import type { SentinelDb } from '../../storage/db';
import { useLiveQuery } from '../components/use-live-query';
import { formatDay, formatDueDay, formatMoney } from '../../wording/format';
import { language, plural, t } from '../../wording/i18n';
import { walletName } from '../../wording/wallet-name';
import { CaseDetails } from './case-details';
import { CaseLog } from './case-log';
import { Checklist } from './checklist';
import { MessageDrafts } from './message-drafts';
import { errorText, statusLabel } from './labels';
import { useState } from 'preact/hooks';
import { ExternalLink } from '../components/external-link';

const STEPS: CaseStatus[] = ['confirmed', 'support-contacted', 'appeal-submitted', 'waiting'];

/** The 10-business-day countdown, or what replaced it (a reply, the deadline passing). */
export function Countdown({
  value,
  zone,
  now = Date.now(),
}: {
  value: RecoveryCase;
  zone: string;
  now?: number;
}) {
  const { deadline, appealAt, lastReplyAt, status } = value;
  if (deadline === undefined || appealAt === undefined) return null;
  if (status === 'resolved' || status === 'escalated') return null;
  if (lastReplyAt !== undefined && lastReplyAt >= appealAt)
    return <p class="countdown replied">{t('caseReplied', formatDay(lastReplyAt, zone))}</p>;
  // Dates of a case are days in the zone its deadline was counted in (src/wording/format.ts).
  const date = formatDueDay(deadline, zone);
  if (now >= deadline)
    return (
      <p class="countdown overdue" role="status">
        {t('caseOverdue', date)}
      </p>
    );
  const left = businessDaysLeft(now, deadline, zone);
  return (
    <p class="countdown">
      {left <= 0 ? t('caseDueToday', date) : plural('caseDaysLeft', left, date)}
    </p>
  );
}

function Steps({ status }: { status: CaseStatus }) {
  const index = STEPS.indexOf(status);
  return (
    <ol class="steps" aria-label={t('caseSteps')}>
      {STEPS.map((step, i) => (
        <li
          key={step}
          class={index > i || status === 'resolved' ? 'done' : index === i ? 'current' : ''}
          aria-current={index === i ? 'step' : undefined}
        >
          {statusLabel(step)}
        </li>
      ))}
      {(status === 'resolved' || status === 'escalated') && (
        <li class="current end" aria-current="step">
          {statusLabel(status)}
        </li>
      )}
    </ol>
  );
}

export function CaseView({ db, id, zone }: { db: SentinelDb; id: number; zone: string }) {
  const state = useLiveQuery(() => db.cases.get(id), [id]);
  const [error, setError] = useState('');
  if (state.status === 'loading') return null;
  if (state.status === 'error' || !state.value)
    return (
      <>
        <h1>{t('casesTitle')}</h1>
        <p role="alert">{t('caseNotFound')}</p>
        <a href="cases.html">{t('casesBack')}</a>
      </>
    );
  const value = state.value;
  const wallet = getWallet(value.walletId);
  const name = walletName(value.walletId, language());

  const move = async (...statuses: CaseStatus[]) => {
    setError('');
    try {
      for (const status of statuses) {
        const next = await setCaseStatus(db, id, status, Date.now(), zone);
        // The worker is woken at the deadline, even after a restart (it re-creates the alarm).
        if (status === 'appeal-submitted' && next.deadline)
          await browser.alarms.create(caseAlarmName(id), { when: next.deadline });
      }
    } catch (e) {
      setError(errorText(e));
    }
  };
  const open = value.status !== 'resolved';

  return (
    <>
      <p>
        <a href="cases.html">{t('casesBack')}</a>
      </p>
      <h1>{t('caseListItem', name, value.blocked)}</h1>
      <p class="meta">
        {t('caseOpenedOn', formatDay(value.openedAt, zone))}
        {value.amount && ` · ${formatMoney(value.amount.value, value.amount.currency)}`}
      </p>
      <Steps status={value.status} />
      <Countdown value={value} zone={zone} />
      <Checklist db={db} value={value} zone={zone} />
      <MessageDrafts db={db} value={value} zone={zone} />
      <div class="actions">
        {value.status === 'confirmed' && (
          <button type="button" onClick={() => void move('support-contacted')}>
            {t('caseNextContacted')}
          </button>
        )}
        {(value.status === 'confirmed' || value.status === 'support-contacted') && (
          <button type="button" onClick={() => void move('appeal-submitted', 'waiting')}>
            {t('caseNextAppeal')}
          </button>
        )}
        {open && (
          <button type="button" onClick={() => void move('resolved')}>
            {t('caseResolve')}
          </button>
        )}
        {open && value.status !== 'escalated' && (
          <button type="button" onClick={() => void move('escalated')}>
            {t('caseEscalate')}
          </button>
        )}
        {!open && (
          <button type="button" onClick={() => void move('waiting')}>
            {t('caseReopen')}
          </button>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <ul class="links">
        <li>
          <a
            href={`guide.html?wallet=${encodeURIComponent(value.walletId)}#step-escalate`}
            target="_blank"
          >
            {t('caseEscalateHow')}
          </a>
        </li>
        <li>
          <a
            href={`guide.html?wallet=${encodeURIComponent(value.walletId)}#regulators`}
            target="_blank"
          >
            {t('caseRegulators')}
          </a>
        </li>
        {wallet && (
          <li>
            <ExternalLink href={wallet.help}>{t('caseWalletHelp', name)}</ExternalLink>
          </li>
        )}
        {wallet && (
          <li>
            <ExternalLink href={wallet.contact}>{t('caseWalletContact', name)}</ExternalLink>
          </li>
        )}
      </ul>
      <CaseDetails db={db} value={value} />
      <CaseLog db={db} value={value} />
    </>
  );
}
