import browser from 'webextension-polyfill';
import { checkDatabase } from '../../storage/checkpoint';
import { openDb, type SentinelDb } from '../../storage/db';

let own: SentinelDb | undefined;

/**
 * A page's comparison of the database with its checkpoint (src/storage/checkpoint.ts), for
 * DatabaseLossNotice: on `db`, or on a database of its own for a page that holds none. The popup
 * passes its own (popup/live.ts), which keeps Dexie out of its first script.
 */
export function checkOnPage(db?: SentinelDb): Promise<unknown> {
  return checkDatabase(db ?? (own ??= openDb()), browser.storage.local, Date.now());
}
