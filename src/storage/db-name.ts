/**
 * Fixed by the contract in ../shared/DESIGN.md: other tools open this database by name. In a
 * file of its own so a reader without Dexie (popup-records.ts) can name it without loading Dexie.
 */
export const DB_NAME = 'wallet-sentinel';
