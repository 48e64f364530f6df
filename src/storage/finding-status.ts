import type { SentinelDb } from './db';
import type { Finding } from '../model/event-types';

/**
 * The user's decision on a finding: "this was me" acknowledges it (it leaves the badge but stays
 * in the history); reopening undoes that. A resolved finding (its condition ended) is not
 * reopened by hand.
 */
export async function setFindingStatus(
  db: SentinelDb,
  id: string,
  status: Extract<Finding['status'], 'open' | 'acknowledged'>,
): Promise<void> {
  await db.transaction('rw', db.findings, async () => {
    const finding = await db.findings.get(id);
    if (finding && finding.status !== 'resolved') await db.findings.update(id, { status });
  });
}
