import type { RecoveryCase } from '../model/case-types';
import type { Finding, StoredEvent } from '../model/event-types';
import { findingDetail, severityLabel } from '../wording/finding-detail';
import { findingTitle } from '../wording/finding-title';
import { formatDateTime, formatDecimal, language, t, type MessageKey } from '../wording/i18n';
import { kindLabel } from '../wording/kind-label';
import { quoteSiteText } from '../wording/quoted-text';
import { walletName } from '../wording/wallet-name';
import { html, type Html } from './html-escape';

/** The report's tables: what happened, the warnings, the recovery cases. Values are escaped. */
export const CLIP_CHARS = 4000;

export const when = (at: number | undefined) =>
  at === undefined || !Number.isFinite(at)
    ? ''
    : formatDateTime(at, { dateStyle: 'medium', timeStyle: 'medium' });

export const wallet = (walletId: string) => walletName(walletId, language());

/** Text longer than the report shows is cut, and says where the whole of it is. */
export function clipped(text: string | undefined, file: string): Html {
  if (!text || text.length <= CLIP_CHARS) return html`${text}`;
  return html`${text.slice(0, CLIP_CHARS)}… <em>${t('exportReportShortened', file)}</em>`;
}

const label = (key: string) => t(key as MessageKey);

const money = (e: StoredEvent) =>
  e.amount ? `${formatDecimal(e.amount.value)} ${e.amount.currency}` : '';

function eventWhat(event: StoredEvent): string {
  const what = kindLabel(event.kind);
  return event.notice ? `${what}: ${label(`exportNotice_${event.notice}`)}` : what;
}

export function eventsTable(events: readonly StoredEvent[], total: number, file: string): Html {
  if (total === 0) return html`<p>${t('exportReportNoEvents')}</p>`;
  const rows = events.map(
    (e) =>
      html`<tr>
        <td class="nowrap">${when(e.at)}</td>
        <td>${wallet(e.walletId)}</td>
        <td>${eventWhat(e)}</td>
        <td class="num nowrap">${money(e)}</td>
        <td class="code">${e.destination}</td>
        <td class="long">${e.message ? quoteSiteText(e.message) : ''}</td>
        <td class="code">${e.origin}${e.path}</td>
        <td class="num">${e.id}</td>
      </tr>`,
  );
  const note =
    events.length < total
      ? html`<p class="note">${t('exportReportEventsTruncated', events.length, total, file)}</p>`
      : html``;
  return html`${note}
    <table>
      <thead>
        <tr>
          <th scope="col">${t('exportColLocalTime')}</th>
          <th scope="col">${t('exportColWallet')}</th>
          <th scope="col">${t('exportColEvent')}</th>
          <th scope="col">${t('exportColAmount')}</th>
          <th scope="col">${t('exportColDestination')}</th>
          <th scope="col">${t('exportColMessage')}</th>
          <th scope="col">${t('exportReportColPage')}</th>
          <th scope="col">${t('exportColId')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>`;
}

/** The title, and the detail when it says more (it falls back to the title). */
function findingText(f: Finding): Html {
  const title = findingTitle(f.ruleId);
  const detail = findingDetail(f);
  return detail === title
    ? html`<strong>${title}</strong>`
    : html`<strong>${title}</strong><br />${detail}`;
}

export function findingsTable(findings: readonly Finding[]): Html {
  if (findings.length === 0) return html`<p>${t('exportReportNoFindings')}</p>`;
  const rows = findings.map(
    (f) =>
      html`<tr>
        <td class="nowrap">${when(f.at)}</td>
        <td>${wallet(f.walletId)}</td>
        <td>${findingText(f)}</td>
        <td>${severityLabel(f.severity)}</td>
        <td>${label(`exportFindingStatus_${f.status}`)}</td>
        <td class="code">${f.eventIds.join(', ')}</td>
      </tr>`,
  );
  return html`<table>
    <thead>
      <tr>
        <th scope="col">${t('exportColLocalTime')}</th>
        <th scope="col">${t('exportColWallet')}</th>
        <th scope="col">${t('exportReportColWarning')}</th>
        <th scope="col">${t('exportReportColSeverity')}</th>
        <th scope="col">${t('exportReportColStatus')}</th>
        <th scope="col">${t('exportReportColEvents')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

function caseSection(c: RecoveryCase, file: string): Html {
  const field = (key: MessageKey, value: string | Html) =>
    html`<dt>${t(key)}</dt>
      <dd>${value}</dd>`;
  const log = c.log.map(
    (entry) =>
      html`<tr>
        <td class="nowrap">${when(entry.at)}</td>
        <td>${label(`exportCaseWho_${entry.who}`)}</td>
        <td>${label(`exportCaseChannel_${entry.channel}`)}</td>
        <td class="pre long">${clipped(entry.text, file)}</td>
        <td>${entry.attachments.map((a) => html`<div>${clipped(a, file)}</div>`)}</td>
      </tr>`,
  );
  return html`<section class="case">
    <h3>${wallet(c.walletId)} — ${clipped(c.blocked, file)}</h3>
    <dl>
      ${field('exportReportCaseStatus', label(`exportCaseStatus_${c.status.replaceAll('-', '_')}`))}
      ${c.amount ? field('exportColAmount', `${formatDecimal(c.amount.value)} ${c.amount.currency}`) : html``}
      ${field('exportReportCaseTicket', c.ticket)}
      ${field('exportReportCaseChannel', label(`exportCaseChannel_${c.channel}`))}
      ${field('exportReportCaseOpened', when(c.openedAt))}
      ${c.appealAt ? field('exportReportCaseAppeal', when(c.appealAt)) : html``}
      ${c.deadline ? field('exportReportCaseDeadline', when(c.deadline)) : html``}
    </dl>
    <h4>${t('exportReportCaseLog')}</h4>
    ${
      log.length === 0
        ? html`<p>${t('exportReportCaseLogEmpty')}</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">${t('exportColLocalTime')}</th>
                <th scope="col">${t('exportReportColWho')}</th>
                <th scope="col">${t('exportReportCaseChannel')}</th>
                <th scope="col">${t('exportReportColText')}</th>
                <th scope="col">${t('exportReportColAttachments')}</th>
              </tr>
            </thead>
            <tbody>
              ${log}
            </tbody>
          </table>`
    }
  </section>`;
}

export function casesSection(cases: readonly RecoveryCase[], file: string): Html {
  if (cases.length === 0) return html`<p>${t('exportReportNoCases')}</p>`;
  return html`${cases.map((c) => caseSection(c, file))}`;
}
