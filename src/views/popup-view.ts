import type { SentinelDb } from '../storage/db';
import type { Finding, Severity, StoredEvent } from '../model/event-types';
import { readView, saveView } from '../storage/view-stamp';

/**
 * Everything the popup shows, without scanning the events: the wallets are the keys of the rules'
 * summaries, each wallet's newest event is one `[walletId+at]` index lookup, and the findings
 * come by their `status` index.
 */
export type Health = 'healthy' | 'attention' | 'critical';

export interface WalletHealth {
  walletId: string;
  health: Health;
  /** The worst open finding, the reason in a few words. */
  worst: Finding | undefined;
  last: StoredEvent | undefined;
  lastAt: number;
}

/** The popup shows at most this many open findings; the rest are one click away in the log. */
export const OPEN_SHOWN_MAX = 100;
/** The popup first renders this many (a few fill the window; fewer cards paint sooner). */
export const OPEN_SHOWN_FIRST = 8;

export interface PopupState {
  wallets: WalletHealth[];
  /** Open findings, worst first, newest first within a severity: the first OPEN_SHOWN_MAX. */
  open: Finding[];
  /** How many findings are open, also those not in `open`. */
  openCount: number;
  /** Only counted: the list is read when the user unfolds it (acknowledgedFindings). */
  acknowledgedCount: number;
}

const RANK: Record<Severity, number> = { critical: 2, warning: 1, info: 0 };

export function worstFirst(a: Finding, b: Finding): number {
  return RANK[b.severity] - RANK[a.severity] || b.at - a.at;
}

export function healthOf(findings: readonly Finding[]): Health {
  if (findings.some((f) => f.severity === 'critical')) return 'critical';
  return findings.some((f) => f.severity === 'warning') ? 'attention' : 'healthy';
}

export async function popupState(db: SentinelDb): Promise<PopupState> {
  // Only the summaries' keys: their fold states can be large and the popup needs none of them.
  const [walletIds, openFindings, acknowledgedCount] = await Promise.all([
    db.summaries.toCollection().primaryKeys(),
    db.findings.where('status').equals('open').toArray(),
    db.findings.where('status').equals('acknowledged').count(),
  ]);
  const open = openFindings.sort(worstFirst);
  const lastEvents = await Promise.all(
    walletIds.map((walletId) =>
      db.events.where('[walletId+at]').between([walletId, -Infinity], [walletId, Infinity]).last(),
    ),
  );
  const wallets = walletIds
    .flatMap((walletId, i): WalletHealth[] => {
      const last = lastEvents[i];
      if (!last) return [];
      const mine = open.filter((f) => f.walletId === walletId);
      return [{ walletId, health: healthOf(mine), worst: mine[0], last, lastAt: last.at }];
    })
    .sort((a, b) => RANK_OF[b.health] - RANK_OF[a.health] || b.lastAt - a.lastAt);
  return {
    wallets,
    open: open.slice(0, OPEN_SHOWN_MAX),
    openCount: open.length,
    acknowledgedCount,
  };
}

const RANK_OF: Record<Health, number> = { critical: 2, attention: 1, healthy: 0 };

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
    typeof state.acknowledgedCount === 'number'
  );
}

/** What the popup showed last, if nothing it shows was written since; else undefined. */
export function readPopupView(): Promise<PopupState | undefined> {
  return readView(POPUP_VIEW_KEY, isPopupState);
}

/**
 * Reads the popup's state from the database and keeps what its first render shows (the first
 * OPEN_SHOWN_FIRST open findings) as the popup's next first view. Returns the whole state.
 */
export function savePopupView(db: SentinelDb): Promise<PopupState> {
  return saveView(POPUP_VIEW_KEY, () => popupState(db), {
    keep: (state) => ({ ...state, open: state.open.slice(0, OPEN_SHOWN_FIRST) }),
  });
}
