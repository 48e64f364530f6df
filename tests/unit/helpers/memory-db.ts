import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb } from '../../../src/storage/db';

/** A fresh, isolated database per test: the real schema on fake-indexeddb. */
export function memoryDb() {
  return openDb('wallet-sentinel', { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** An in-memory stand-in for a `browser.storage` area (get/set/remove by key). */
export function memoryArea(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  return {
    data,
    async get(key: string | string[] | null): Promise<Record<string, unknown>> {
      if (key === null) return structuredClone(Object.fromEntries(data));
      const keys = Array.isArray(key) ? key : [key];
      return Object.fromEntries(
        keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]),
      );
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys: string | string[]) {
      for (const key of Array.isArray(keys) ? keys : [keys]) data.delete(key);
    },
  };
}
