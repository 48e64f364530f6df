/**
 * The content script's size as built: every wallet page downloads, parses and compiles it before
 * the first detector runs. Read from WS_DIST (default dist/), so build first. Target ≤ 40 KB
 * minified (issue 9); gzip is reported beside it against the same bound, the issue sets none.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST_CHROME } from '../tests/e2e/harness/paths';
import { atMost, type Figure } from './measure';

const KB = 1024;

export function contentScriptFigures(): Figure[] {
  const file = path.join(DIST_CHROME, 'content.js');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  const source = readFileSync(file);
  const kb = (bytes: number) => Math.round((bytes / KB) * 10) / 10;
  return [
    atMost('content-script.minified', kb(source.length), 'KB', 40),
    atMost('content-script.gzip', kb(gzipSync(source, { level: 9 }).length), 'KB', 40),
  ];
}
