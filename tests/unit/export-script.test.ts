import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvidencePack } from '../../src/export/evidence-pack';
import { eventsFileText, exportEvents } from '../../src/export/json';
import type { NewEvent } from '../../src/model/event-types';
import { appendEvents, chainHead } from '../../src/storage/events';
import { memoryDb } from './helpers/memory-db';

// scripts/verify-export.ts as a user runs it (`npm run verify-export -- <file>`): tsx in a child process.
const ROOT = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

async function verifyCli(file: string, lang = 'en_US.UTF-8') {
  try {
    const { stdout } = await run(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/verify-export.ts', file],
      { cwd: ROOT, env: { ...process.env, LANG: lang, LC_ALL: '' } },
    );
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

let dir: string;
let head: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ws-verify-'));
  const db = memoryDb();
  const events: NewEvent[] = Array.from({ length: 5 }, (_, i) => ({
    walletId: 'alipay',
    origin: 'https://auth.alipay.com',
    path: '/login/index.htm',
    at: Date.UTC(2026, 10, 1) + i * 60_000,
    kind: 'login.attempt',
  }));
  await appendEvents(db, events);
  head = await chainHead(db);
  const text = eventsFileText(await exportEvents(db, {}, Date.UTC(2026, 10, 2)));
  const lines = text.split('\n');
  await writeFile(path.join(dir, 'good.ndjson'), text);
  await writeFile(
    path.join(dir, 'swapped.ndjson'),
    [lines[0], lines[2], lines[1], ...lines.slice(3)].join('\n'),
  );
  await writeFile(
    path.join(dir, 'pack.zip'),
    (await buildEvidencePack(db, {}, Date.UTC(2026, 10, 2))).zip,
  );
}, 30_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run verify-export', () => {
  it('says intact with the count and head, exit 0', async () => {
    const { code, out } = await verifyCli(path.join(dir, 'good.ndjson'));
    expect(code).toBe(0);
    expect(out).toContain(`Intact: 5 records, chain head ${head}.`);
  }, 30_000);

  it('names the first bad record of a tampered file, exit 1, in Chinese when LANG says so', async () => {
    const { code, out } = await verifyCli(path.join(dir, 'swapped.ndjson'), 'zh_CN.UTF-8');
    expect(code).toBe(1);
    expect(out).toContain('不完整：第 2 号记录（第 2 行）顺序不对');
  }, 30_000);

  it('checks the events file inside an evidence pack', async () => {
    const { code, out } = await verifyCli(path.join(dir, 'pack.zip'));
    expect(code).toBe(0);
    expect(out).toContain('Intact: 5 records');
  }, 30_000);

  it('exit 2 for a missing file', async () => {
    expect((await verifyCli(path.join(dir, 'nope.ndjson'))).code).toBe(2);
  }, 30_000);
});
