import type { Finding, StoredEvent } from '../../model/event-types';
import { findingTitle } from '../../wording/finding-title';
import { language, t, type MessageKey } from '../../wording/i18n';
import { kindLabel } from '../../wording/kind-label';
import { quoteSiteText } from '../../wording/quoted-text';
import { walletName } from '../../wording/wallet-name';
import { formatMoment } from '../../wording/format';
import { formatAmount, shortDestination } from './format';
import { outcomeKey } from './outcome';
import { rowSeverity } from './row-severity';

/** Each column's heading and the class its cells carry (log.css places them by class). */
export const COLUMNS: ReadonlyArray<[MessageKey, string]> = [
  ['logColTime', 'time'],
  ['logColWallet', 'wallet'],
  ['logColKind', 'kind'],
  ['logColAmount', 'amount'],
  ['logColDestination', 'destination'],
  ['logColOutcome', 'outcome'],
  ['logColMessage', 'message'],
  ['logColFindings', 'findings'],
];

const STATUS: Record<Finding['status'], MessageKey> = {
  open: 'logFindingOpen',
  acknowledged: 'logFindingAcknowledged',
  resolved: 'logFindingResolved',
};

interface RowProps {
  /** Position in the list, from 0. */
  index: number;
  top: number;
  event: StoredEvent | null | undefined;
  outcome: StoredEvent | null | undefined;
  findings: readonly Finding[] | undefined;
  timeZone: string;
}

/**
 * One event as a table row. Everything the site wrote (message, destination) is rendered as
 * text: a message such as `<img onerror=…>` shows as those characters. A row not read yet has
 * the same cells, empty, so the list can reuse its elements while it scrolls.
 */
export function EventRow({ index, top, event, outcome, findings, timeZone }: RowProps) {
  const outcomeText = event && outcomeKey(event, event.attemptId ? outcome : null);
  const failed = outcome?.kind.endsWith('.failure') || event?.kind.endsWith('.failure');
  const kindClass = event ? `kind-${event.kind.replace('.', '-')}` : 'placeholder';
  const severity = event ? rowSeverity(event, outcome, findings) : undefined;
  // The site's words without the phone numbers, handles and links a page may have put in them.
  const message = event?.message ? quoteSiteText(event.message) : '';
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      style={{ top: `${top}px` }}
      class={`log-row ${kindClass}${severity ? ` severity-${severity}` : ''}`}
      data-id={event?.id}
      data-severity={severity}
    >
      <div role="cell" class="time">
        {/* A moment, as the popup, the wallet page and the report write it (wording/format.ts):
            to the second, 24-hour, with the zone, so a row read alone still names its instant. */}
        <time dateTime={event ? new Date(event.at).toISOString() : undefined}>
          {event
            ? formatMoment(event.at, timeZone)
            : t(event === null ? 'logRowGone' : 'logRowLoading')}
        </time>
      </div>
      <div role="cell" class="wallet">
        {event ? walletName(event.walletId, language()) : ''}
      </div>
      <div role="cell" class="kind">
        {/* Said in words, not only in colour: read out first, seen by colour-blind readers. */}
        {severity === 'critical' && <span class="critical-tag">{t('logRowCritical')}</span>}
        {event ? kindLabel(event.kind) : ''}
      </div>
      <div role="cell" class="amount">
        {event?.amount ? formatAmount(event.amount) : ''}
      </div>
      <div role="cell" class="destination" title={event?.destination}>
        {event?.destination ? shortDestination(event.destination) : ''}
      </div>
      <div role="cell" class={failed ? 'outcome bad' : 'outcome'}>
        {outcomeText ? t(outcomeText) : ''}
      </div>
      <div role="cell" class="message" title={message}>
        {message}
      </div>
      <div role="cell" class="findings">
        {findings?.map((finding, i) => (
          <>
            {i > 0 && ', '}
            <a href={`guide.html#${finding.guide}`} class={`finding ${finding.status}`}>
              {findingTitle(finding.ruleId)}
            </a>{' '}
            <span class="status">{t(STATUS[finding.status])}</span>
          </>
        ))}
      </div>
    </div>
  );
}

export function MoreRow({ index, top }: { index: number; top: number }) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      class="log-row placeholder"
      style={{ top: `${top}px` }}
    >
      <div role="cell" class="span">
        {t('logRowsMore')}
      </div>
    </div>
  );
}
