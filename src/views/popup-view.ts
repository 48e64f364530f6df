import { checklistProgress } from '../model/case-tasks';
import type { SentinelDb } from '../storage/db';
import type { CaseStatus, RecoveryCase } from '../model/case-types';
import type { Finding, StoredEvent } from '../model/event-types';
import { popupRecords, type PopupRecords } from '../storage/popup-records';
import { readView, saveView, type SessionStore } from '../storage/view-stamp';
import { alertsOf, isAlert, worstFirst } from './alerts';

export { worstFirst };

/**
 * Everything the popup shows, built from a few indexed reads (src/storage/popup-records.ts):
 * the headline (the worst alert and how many there are, counted like the badge), the findings,
 * each wallet's health, and the recovery case already opened for a finding.
 */
export type Health = 'healthy' | 'attention' | 'critical';

export interface WalletHealth {
  walletId: string;
  health: Health;
  /** The worst open warning or critical finding, the reason in a few words; none when healthy. */
  worst: Finding | undefined;
  last: StoredEvent | undefined;
  lastAt: number;
}

/** What the popup says of a finding's recovery case ("Case open · 7 business days left"). */
export interface CaseMark {
  id: number;
  status: CaseStatus;
  deadline?: number;
  appealAt?: number;
  lastReplyAt?: number;
  /** The case's checklist (src/model/case-tasks.ts): steps done of all. */
  done?: number;
  total?: number;
}

/** The popup shows at most this many open findings; the rest are one click away in the log. */
export const OPEN_SHOWN_MAX = 100;
/**
 * The popup first renders this many warnings (under the headline, two or three fill the window;
 * fewer cards paint sooner), and keeps as many notes in its saved view.
 */
export const OPEN_SHOWN_FIRST = 5;

export interface PopupState {
  wallets: WalletHealth[];
  /** Open findings, worst first, newest first within a severity: the first OPEN_SHOWN_MAX. */
  open: Finding[];
  /** How many findings are open, also those not in `open`. */
  openCount: number;
  /** Open warnings and critical findings: the headline's number, the same as the badge's. */
  alertCount: number;
  /** Open info findings (notes), folded under their count. */
  infoCount: number;
  /** Only counted: the list is read when the user unfolds it (acknowledgedFindings). */
  acknowledgedCount: number;
  /** The newest recovery case of each finding in `open` that has one, by finding id. */
  cases: Record<string, CaseMark>;
}

export function healthOf(findings: readonly Finding[]): Health {
  if (findings.some((f) => f.severity === 'critical')) return 'critical';
  return findings.some((f) => f.severity === 'warning') ? 'attention' : 'healthy';
}

const RANK_OF: Record<Health, number> = { critical: 2, attention: 1, healthy: 0 };

function caseMark(c: RecoveryCase): CaseMark {
  const mark: CaseMark = { id: c.id, status: c.status };
  if (c.deadline !== undefined) mark.deadline = c.deadline;
  if (c.appealAt !== undefined) mark.appealAt = c.appealAt;
  if (c.lastReplyAt !== undefined) mark.lastReplyAt = c.lastReplyAt;
  const { done, total } = checklistProgress(c);
  mark.done = done;
  mark.total = total;
  return mark;
}

/** The newest case of each finding that has one (a second one is made only if the user insists). */
export function casesByFinding(cases: readonly RecoveryCase[]): Record<string, CaseMark> {
  const byFinding: Record<string, CaseMark> = {};
  for (const c of [...cases].sort((a, b) => a.id - b.id))
    if (c.findingId) byFinding[c.findingId] = caseMark(c);
  return byFinding;
}

/** What the popup shows, from its records: pure, so both ways of reading them agree. */
export function buildPopupState(records: PopupRecords): PopupState {
  const open = [...records.open].sort(worstFirst);
  const alerts = alertsOf(open);
  const wallets = records.walletIds
    .flatMap((walletId, i): WalletHealth[] => {
      const last = records.lastEvents[i];
      if (!last) return [];
      const mine = alerts.filter((f) => f.walletId === walletId);
      return [{ walletId, health: healthOf(mine), worst: mine[0], last, lastAt: last.at }];
    })
    .sort((a, b) => RANK_OF[b.health] - RANK_OF[a.health] || b.lastAt - a.lastAt);
  const shown = open.slice(0, OPEN_SHOWN_MAX);
  const shownIds = new Set(shown.map((f) => f.id));
  const cases = Object.fromEntries(
    Object.entries(casesByFinding(records.cases)).filter(([id]) => shownIds.has(id)),
  );
  return {
    wallets,
    open: shown,
    openCount: open.length,
    alertCount: alerts.length,
    infoCount: open.filter((f) => !isAlert(f)).length,
    acknowledgedCount: records.acknowledgedCount,
    cases,
  };
}

export async function popupState(db: SentinelDb): Promise<PopupState> {
  return buildPopupState(await popupRecords(db));
}

export async function acknowledgedFindings(db: SentinelDb): Promise<Finding[]> {
  return (await db.findings.where('status').equals('acknowledged').toArray()).sort(worstFirst);
}

/** The popup's last view in `storage.session` (src/storage/view-stamp.ts says when it is used). */
export const POPUP_VIEW_KEY = 'popupView';

function isPopupState(value: unknown): value is PopupState {
  const state = value as Partial<PopupState> | null;
  return (
    typeof state === 'object' &&
    state !== null &&
    Array.isArray(state.wallets) &&
    Array.isArray(state.open) &&
    typeof state.openCount === 'number' &&
    typeof state.alertCount === 'number' &&
    typeof state.infoCount === 'number' &&
    typeof state.acknowledgedCount === 'number' &&
    typeof state.cases === 'object' &&
    state.cases !== null
  );
}

/** What the popup showed last, if nothing it shows was written since; else undefined. */
export function readPopupView(store?: SessionStore): Promise<PopupState | undefined> {
  return readView(POPUP_VIEW_KEY, isPopupState, store);
}

/** What the popup's first render keeps: the first OPEN_SHOWN_FIRST alerts and the notes. */
function firstView(state: PopupState): PopupState {
  const alerts = state.open.filter(isAlert).slice(0, OPEN_SHOWN_FIRST);
  const notes = state.open.filter((f) => !isAlert(f)).slice(0, OPEN_SHOWN_FIRST);
  return { ...state, open: [...alerts, ...notes] };
}

/**
 * Reads the popup's state from the database and keeps what its first render shows as the
 * popup's next first view. Returns the whole state.
 */
export function savePopupView(db: SentinelDb): Promise<PopupState> {
  return saveView(POPUP_VIEW_KEY, () => popupState(db), { keep: firstView });
}
