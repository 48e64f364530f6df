// Large and hostile files (issue 19, item 8): `npm run verify-export` on a 300 KB ZIP bomb ran
// out of memory, and 250 MB of blank lines crashed the log page. Files are read as streams now,
// one line at a time, and every cap ends the reading with a clear message.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDeflateRaw } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventsFileText, exportEvents } from '../../src/export/json';
import { readLines } from '../../src/export/line-reader';
import { verifyExport, verifyStream } from '../../src/export/verify';
import { zipEntry } from '../../src/export/zip-entry';
import type { NewEvent } from '../../src/model/event-types';
import { appendEvents } from '../../src/storage/events';
import { memoryDb } from './helpers/memory-db';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const MB = 1024 * 1024;

/** The script as a user runs it, with a Node heap of 256 MB: it must not need more. */
async function verifyCli(file: string) {
  try {
    const { stdout } = await run(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/verify-export.ts', file],
      {
        cwd: ROOT,
        env: { ...process.env, LANG: 'en_US.UTF-8', NODE_OPTIONS: '--max-old-space-size=256' },
        maxBuffer: 4 * MB,
      },
    );
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr.slice(-2000) };
  }
}

/**
 * Raw deflate of `prefix` followed by `fill` bytes of blank lines (or of lines of spaces just
 * under the line cap, `line`), made a megabyte at a time.
 */
async function deflateFill(prefix: string, fill: number, line = 1): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  deflate.write(prefix);
  const newlines = Buffer.alloc(MB, 0x20);
  for (let i = line - 1; i < MB; i += line) newlines[i] = 0x0a;
  for (let left = fill; left > 0; left -= MB) {
    if (!deflate.write(left >= MB ? newlines : newlines.subarray(0, left))) {
      await once(deflate, 'drain');
    }
  }
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(parts);
}

/**
 * A ZIP with one deflated entry, written by hand so its declared size can lie: the sizes in the
 * local header and the central directory are `declared`, the data unpacks to what it is.
 */
function zipOf(name: string, data: Buffer, declared: number): Buffer {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralAt = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

async function realExport(count = 3): Promise<string> {
  const db = memoryDb();
  const events: NewEvent[] = Array.from({ length: count }, (_, i) => ({
    walletId: 'binance',
    origin: 'https://www.binance.com',
    path: '/en/my/wallet/withdraw',
    at: Date.UTC(2026, 10, 1) + i * 60_000,
    kind: 'withdrawal.failure',
    message: '提现失败：超出每日限额',
  }));
  await appendEvents(db, events);
  return eventsFileText(await exportEvents(db, {}, Date.UTC(2026, 10, 2)));
}

async function* chunksOf(bytes: Uint8Array, size = 1 << 16) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ws-large-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run verify-export on a ZIP bomb', () => {
  it('stops at the declared size: a clear message, exit 2, within a 256 MB heap', async () => {
    // 300 MB of blank lines in an events.ndjson that says so: some 300 KB of ZIP.
    const data = await deflateFill('', 300 * MB);
    const bomb = path.join(dir, 'bomb.zip');
    await writeFile(bomb, zipOf('events.ndjson', data, 300 * MB));
    expect((await stat(bomb)).size).toBeLessThan(400 * 1024);
    const { code, out } = await verifyCli(bomb);
    expect(out).toContain('the events file in the ZIP unpacks to more than 256 MB');
    expect(code).toBe(2);
  }, 120_000);

  it('stops at the actual size when the declared one lies', async () => {
    // A real header and a record out of its place (so the reader looks on for its place), then
    // 300 MB of long lines of spaces, declared as 1 KB.
    const [header, , second] = (await realExport()).split('\n');
    const data = await deflateFill(`${header}\n${second}\n`, 300 * MB, 16_384);
    const bomb = path.join(dir, 'liar.zip');
    await writeFile(bomb, zipOf('events.ndjson', data, 1024));
    const { code, out } = await verifyCli(bomb);
    expect(out).toContain('the events file in the ZIP unpacks to more than 256 MB');
    expect(code).toBe(2);
  }, 120_000);
});

describe('caps while reading', () => {
  it('a line longer than the cap ends the reading at that line', async () => {
    const text = `${'x'.repeat(10)}\n${'y'.repeat(20_000)}\n`;
    expect(await verifyExport(text)).toMatchObject({ ok: false, reason: 'malformed', line: 1 });
    const lines = readLines(chunksOf(strToU8(`a\n${'b'.repeat(100)}`), 7), {
      maxBytes: 1000,
      maxLineChars: 50,
    });
    await expect(async () => {
      for await (const _ of lines);
    }).rejects.toMatchObject({ failure: { limit: 'line-length', max: 50, line: 2 } });
  });

  it('more bytes than the cap end the reading', async () => {
    const lines = readLines(chunksOf(new Uint8Array(5000).fill(10), 100), {
      maxBytes: 1000,
      maxLineChars: 50,
    });
    await expect(async () => {
      for await (const _ of lines);
    }).rejects.toMatchObject({ failure: { limit: 'file-size', max: 1000 } });
  });

  it('a file over the size cap is refused before it is read', async () => {
    expect(await verifyStream(chunksOf(new Uint8Array(0)), { size: 300 * MB })).toEqual({
      ok: false,
      reason: 'limit',
      limit: 'file-size',
      max: 256 * MB,
    });
  });

  it('250 MB of blank lines: not an export, read no further than the first line', async () => {
    let read = 0;
    async function* blanks() {
      const chunk = new Uint8Array(1 << 16).fill(10);
      for (let i = 0; i < (250 * MB) / chunk.length; i++) {
        read += chunk.length;
        yield chunk;
      }
    }
    expect(await verifyStream(blanks())).toMatchObject({
      ok: false,
      reason: 'malformed',
      index: -1,
    });
    expect(read).toBeLessThanOrEqual(1 << 16);
  });

  it('a header declaring more records than the cap is named as such', async () => {
    const [header, ...rest] = (await realExport()).split('\n');
    const big = header!.replace(/"count":\d+/, '"count":5000000');
    expect(await verifyExport([big, ...rest].join('\n'))).toMatchObject({
      reason: 'limit',
      limit: 'records',
      max: 1_000_000,
    });
  });

  it('more lines than the header declares stop at the first extra one', async () => {
    const text = await realExport();
    const extra = text + text.split('\n')[1] + '\n';
    expect(await verifyExport(extra)).toMatchObject({ reason: 'malformed', index: 3, line: 5 });
  });
});

describe('the ZIP reader', () => {
  const pack = (files: Record<string, string>) =>
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

  it('reads one entry of a pack a piece at a time', async () => {
    const text = await realExport();
    const zip = pack({ 'README.txt': 'head', 'events.ndjson': text });
    expect(await verifyStream(zipEntry(chunksOf(zip, 100), 'events.ndjson'))).toMatchObject({
      ok: true,
      count: 3,
    });
  });

  it('stops unpacking at the cap, whatever the entry declared', async () => {
    const data = await deflateFill('', 5 * MB);
    const zip = zipOf('events.ndjson', data, 10);
    let seen = 0;
    await expect(async () => {
      for await (const piece of zipEntry(chunksOf(zip), 'events.ndjson', { maxBytes: MB })) {
        seen += piece.length;
      }
    }).rejects.toMatchObject({ failure: { limit: 'zip-entry-size', max: MB } });
    expect(seen).toBeLessThanOrEqual(MB);
  });

  it('refuses more entries than a pack can have', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.txt`, 'x']));
    await expect(async () => {
      for await (const _ of zipEntry(chunksOf(pack(files)), 'events.ndjson', { maxEntries: 20 }));
    }).rejects.toMatchObject({ failure: { limit: 'zip-entries', max: 20 } });
  });
});
