import type { Finding } from '../../model/event-types';
import type { CaseMark } from '../../views/popup-view';
import { causeLabel, findingDetail, severityLabel } from '../../wording/finding-detail';
import { findingTitle } from '../../wording/finding-title';
import { language, t } from '../../wording/i18n';
import { walletName } from '../../wording/wallet-name';
import { Ago } from './ago';
import { caseMarkText } from './case-mark';
import { caseHref, guideHref, mainAction, newCaseHref, planOf } from './finding-actions';

export type OnStatus = (id: string, status: 'open' | 'acknowledged') => void;

interface Props {
  finding: Finding;
  /** The recovery case already opened for this finding, if any. */
  caseMark?: CaseMark | undefined;
  zone: string;
  onStatus: OnStatus;
}

/** The finding's main action, or its recovery case when one is open: a link styled as a button. */
export function MainActionLink({
  finding,
  caseMark,
  zone,
  id,
}: {
  finding: Finding;
  caseMark?: CaseMark | undefined;
  zone: string;
  id?: string;
}) {
  const title = findingTitle(finding.ruleId);
  if (caseMark)
    return (
      <a
        id={id}
        class="main-action case-link"
        href={caseHref(caseMark.id)}
        target="_blank"
        data-case={caseMark.id}
      >
        {t('popupCaseLink', caseMarkText(caseMark, zone))}
      </a>
    );
  const action = mainAction(finding);
  return (
    <a
      id={id}
      class={`main-action${action.isGuide ? ' guide-link' : ''}`}
      href={action.href}
      target="_blank"
      aria-label={t('popupActionLabel', t(action.label), title)}
    >
      {t(action.label)}
    </a>
  );
}

/**
 * One finding: what happened in plain words and numbers, when (one time, relative, the date on
 * hover), and what to do: one main action that fits it, then the rest as plain links.
 */
export function FindingCard({ finding, caseMark, zone, onStatus }: Props) {
  const title = findingTitle(finding.ruleId);
  const headingId = `finding-${finding.id.replace(/[^a-z0-9-]/gi, '_')}`;
  const acknowledged = finding.status === 'acknowledged';
  const plan = planOf(finding);
  const main = mainAction(finding);
  // With a case open, the case is the main action and the guide's steps one link away.
  const guideLink = caseMark || !main.isGuide;
  const ack = plan.mine
    ? 'popupAcknowledge'
    : finding.severity === 'info'
      ? 'popupDismiss'
      : 'popupHandled';
  return (
    <li
      class={`finding severity-${finding.severity}`}
      data-finding={finding.id}
      aria-labelledby={headingId}
    >
      <div class="finding-head">
        <span class={`severity severity-${finding.severity}`}>
          {severityLabel(finding.severity)}
        </span>
        <h3 id={headingId}>{title}</h3>
      </div>
      <p class="detail">{findingDetail(finding)}</p>
      <p class="meta">
        {walletName(finding.walletId, language())} · {causeLabel(finding.cause)} ·{' '}
        <Ago at={finding.at} zone={zone} />
        {caseMark?.total !== undefined && caseMark.status !== 'resolved' && (
          <span class="case-progress">
            {' · '}
            {t('popupCaseProgress', caseMark.done ?? 0, caseMark.total)}
          </span>
        )}
      </p>
      <div class="actions">
        <MainActionLink finding={finding} caseMark={caseMark} zone={zone} />
        {guideLink && (
          <a
            class="guide-link secondary"
            href={guideHref(finding)}
            target="_blank"
            aria-label={t('popupWhatToDoLabel', title)}
          >
            {t('popupWhatToDo')}
          </a>
        )}
        {!caseMark && plan.recovery && main.label !== 'actionStartRecovery' && (
          <a
            class="case-link secondary"
            href={newCaseHref(finding)}
            target="_blank"
            aria-label={t('popupOpenCaseLabel', title)}
          >
            {t('popupOpenCase')}
          </a>
        )}
        {/* A recovery case in progress is where this is handled: "Already handled" here would
            call the wallet healthy while its appeal waits (usability test). */}
        {caseMark &&
        caseMark.status !== 'resolved' &&
        !plan.mine &&
        !acknowledged ? null : acknowledged ? (
          <button
            type="button"
            class="secondary"
            aria-label={t('popupActionLabel', t('popupReopen'), title)}
            onClick={() => onStatus(finding.id, 'open')}
          >
            {t('popupReopen')}
          </button>
        ) : (
          <button
            type="button"
            class="ack secondary"
            aria-label={t('popupActionLabel', t(ack), title)}
            onClick={() => onStatus(finding.id, 'acknowledged')}
          >
            {t(ack)}
          </button>
        )}
      </div>
    </li>
  );
}
