import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { RecoveryCase } from '../model/case-types';
import type { Finding, StoredEvent } from '../model/event-types';
import { joinList } from '../wording/format';
import { formatNumber, language, t, type MessageKey } from '../wording/i18n';
import { kindLabel } from '../wording/kind-label';
import type { ExportHeader } from './format';
import { html, Html } from './html-escape';
import { casesSection, eventsTable, findingsTable, wallet, when } from './report-sections';

/**
 * The printable report of an evidence pack: one static HTML file in the user's language. Every
 * value is escaped (html``), nothing runs: no script, and a Content-Security-Policy that allows
 * only its own stylesheet (by hash) — so hostile text from a wallet page stays text.
 */
export interface PackFiles {
  events: string;
  csv: string;
  findings: string;
  cases: string;
}

export interface ReportInput {
  header: ExportHeader;
  /** The events shown (the first REPORT_EVENT_LIMIT); `header.count` says how many exist. */
  events: readonly StoredEvent[];
  /** Every exported event's kind, counted (the summary covers all, not only those shown). */
  kindCounts: ReadonlyMap<string, number>;
  findings: readonly Finding[];
  cases: readonly RecoveryCase[];
  screenshots: ReadonlyArray<{ name: string; sha256?: string | undefined }>;
  files: PackFiles;
}

export const REPORT_EVENT_LIMIT = 5000;

export const REPORT_CSS = `
body{font:14px/1.45 system-ui,'PingFang SC','Microsoft YaHei',sans-serif;color:#111;margin:2em auto;padding:0 1em;max-width:60em}
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;table-layout:auto}
th,td{border:1px solid #bbb;padding:.3em .45em;vertical-align:top;text-align:start;overflow-wrap:break-word;unicode-bidi:isolate}
th{background:#eee;word-break:keep-all}
table.summary{width:auto}.long{overflow-wrap:anywhere;min-width:10em}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere;unicode-bidi:isolate}
.code{font-family:ui-monospace,monospace;font-size:.85em;word-break:break-all;min-width:8em}
.page{color:#555;font-family:ui-monospace,monospace;font-size:.85em;word-break:break-all}
.time,.tag,.nowrap{white-space:nowrap}.time{font-variant-numeric:tabular-nums}.what{min-width:6em}
.num{text-align:end}.pre{white-space:pre-wrap}.note{font-style:italic}
@page{size:A4;margin:12mm}
@media print{body{margin:0;padding:0;max-width:none;font-size:9pt}thead{display:table-header-group}tr{break-inside:avoid}h2,h3{break-after:avoid}}
`;

/** `'sha256-…'` of the stylesheet: the only thing the report's CSP lets in. */
export function styleHashSource(css: string): string {
  const bytes = sha256(utf8ToBytes(css));
  return `'sha256-${btoa(String.fromCharCode(...bytes))}'`;
}

/** One piece, so no formatter can put whitespace inside it and change its hash. */
const STYLE_ELEMENT = new Html(`<style>${REPORT_CSS}</style>`);

export const REPORT_CSP = `default-src 'none'; style-src ${styleHashSource(REPORT_CSS)}; base-uri 'none'; form-action 'none'`;

function selection(header: ExportHeader): Html {
  const f = header.filter;
  if (header.complete) return html`<li>${t('exportReportFilterAll')}</li>`;
  const items: Html[] = [];
  if (f.walletIds?.length)
    items.push(html`<li>${t('exportReportFilterWallets', joinList(f.walletIds.map(wallet)))}</li>`);
  if (f.kinds?.length)
    items.push(
      html`<li>${t('exportReportFilterKinds', joinList(f.kinds.map((k) => kindLabel(k))))}</li>`,
    );
  if (f.from !== undefined) items.push(html`<li>${t('exportReportFilterFrom', when(f.from))}</li>`);
  if (f.to !== undefined) items.push(html`<li>${t('exportReportFilterTo', when(f.to))}</li>`);
  if (f.text) items.push(html`<li>${t('exportReportFilterText', f.text)}</li>`);
  if (f.openFindingsOnly) items.push(html`<li>${t('exportReportFilterOpen')}</li>`);
  return html`${items}`;
}

function summary(input: ReportInput): Html {
  const rows = [...input.kindCounts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(
      ([kind, count]) =>
        html`<tr>
          <td>${kindLabel(kind as StoredEvent['kind'])}</td>
          <td class="num">${formatNumber(count)}</td>
        </tr>`,
    );
  if (rows.length === 0) return html``;
  return html`<table class="summary">
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

/** The import markers: records brought in from another browser's export, not recorded here. */
function imports(header: ExportHeader): Html {
  const marks = header.gaps.filter((g) => g.reason === 'import' && (g.imported ?? 0) > 0);
  if (marks.length === 0) return html``;
  return html`<h3>${t('exportReportImports')}</h3>
    <ul>
      ${marks.map(
        (g) =>
          html`<li>
            ${t(
              'exportReportImport',
              when(g.at),
              formatNumber(g.imported ?? 0),
              g.firstId === undefined ? '?' : String(g.firstId),
              g.lastId === undefined ? '?' : String(g.lastId),
            )}
          </li>`,
      )}
    </ul>`;
}

function gaps(header: ExportHeader): Html {
  const removals = header.gaps.filter((g) => g.reason !== 'import' || g.removed > 0);
  if (removals.length === 0) return html``;
  const items = removals.map(
    (g) =>
      html`<li>
        ${t(
          'exportReportGap',
          when(g.at),
          formatNumber(g.removed),
          t(`exportGapReason_${g.reason.replaceAll('-', '_')}` as MessageKey),
        )}${g.walletId ? ` (${wallet(g.walletId)})` : ''}
      </li>`,
  );
  return html`<h3>${t('exportReportGaps')}</h3>
    <ul>
      ${items}
    </ul>`;
}

export function reportHtml(input: ReportInput): string {
  const { header, files } = input;
  const range = header.range;
  const wallets = joinList([...new Set(input.events.map((e) => e.walletId))].map(wallet));
  const page = html`<!doctype html>
    <html lang="${language() === 'zh_CN' ? 'zh-CN' : 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${t('exportReportTitle')}</title>
        ${STYLE_ELEMENT}
      </head>
      <body>
        <main>
          <h1>${t('exportReportTitle')}</h1>
          <p>${t('exportReportIntro')}</p>
          <dl>
            <dt>${t('exportReportGenerated')}</dt>
            <dd>${when(header.exportedAt)}</dd>
            <dt>${t('exportReportPeriod')}</dt>
            <dd>${range ? t('exportReportPeriodValue', when(range.from), when(range.to)) : '—'}</dd>
            <dt>${t('exportReportEventCount')}</dt>
            <dd>${formatNumber(header.count)}</dd>
            <dt>${t('exportReportWallets')}</dt>
            <dd>${wallets || '—'}</dd>
            <dt>${t('exportReportFilter')}</dt>
            <dd>
              <ul>
                ${selection(header)}
              </ul>
            </dd>
          </dl>
          ${summary(input)}
          <h2>${t('exportReportEvents')}</h2>
          ${eventsTable(input.events, header.count, files.csv)}
          <h2>${t('exportReportFindings')}</h2>
          ${findingsTable(input.findings)}
          <h2>${t('exportReportCases')}</h2>
          ${casesSection(input.cases, files.cases)}
          ${
            input.screenshots.length > 0
              ? html`<h2>${t('exportReportScreenshots')}</h2>
                  <ul>
                    ${input.screenshots.map(
                      (s) =>
                        html`<li class="code">
                          ${s.name}${s.sha256 ? html` — SHA-256 ${s.sha256}` : html``}
                        </li>`,
                    )}
                  </ul>`
              : html``
          }
          <h2>${t('exportReportIntegrity')}</h2>
          <dl>
            <dt>${t('exportReportChainHead')}</dt>
            <dd class="code">${header.chainHead}</dd>
            <dt>${t('exportReportExportId')}</dt>
            <dd class="code">${header.exportId}</dd>
            <dt>${t('exportReportFiles')}</dt>
            <dd class="code">
              ${[files.events, files.csv, files.findings, files.cases].join(', ')}
            </dd>
          </dl>
          <p>${t(header.complete ? 'exportReportCompleteYes' : 'exportReportCompleteNo')}</p>
          <p>${t('exportReportVerifyHow', files.events)}</p>
          ${gaps(header)} ${imports(header)}
        </main>
      </body>
    </html> `;
  return page.text;
}
