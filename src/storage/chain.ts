import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json';
import type { NewEvent, StoredEvent } from '../model/event-types';
import type { ChainGap, GapLink } from '../model/gap-types';

/** The `hash` the first record chains from. */
export const GENESIS_HASH = '0'.repeat(64);

const encoder = new TextEncoder();

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The same digest, synchronously: an export is written inside one IndexedDB read transaction,
 * which would commit if it awaited WebCrypto, and verifying a file needs no browser at all.
 */
export function sha256HexSync(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
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

/** `chainHash` over content already stripped of `id` and `hash`, synchronously. */
export function chainHashSync(previousHash: string, content: Record<string, unknown>): string {
  return sha256HexSync(previousHash + canonicalJson(content));
}

/** Record id → the links recorded gaps keep for it. */
export type GapLinks = ReadonlyMap<number, readonly GapLink[]>;

export function gapLinks(gaps: readonly ChainGap[]): Map<number, GapLink[]> {
  const links = new Map<number, GapLink[]>();
  for (const gap of gaps) {
    for (const link of gap.links ?? []) links.set(link.id, [...(links.get(link.id) ?? []), link]);
  }
  return links;
}

/** The recorded links that apply to `id` when record `beforeId` (0: none) is stored before it. */
export function linksAt(links: GapLinks, id: number, beforeId: number): GapLink[] {
  return (links.get(id) ?? []).filter((link) => link.afterId === beforeId);
}

/**
 * The hash `record` chains from, given the record stored before it (undefined: none): that
 * record's hash, or a recorded link's; undefined when neither produces `record.hash`.
 */
export function chainedFromSync(
  record: StoredEvent,
  before: Pick<StoredEvent, 'id' | 'hash'> | undefined,
  links: GapLinks,
): string | undefined {
  const content = hashedContent(record);
  const natural = before?.hash ?? GENESIS_HASH;
  if (chainHashSync(natural, content) === record.hash) return natural;
  return linksAt(links, record.id, before?.id ?? 0).find(
    (link) => chainHashSync(link.previousHash, content) === record.hash,
  )?.previousHash;
}

export type ChainReport =
  | { ok: true; count: number; head: string; gapsCrossed?: number }
  | { ok: false; count: number; badId: number; index: number; reason: 'hash-mismatch' };

/**
 * Walks records in order and names the first whose hash does not follow from its predecessor:
 * an edited record fails itself, a removed or reordered one fails the record after the gap —
 * unless a recorded gap (`links`) names the hash that record was chained from.
 */
export async function verifyRecords(
  records: Iterable<StoredEvent>,
  previousHash = GENESIS_HASH,
  startIndex = 0,
  links: GapLinks = new Map(),
  previousId = 0,
): Promise<ChainReport> {
  let head = previousHash;
  let beforeId = previousId;
  let index = startIndex;
  let gapsCrossed = 0;
  for (const record of records) {
    if ((await chainHash(head, record)) !== record.hash) {
      let bridged = false;
      for (const link of linksAt(links, record.id, beforeId)) {
        if ((await chainHash(link.previousHash, record)) === record.hash) bridged = true;
      }
      if (!bridged) {
        return { ok: false, count: index, badId: record.id, index, reason: 'hash-mismatch' };
      }
      gapsCrossed += 1;
    }
    head = record.hash;
    beforeId = record.id;
    index += 1;
  }
  return gapsCrossed > 0
    ? { ok: true, count: index, head, gapsCrossed }
    : { ok: true, count: index, head };
}
