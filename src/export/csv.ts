import { format } from 'date-fns';
import type { StoredEvent } from '../model/event-types';
import { language, t } from '../wording/i18n';
import { kindLabel } from '../wording/kind-label';
import { walletName } from '../wording/wallet-name';

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (Excel reads Chinese text correctly only
 * with it), CRLF line ends, every cell quoted (RFC 4180). A cell that a spreadsheet would run as
 * a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`: a site's message is hostile
 * text (OWASP "CSV injection").
 */
export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export function csvRow(cells: ReadonlyArray<string | number | undefined>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The header row, in the user's language. */
export function eventsCsvHeader(): string {
  return csvRow([
    t('exportColId'),
    t('exportColLocalTime'),
    t('exportColUtcTime'),
    t('exportColWallet'),
    t('exportColWalletId'),
    t('exportColEvent'),
    t('exportColKind'),
    t('exportColAmount'),
    t('exportColCurrency'),
    t('exportColDestination'),
    t('exportColNotice'),
    t('exportColMessage'),
    t('exportColSite'),
    t('exportColPath'),
    t('exportColAttempt'),
    t('exportColHash'),
  ]);
}

export function eventCsvRow(event: StoredEvent): string {
  return csvRow([
    event.id,
    format(event.at, 'yyyy-MM-dd HH:mm:ss'),
    new Date(event.at).toISOString(),
    walletName(event.walletId, language()),
    event.walletId,
    kindLabel(event.kind),
    event.kind,
    event.amount?.value,
    event.amount?.currency,
    event.destination,
    event.notice,
    event.message,
    event.origin,
    event.path,
    event.attemptId,
    event.hash,
  ]);
}

/** A whole CSV in memory, for tests and small exports; the panel builds it row by row. */
export function eventsCsv(events: Iterable<StoredEvent>): string {
  let text = CSV_BOM + eventsCsvHeader();
  for (const event of events) text += eventCsvRow(event);
  return text;
}
