import { strToU8, zipSync, type Zippable } from 'fflate';
import type { SentinelDb } from '../storage/db';
import type { EventFilter } from '../storage/event-filter';
import type { StoredEvent } from '../model/event-types';
import { readEvidence } from '../storage/events';
import { screenshotsFor } from '../storage/screenshots';
import { CSV_BOM, eventCsvRow, eventsCsvHeader } from './csv';
import type { ExportHeader } from './format';
import { eventsFileText, exportEvents } from './json';
import { REPORT_EVENT_LIMIT, reportHtml, type PackFiles } from './report-html';
import { language, t } from '../wording/i18n';
import { VERIFY_FILE, verifyPageHtml } from './verify-html';

/**
 * The evidence pack: one ZIP to attach to an appeal. events.ndjson (verifiable), events.csv,
 * findings.json (warnings that cite an exported event, or the exported wallets' warnings in the
 * exported period), cases.json (the exported wallets' recovery cases with their communication
 * logs), report.html (printable), and screenshots/: the pictures the user took of the exported
 * wallets' pages in the exported period (src/storage/capture.ts), each named by time and
 * wallet, its SHA-256 printed in the report; verify.html checks events.ndjson in any browser
 * without the extension (src/export/verify-html.ts).
 */
export const PACK_FILES: PackFiles = {
  events: 'events.ndjson',
  csv: 'events.csv',
  findings: 'findings.json',
  cases: 'cases.json',
};
export const REPORT_FILE = 'report.html';
/** Its first line is the chain head, to send or note apart from the pack. */
export const README_FILE = 'README.txt';

export interface Screenshot {
  name: string;
  data: Uint8Array;
  sha256?: string;
}

export interface PackOptions {
  exportId?: string;
  /** Instead of the stored pictures (tests). */
  screenshots?: readonly Screenshot[];
  /**
   * The verify page's built script (dist/…/verify-page.js); read from the extension when not
   * given. Only a run outside the extension (unit tests) has neither, and its pack has no
   * verify.html.
   */
  verifyScript?: string;
}

/** verify-page.js of this extension, read from its own files. */
async function builtVerifyScript(): Promise<string | undefined> {
  const runtime = (globalThis as { chrome?: { runtime?: { getURL?: (path: string) => string } } })
    .chrome?.runtime;
  if (!runtime?.getURL) return undefined;
  const response = await fetch(runtime.getURL('verify-page.js'));
  if (!response.ok) throw new Error(`verify-page.js: HTTP ${response.status}`);
  return response.text();
}

const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png' };

/** The stored pictures `filter` covers, as pack files: `2026-11-26T02-31-05Z-paypal-7.jpg`. */
async function storedScreenshots(db: SentinelDb, filter: EventFilter): Promise<Screenshot[]> {
  return (await screenshotsFor(db, filter)).map((shot) => ({
    name: `${new Date(shot.at)
      .toISOString()
      .replace(/\.\d+Z$/, 'Z')
      .replace(/:/g, '-')}-${shot.walletId}-${shot.id}.${EXTENSION[shot.type] ?? 'img'}`,
    data: shot.bytes,
    sha256: shot.sha256,
  }));
}

export interface EvidencePack {
  zip: Uint8Array;
  header: ExportHeader;
}

/** `screenshots/<name>`: a plain file name, unique in the pack, never a path. */
function screenshotEntries(
  screenshots: readonly Screenshot[],
): Array<[string, Uint8Array, string | undefined]> {
  const used = new Set<string>();
  return screenshots.map(({ name, data, sha256 }, i) => {
    let safe = name
      .replace(/[^A-Za-z0-9._-]/g, '_')
      .replace(/^\.+/, '')
      .slice(0, 100);
    if (!safe || used.has(safe)) safe = `${i + 1}-${safe || 'screenshot'}`;
    used.add(safe);
    return [`screenshots/${safe}`, data, sha256];
  });
}

export async function buildEvidencePack(
  db: SentinelDb,
  filter: EventFilter,
  now: number,
  options: PackOptions = {},
): Promise<EvidencePack> {
  const csv: string[] = [CSV_BOM + eventsCsvHeader()];
  const shown: StoredEvent[] = [];
  const ids = new Set<number>();
  const walletIds = new Set<string>();
  const kindCounts = new Map<string, number>();
  const file = await exportEvents(db, filter, now, {
    exportId: options.exportId,
    onEvent(event) {
      csv.push(eventCsvRow(event));
      if (shown.length < REPORT_EVENT_LIMIT) shown.push(event);
      ids.add(event.id);
      walletIds.add(event.walletId);
      kindCounts.set(event.kind, (kindCounts.get(event.kind) ?? 0) + 1);
    },
  });
  const { header } = file;
  const evidence = await readEvidence(db, [...walletIds]);
  const range = header.range;
  const findings = evidence.findings.filter(
    (f) =>
      f.eventIds.some((id) => ids.has(id)) ||
      (range !== null && f.at >= range.from && f.at <= range.to),
  );
  const cases = evidence.cases;
  const screenshots = screenshotEntries(
    options.screenshots ?? (await storedScreenshots(db, filter)),
  );
  const meta = { exportId: header.exportId, exportedAt: header.exportedAt };
  const verifyScript = options.verifyScript ?? (await builtVerifyScript());
  const entries: Zippable = {
    [README_FILE]: strToU8(t('exportPackReadme', header.chainHead)),
    [PACK_FILES.events]: strToU8(eventsFileText(file)),
    [PACK_FILES.csv]: strToU8(csv.join('')),
    [PACK_FILES.findings]: strToU8(
      JSON.stringify(
        { format: 'wallet-sentinel-findings', version: 1, ...meta, findings },
        null,
        2,
      ),
    ),
    [PACK_FILES.cases]: strToU8(
      JSON.stringify({ format: 'wallet-sentinel-cases', version: 1, ...meta, cases }, null, 2),
    ),
    [REPORT_FILE]: strToU8(
      reportHtml({
        header,
        events: shown,
        kindCounts,
        findings,
        cases,
        screenshots: screenshots.map(([name, , sha256]) => ({ name, sha256 })),
        files: PACK_FILES,
      }),
    ),
    ...(verifyScript
      ? {
          [VERIFY_FILE]: strToU8(
            verifyPageHtml(verifyScript, {
              chainHead: header.chainHead,
              exportId: header.exportId,
              eventsFile: PACK_FILES.events,
              language: language(),
            }),
          ),
        }
      : {}),
    ...Object.fromEntries(screenshots.map(([name, data]) => [name, data])),
  };
  return { zip: zipSync(entries, { level: 6, mtime: new Date(now) }), header };
}
