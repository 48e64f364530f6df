import { foldWallet, type RuleSettings } from '../rules';
import type { SentinelDb } from '../storage/db';
import type { Finding, StoredEvent } from '../model/event-types';
import { withLock } from '../storage/lock';

/**
 * Incremental evaluation of one wallet after a new event: fold the events since the stored
 * summary, or the whole history when the rules ask for a rebuild (settings changed, an event
 * arrived out of order). Findings are upserted keeping what the user decided: acknowledged
 * stays acknowledged; a condition that ended becomes resolved.
 */
const RULES_LOCK = 'wallet-sentinel-rules';

export interface RefreshResult {
  /** Findings stored for the first time by this refresh. */
  created: Finding[];
  rebuilt: boolean;
}

function walletHistory(db: SentinelDb, walletId: string) {
  return db.events
    .where('[walletId+at]')
    .between([walletId, -Infinity], [walletId, Infinity])
    .toArray();
}

export function refreshWallet(
  db: SentinelDb,
  walletId: string,
  settings: RuleSettings,
  now: number,
): Promise<RefreshResult> {
  return withLock(RULES_LOCK, async () => {
    const stored = await db.summaries.get(walletId);
    let rebuilt = false;
    let result = stored
      ? foldWallet(
          walletId,
          await eventsSince(db, walletId, stored.summary.maxId),
          settings,
          now,
          stored.summary,
        )
      : undefined;
    if (!result?.ok) {
      rebuilt = true;
      result = foldWallet(walletId, await walletHistory(db, walletId), settings, now);
    }
    if (!result.ok) return { created: [], rebuilt };
    const { findings, ended, summary } = result;
    const endedIds = new Set(ended);
    const created: Finding[] = [];
    await db.transaction('rw', db.findings, db.summaries, async () => {
      const existing = await db.findings.bulkGet(findings.map((f) => f.id));
      const rows = findings.map((finding, i) => {
        const before = existing[i];
        if (!before) created.push(finding);
        const status = endedIds.has(finding.id)
          ? 'resolved'
          : before?.status === 'acknowledged'
            ? 'acknowledged'
            : 'open';
        return { ...finding, status } as Finding;
      });
      await db.findings.bulkPut(rows);
      const stillOpen = ended.filter((id) => !findings.some((f) => f.id === id));
      for (const id of stillOpen) await db.findings.update(id, { status: 'resolved' });
      await db.summaries.put({ walletId, summary });
    });
    return { created: created.filter((f) => !endedIds.has(f.id)), rebuilt };
  });
}

/** Events of the wallet after the summary's newest: few, since every event is folded as it comes. */
function eventsSince(db: SentinelDb, walletId: string, maxId: number): Promise<StoredEvent[]> {
  return db.events
    .where(':id')
    .above(maxId)
    .filter((e) => e.walletId === walletId)
    .toArray();
}
