import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  HASHING_NOTE,
  headerSeal,
  type ExportHeader,
} from '../../../src/export/format';
import { eventLine } from '../../../src/export/json';
import { GENESIS_HASH } from '../../../src/storage/chain';
import { chainEvents, generateEvents, type SeedOptions } from './seed';

/** Seed wallets whose generated origins are their catalog hosts (an import checks that). */
const IMPORTABLE_WALLETS = ['alipay', 'binance', 'coinbase', 'kraken', 'okx', 'paypal'];

/**
 * A complete events export (src/export/format.ts) of `count` generated events, written to `file`
 * line by line, as the extension's "Export JSON" would make it from a profile that recorded them:
 * for import and verification tests and the import benchmark; every record passes the import's
 * checks. Returns the chain head.
 */
export async function writeExportFile(
  file: string,
  count: number,
  options: SeedOptions & { exportedAt?: number } = {},
): Promise<{ head: string; count: number }> {
  const generated = generateEvents(count, { wallets: IMPORTABLE_WALLETS, ...options }).map((e) =>
    // The import takes attempt ids of 8 to 64 characters, as the content script makes them.
    e.attemptId ? { ...e, attemptId: e.attemptId.replace('seed-', 'seed-attempt-') } : e,
  );
  const events = await chainEvents(generated);
  const exportId = `bench-${count}-${options.seed ?? 7}`;
  const unsealed: Omit<ExportHeader, 'seal'> = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportId,
    exportedAt: options.exportedAt ?? Date.now(),
    count: events.length,
    range: events.length ? { from: events[0]!.at, to: events.at(-1)!.at } : null,
    complete: true,
    filter: {},
    chainHead: events.at(-1)?.hash ?? GENESIS_HASH,
    gaps: [],
    hashing: HASHING_NOTE,
  };
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${JSON.stringify({ ...unsealed, seal: headerSeal(unsealed) })}\n`);
  let prev = GENESIS_HASH;
  for (const [n, event] of events.entries()) {
    await write(`${eventLine(exportId, n, event, prev)}\n`);
    prev = event.hash;
  }
  out.end();
  await once(out, 'finish');
  return { head: unsealed.chainHead, count: events.length };
}
