import { canonicalJson } from './canonical-json';
import type { NewEvent, StoredEvent } from './event-types';

/** The `hash` the first record chains from. */
export const GENESIS_HASH = '0'.repeat(64);

const encoder = new TextEncoder();

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The part of a record that is hashed: everything but the storage key and the hash itself. */
export function hashedContent(record: NewEvent | StoredEvent): Record<string, unknown> {
  const { id: _id, hash: _hash, ...content } = record as Partial<StoredEvent>;
  return content;
}

/** `hash` = SHA-256 hex of the previous record's hash followed by this record's canonical JSON. */
export function chainHash(previousHash: string, record: NewEvent | StoredEvent): Promise<string> {
  return sha256Hex(previousHash + canonicalJson(hashedContent(record)));
}

export type ChainReport =
  | { ok: true; count: number; head: string }
  | { ok: false; count: number; badId: number; index: number; reason: 'hash-mismatch' };

/**
 * Walks records in order and names the first whose hash does not follow from its predecessor:
 * an edited record fails itself, a removed or reordered one fails the record after the gap.
 */
export async function verifyRecords(
  records: Iterable<StoredEvent>,
  previousHash = GENESIS_HASH,
  startIndex = 0,
): Promise<ChainReport> {
  let head = previousHash;
  let index = startIndex;
  for (const record of records) {
    const expected = await chainHash(head, record);
    if (expected !== record.hash) {
      return { ok: false, count: index, badId: record.id, index, reason: 'hash-mismatch' };
    }
    head = record.hash;
    index += 1;
  }
  return { ok: true, count: index, head };
}
