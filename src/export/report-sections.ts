import { browserZone } from '../model/time';
import type { RecoveryCase } from '../model/case-types';
import type { Finding, StoredEvent } from '../model/event-types';
import { findingDetail, severityLabel } from '../wording/finding-detail';
import { findingTitle } from '../wording/finding-title';
import {
  formatDay,
  formatDueDay,
  formatMoment,
  formatMoney,
  joinList,
  zoneName,
} from '../wording/format';
import { language, t, type MessageKey } from '../wording/i18n';
import { kindLabel } from '../wording/kind-label';
import { quoteSiteText } from '../wording/quoted-text';
import { walletName } from '../wording/wallet-name';
import { html, type Html } from './html-escape';

/** The report's tables: what happened, the warnings, the recovery cases. Values are escaped. */
export const CLIP_CHARS = 4000;

/**
 * The zone every time of the report is written in: the browser's, named in each time column's
 * header ("Time (Asia/Shanghai, GMT+8)") and beside every single date.
 */
export const reportZone = browserZone;

/** A moment in the report: to the second, with the zone (one formatter, src/wording/format.ts). */
export const when = (at: number | undefined) => formatMoment(at, reportZone());

/** A table cell's time: the day over the clock time; the column header names the zone. */
const cellTime = (at: number) =>
  html`${formatDay(at, reportZone())}<br />${formatMoment(at, reportZone(), false)}`;

/** "Time (Asia/Shanghai, GMT+8)": the header of a time column. */
const timeHeader = () => {
  const zone = reportZone();
  const short = zoneName(Date.now(), zone);
  return t('exportReportColTime', short === zone ? zone : `${zone}, ${short}`);
};

export const wallet = (walletId: string) => walletName(walletId, language());

/** Text longer than the report shows is cut, and says where the whole of it is. */
export function clipped(text: string | undefined, file: string): Html {
  if (!text || text.length <= CLIP_CHARS) return html`${text}`;
  return html`${text.slice(0, CLIP_CHARS)}… <em>${t('exportReportShortened', file)}</em>`;
}

const label = (key: string) => t(key as MessageKey);

const money = (e: StoredEvent) => (e.amount ? formatMoney(e.amount.value, e.amount.currency) : '');

function eventWhat(event: StoredEvent): string {
  const what = kindLabel(event.kind);
  return event.notice ? `${what}: ${label(`exportNotice_${event.notice}`)}` : what;
}

export function eventsTable(events: readonly StoredEvent[], total: number, file: string): Html {
  if (total === 0) return html`<p>${t('exportReportNoEvents')}</p>`;
  const rows = events.map(
    (e) =>
      html`<tr>
        <td class="time">${cellTime(e.at)}</td>
        <td>${wallet(e.walletId)}</td>
        <td class="what">${eventWhat(e)}</td>
        <td class="num nowrap">${money(e)}</td>
        <td class="code">${e.destination}</td>
        <td class="long">
          ${e.message ? quoteSiteText(e.message) : ''}${e.message ? html`<br />` : html``}<span
            class="page"
            >${e.origin}${e.path}</span
          >
        </td>
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
          <th scope="col">${timeHeader()}</th>
          <th scope="col">${t('exportColWallet')}</th>
          <th scope="col">${t('exportColEvent')}</th>
          <th scope="col">${t('exportColAmount')}</th>
          <th scope="col">${t('exportColDestination')}</th>
          <th scope="col">${t('exportReportColMessagePage')}</th>
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

const SEVERITY_ORDER: Record<Finding['severity'], number> = { critical: 0, warning: 1, info: 2 };

/** Warnings as a reader takes them: the most severe first, and within a severity the newest. */
export function reportOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      b.at - a.at ||
      (a.id < b.id ? -1 : 1),
  );
}

export function findingsTable(findings: readonly Finding[]): Html {
  if (findings.length === 0) return html`<p>${t('exportReportNoFindings')}</p>`;
  const rows = reportOrder(findings).map(
    (f) =>
      html`<tr>
        <td class="time">${cellTime(f.at)}</td>
        <td>${wallet(f.walletId)}</td>
        <td>${findingText(f)}</td>
        <td class="tag">${severityLabel(f.severity)}</td>
        <td class="tag">${label(`exportFindingStatus_${f.status}`)}</td>
        <td class="code">${joinList(f.eventIds.map(String))}</td>
      </tr>`,
  );
  return html`<table>
    <thead>
      <tr>
        <th scope="col">${timeHeader()}</th>
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
        <td class="time">${cellTime(entry.at)}</td>
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
      ${c.amount ? field('exportColAmount', formatMoney(c.amount.value, c.amount.currency)) : html``}
      ${field('exportReportCaseTicket', c.ticket)}
      ${field('exportReportCaseChannel', label(`exportCaseChannel_${c.channel}`))}
      ${field('exportReportCaseOpened', when(c.openedAt))}
      ${c.appealAt ? field('exportReportCaseAppeal', when(c.appealAt)) : html``}
      ${c.deadline ? field('exportReportCaseDeadline', formatDueDay(c.deadline, reportZone())) : html``}
    </dl>
    <h4>${t('exportReportCaseLog')}</h4>
    ${
      log.length === 0
        ? html`<p>${t('exportReportCaseLogEmpty')}</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">${timeHeader()}</th>
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
