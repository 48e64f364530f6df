import type { ContentMessageDeps } from '../../../src/background/handle-content-message';
import { createRejectionCounter } from '../../../src/background/rejections';
import type { SenderInfo } from '../../../src/background/sender';
import type { SentinelDb } from '../../../src/storage/db';
import { memoryArea, memoryDb } from './memory-db';

/** The extension's id as the worker's door sees it in these tests. */
export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';

/** A content script of this extension in the top frame of a tab at `url`. */
export function tabSender(url: string, tabId: number): SenderInfo {
  return { id: EXTENSION_ID, url, origin: new URL(url).origin, frameId: 0, tab: { id: tabId } };
}

/**
 * The worker door's dependencies on an in-memory database and storage areas, with a fixed
 * clock. `local` is returned too: tests read what the door counted or held there.
 */
export function doorDeps(
  now: number,
  {
    db = memoryDb(),
    local = memoryArea(),
  }: { db?: SentinelDb; local?: ReturnType<typeof memoryArea> } = {},
): { deps: ContentMessageDeps; local: ReturnType<typeof memoryArea> } {
  const deps: ContentMessageDeps = {
    db,
    extensionId: EXTENSION_ID,
    local,
    session: memoryArea(),
    rejections: createRejectionCounter(local),
    now: () => now,
  };
  return { deps, local };
}
