import type { SentinelDb } from '../../storage/db';
import type { Finding, Severity, StoredEvent } from '../../storage/event-types';

/**
 * Everything the popup shows, from the small tables only: the rules' per-wallet summaries (one
 * row per wallet, with its newest event) and the open and acknowledged findings. The events
 * table is touched once per wallet, by primary key.
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

export interface PopupState {
  wallets: WalletHealth[];
  /** Open findings, worst first, newest first within a severity. */
  open: Finding[];
  acknowledged: Finding[];
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
  const [summaries, findings] = await Promise.all([
    db.summaries.toArray(),
    db.findings.where('status').anyOf('open', 'acknowledged').toArray(),
  ]);
  const open = findings.filter((f) => f.status === 'open').sort(worstFirst);
  const acknowledged = findings.filter((f) => f.status === 'acknowledged').sort(worstFirst);
  const seen = summaries.filter((s) => s.summary.last);
  const lastEvents = await db.events.bulkGet(seen.map((s) => s.summary.last!.id));
  const wallets = seen
    .map((s, i): WalletHealth => {
      const mine = open.filter((f) => f.walletId === s.walletId);
      return {
        walletId: s.walletId,
        health: healthOf(mine),
        worst: mine[0],
        last: lastEvents[i],
        lastAt: s.summary.last!.at,
      };
    })
    .sort((a, b) => RANK_OF[b.health] - RANK_OF[a.health] || b.lastAt - a.lastAt);
  return { wallets, open, acknowledged };
}

const RANK_OF: Record<Health, number> = { critical: 2, attention: 1, healthy: 0 };
