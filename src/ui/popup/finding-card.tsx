import type { Finding } from '../../model/event-types';
import { causeLabel, findingDetail, severityLabel } from '../../wording/finding-detail';
import { findingTitle } from '../../wording/finding-title';
import { language, t } from '../../wording/i18n';
import { walletName } from '../../wording/wallet-name';
import { ago } from './ago';

/** Links to the guide and the cases page for one finding (anchors from the finding itself). */
export const guideHref = (f: Finding) =>
  `guide.html?finding=${encodeURIComponent(f.id)}#${encodeURIComponent(f.guide)}`;
export const caseHref = (f: Finding) => `cases.html?finding=${encodeURIComponent(f.id)}`;

interface Props {
  finding: Finding;
  onStatus(id: string, status: 'open' | 'acknowledged'): void;
}

/**
 * One finding: what happened in plain words and numbers, why (the brief's four causes), and the
 * next steps: the matching recovery steps, "this was me", a recovery case.
 */
export function FindingCard({ finding, onStatus }: Props) {
  const title = findingTitle(finding.ruleId);
  const headingId = `finding-${finding.id.replace(/[^a-z0-9-]/gi, '_')}`;
  const acknowledged = finding.status === 'acknowledged';
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
        {t(
          'popupFindingMeta',
          walletName(finding.walletId, language()),
          causeLabel(finding.cause),
          ago(finding.at),
        )}
      </p>
      <div class="actions">
        <a
          class="guide-link"
          href={guideHref(finding)}
          target="_blank"
          aria-label={t('popupWhatToDoLabel', title)}
        >
          {t('popupWhatToDo')}
        </a>
        {acknowledged ? (
          <button type="button" onClick={() => onStatus(finding.id, 'open')}>
            {t('popupReopen')}
          </button>
        ) : (
          <button
            type="button"
            class="ack"
            aria-label={t('popupAcknowledgeLabel', title)}
            onClick={() => onStatus(finding.id, 'acknowledged')}
          >
            {t('popupAcknowledge')}
          </button>
        )}
        <a
          class="case-link"
          href={caseHref(finding)}
          target="_blank"
          aria-label={t('popupOpenCaseLabel', title)}
        >
          {t('popupOpenCase')}
        </a>
      </div>
    </li>
  );
}
