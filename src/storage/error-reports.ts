import { DAY } from '../model/time';

/**
 * Errors the worker met on its own paths (src/background/report.ts), kept in `storage.local` so
 * the options page can show them: "3 errors in the last week — copy details". Each report holds
 * the place it happened (`scope`), the error's name, its message with anything that could be the
 * user's (quoted text, numbers, long codes, addresses, links) taken out, and the time: never an
 * event, page text, an amount or an address. Bounded: the newest MAX_REPORTS stay, `total` counts
 * every one since install.
 */
export const ERROR_REPORTS_KEY = 'worker-errors';
export const MAX_REPORTS = 100;
const MAX_MESSAGE = 160;
export const REPORT_WINDOW_MS = 7 * DAY;

export interface ErrorReport {
  scope: string;
  name: string;
  message: string;
  at: number;
}

export interface ErrorReports {
  total: number;
  recent: ErrorReport[];
}

export interface ReportArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** An error message without what could be someone's data; the rest says what went wrong. */
export function scrubMessage(text: string): string {
  return (text.split('\n')[0] ?? '')
    .replace(/"[^"]*"|'[^']*'|`[^`]*`|“[^”]*”/g, '"…"')
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, '<url>')
    .replace(/\S*@\S+/g, '…')
    .replace(/[\p{L}\p{N}_-]*\p{N}[\p{L}\p{N}_.,-]*/gu, '#')
    .replace(/\p{L}{25,}/gu, '…')
    .slice(0, MAX_MESSAGE);
}

const NAME = /^[A-Za-z][A-Za-z0-9]{0,39}$/;

/** What is kept of `error` thrown in `scope` at `at`. */
export function describeError(scope: string, error: unknown, at: number): ErrorReport {
  const raw = error as { name?: unknown; message?: unknown } | null | undefined;
  const name = typeof raw?.name === 'string' && NAME.test(raw.name) ? raw.name : 'Error';
  const message =
    typeof raw?.message === 'string' ? raw.message : typeof error === 'string' ? error : '';
  return { scope, name, message: scrubMessage(message), at };
}

function isReport(value: unknown): value is ErrorReport {
  const r = value as Partial<ErrorReport> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.scope === 'string' &&
    typeof r.name === 'string' &&
    typeof r.message === 'string' &&
    typeof r.at === 'number'
  );
}

export function coerceErrorReports(value: unknown): ErrorReports {
  const raw = value as Partial<ErrorReports> | null | undefined;
  const recent = Array.isArray(raw?.recent) ? raw.recent.filter(isReport).slice(-MAX_REPORTS) : [];
  const total =
    typeof raw?.total === 'number' && Number.isSafeInteger(raw.total) && raw.total >= recent.length
      ? raw.total
      : recent.length;
  return { total, recent };
}

export async function readErrorReports(area: ReportArea): Promise<ErrorReports> {
  return coerceErrorReports((await area.get(ERROR_REPORTS_KEY))[ERROR_REPORTS_KEY]);
}

/** Adds `reports` (oldest first); only the newest MAX_REPORTS are kept, all are counted. */
export async function addErrorReports(area: ReportArea, reports: readonly ErrorReport[]) {
  if (reports.length === 0) return;
  const current = await readErrorReports(area);
  const next: ErrorReports = {
    total: current.total + reports.length,
    recent: [...current.recent, ...reports].slice(-MAX_REPORTS),
  };
  await area.set({ [ERROR_REPORTS_KEY]: next });
}

/** One line of the details: the same error in the same place, how often, and when last. */
export interface ErrorGroup {
  scope: string;
  name: string;
  message: string;
  count: number;
  lastAt: number;
}

/** The reports of the week before `now`, grouped, the most recent first. */
export function recentErrors(reports: ErrorReports, now: number) {
  const since = now - REPORT_WINDOW_MS;
  const groups = new Map<string, ErrorGroup>();
  let count = 0;
  for (const r of reports.recent) {
    if (r.at < since || r.at > now) continue;
    count += 1;
    const key = JSON.stringify([r.scope, r.name, r.message]);
    const group = groups.get(key);
    if (group) {
      group.count += 1;
      group.lastAt = Math.max(group.lastAt, r.at);
    } else
      groups.set(key, { scope: r.scope, name: r.name, message: r.message, count: 1, lastAt: r.at });
  }
  return { count, groups: [...groups.values()].sort((a, b) => b.lastAt - a.lastAt) };
}

/**
 * The text the options page copies for a bug report: plain and in English whatever the page's
 * language, so whoever reads it can search for it. Scope, name, message, time and count only.
 */
export function errorDetails(reports: ErrorReports, now: number, version: string): string {
  const { count, groups } = recentErrors(reports, now);
  const lines = [
    `Wallet Sentinel ${version}: ${count} worker errors in the 7 days to ${new Date(now).toISOString()} (${reports.total} since install)`,
    ...groups.map(
      (g) =>
        `${new Date(g.lastAt).toISOString()} ${g.scope} ${g.name}: ${g.message || '(no message)'} ×${g.count}`,
    ),
  ];
  return lines.join('\n');
}
