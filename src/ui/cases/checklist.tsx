import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { getWallet } from '../../catalog';
import { checklistFor, checklistProgress, taskDoneAt, type TaskId } from '../../model/case-tasks';
import { caseAlarmName, type RecoveryCase } from '../../model/case-types';
import { setCaseTask } from '../../storage/cases';
import type { SentinelDb } from '../../storage/db';
import { formatDay } from '../../wording/format';
import { language, plural, t, type MessageKey } from '../../wording/i18n';
import { walletName } from '../../wording/wallet-name';
import { errorText } from './labels';
import { ExternalLink } from '../components/external-link';

const DAY = 86_400_000;
/** The evidence pack of a case covers its wallet from a month before the case was opened. */
const EVIDENCE_BEFORE = 30 * DAY;

const key = (task: TaskId) => task.replaceAll('-', '_');
const label = (task: TaskId) => t(`task_${key(task)}` as MessageKey);
const hint = (task: TaskId) => t(`taskHint_${key(task)}` as MessageKey);

/** The one thing beside a task that does it or opens where it is done. */
function TaskAction({
  db,
  task,
  value,
  onDone,
}: {
  db: SentinelDb;
  task: TaskId;
  value: RecoveryCase;
  onDone: (task: TaskId) => void;
}) {
  const [making, setMaking] = useState(false);
  const [made, setMade] = useState<string>();
  const wallet = getWallet(value.walletId);
  const name = walletName(value.walletId, language());
  const walletParam = encodeURIComponent(value.walletId);
  switch (task) {
    case 'check-status':
    case 'check-announcements':
    case 'raise-limit':
      return wallet ? (
        <ExternalLink href={wallet.help}>{t('caseWalletHelp', name)}</ExternalLink>
      ) : null;
    case 'contact-support':
      return wallet ? (
        <ExternalLink href={wallet.contact}>{t('caseWalletContact', name)}</ExternalLink>
      ) : null;
    case 'submit-appeal':
      // The wallet's own appeal form, where the catalog knows one (Gate's "提交申诉").
      return wallet?.appeal ? (
        <ExternalLink href={wallet.appeal}>{t('caseWalletAppeal', name)}</ExternalLink>
      ) : null;
    case 'change-password':
    case 'check-2fa':
      return <ExternalLink href="guide.html#secure-account">{t('taskLinkSecure')}</ExternalLink>;
    case 'review-sign-ins':
      return (
        <ExternalLink
          href={`log.html?wallet=${walletParam}&kind=login.attempt&kind=login.success&kind=login.failure`}
        >
          {t('taskLinkSignIns', name)}
        </ExternalLink>
      );
    case 'kyc-documents':
      return (
        <ExternalLink href="guide.html#cause-compliance">{t('taskLinkCompliance')}</ExternalLink>
      );
    case 'limit-reset':
      return (
        <ExternalLink href={`log.html?wallet=${walletParam}`}>{t('taskLinkLimits')}</ExternalLink>
      );
    case 'escalate':
      return (
        <ExternalLink href={`guide.html?wallet=${walletParam}#regulators`}>
          {t('caseRegulators')}
        </ExternalLink>
      );
    case 'collect-evidence': {
      const make = async () => {
        setMaking(true);
        try {
          const now = Date.now();
          const [{ buildEvidencePack }, { downloadBlob, exportFileName }] = await Promise.all([
            import('../../export/evidence-pack'),
            import('../evidence/download'),
          ]);
          const pack = await buildEvidencePack(
            db,
            { walletIds: [value.walletId], from: value.openedAt - EVIDENCE_BEFORE },
            now,
          );
          downloadBlob(
            new Blob([pack.zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
            exportFileName('evidence', now, 'zip'),
          );
          setMade(plural('taskEvidenceMade', pack.header.count));
          onDone(task);
        } catch (e) {
          setMade(errorText(e));
        } finally {
          setMaking(false);
        }
      };
      return (
        <>
          <button type="button" disabled={making} onClick={() => void make()}>
            {t('taskMakeEvidence', name)}
          </button>
          {made && (
            <span class="hint" role="status">
              {' '}
              {made}
            </span>
          )}
        </>
      );
    }
    default:
      return null;
  }
}

/**
 * The case's checklist: the brief's steps as tasks for this incident's cause, each with what
 * does it (the wallet's own links, the evidence pack in one click, the guide). Ticking "submit
 * the appeal" records the appeal and starts the countdown.
 */
export function Checklist({
  db,
  value,
  zone,
}: {
  db: SentinelDb;
  value: RecoveryCase;
  zone: string;
}) {
  const [error, setError] = useState('');
  const tasks = checklistFor(value.cause);
  const { done, total } = checklistProgress(value);
  const tick = async (task: TaskId, checked: boolean) => {
    setError('');
    try {
      await setCaseTask(db, value.id, task, checked, Date.now(), zone);
      if (task === 'submit-appeal' && checked) {
        // The worker is woken at the deadline, even after a restart (it re-creates the alarm).
        const next = await db.cases.get(value.id);
        if (next?.deadline)
          await browser.alarms.create(caseAlarmName(value.id), { when: next.deadline });
      }
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section class="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t('checklistTitle')}</h2>
      <p class="meta" id="checklist-progress">
        {t('checklistProgress', done, total)} · {t(`checklistFor_${value.cause ?? 'security'}`)}
      </p>
      <progress max={total} value={done} aria-labelledby="checklist-progress" />
      <ol class="tasks">
        {tasks.map((task) => {
          const at = taskDoneAt(value, task);
          const id = `task-${task}`;
          return (
            <li key={task} class={at === undefined ? '' : 'done'} data-task={task}>
              <input
                type="checkbox"
                id={id}
                checked={at !== undefined}
                aria-describedby={`${id}-hint`}
                onChange={(e) => void tick(task, e.currentTarget.checked)}
              />{' '}
              <label for={id}>{label(task)}</label>
              {at !== undefined && <span class="meta"> · {formatDay(at, zone)}</span>}
              <p class="hint" id={`${id}-hint`}>
                {hint(task)}
              </p>
              <p class="task-action">
                <TaskAction
                  db={db}
                  task={task}
                  value={value}
                  onDone={(t) => void (taskDoneAt(value, t) === undefined && tick(t, true))}
                />
              </p>
            </li>
          );
        })}
      </ol>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
