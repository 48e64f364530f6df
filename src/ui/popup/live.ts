import { liveQuery } from 'dexie';
import { openDb } from '../../storage/db';

/**
 * The popup's database side: Dexie and the open database. Loaded on its own (load-live.ts) after
 * the first paint when the popup opens from its saved view: Dexie is most of the popup's code,
 * and evaluating it would delay that paint.
 */
export const db = openDb();
void db.open().catch(() => undefined);

export { liveQuery };
// The comparison with the database's checkpoint (components/database-loss.tsx), on this database.
export { checkDatabase } from '../../storage/checkpoint';
