// Checks a Wallet Sentinel events export (or an evidence pack's events.ndjson) the way the
// extension's "Verify a file" does:  npm run verify-export -- <file.ndjson | pack.zip>
// Prints "intact" with the count and chain head, or the first record that was changed, removed
// or reordered. Exit code 0 intact, 1 not intact, 2 no file, unreadable, or over a size cap
// (a file over 256 MB, a ZIP bomb: nothing more is read or unpacked). Language: $LANG (zh → 中文).
// The file is read as a stream and the ZIP unpacked a piece at a time: memory stays small.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { PACK_FILES } from '../src/export/evidence-pack';
import { verifyStream } from '../src/export/verify';
import { zipEntry } from '../src/export/zip-entry';
import { describeVerify } from '../src/ui/evidence/describe';
import exportEn from '../src/wording/locales/export.en.json';
import exportZh from '../src/wording/locales/export.zh_CN.json';
import * as i18n from '../src/wording/i18n';

// Where pages load their strings lazily (i18n `addMessages`), the script registers the part it
// prints; where every part is merged up front, there is nothing to add.
const addMessages = (i18n as unknown as { addMessages?: (language: string, part: object) => void })
  .addMessages;
addMessages?.('en', exportEn);
addMessages?.('zh_CN', exportZh);

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

async function isZip(path: string): Promise<{ zip: boolean; size: number }> {
  const file = await open(path);
  try {
    const head = new Uint8Array(4);
    await file.read(head, 0, 4, 0);
    return { zip: ZIP_MAGIC.every((b, i) => head[i] === b), size: (await file.stat()).size };
  } finally {
    await file.close();
  }
}

async function main(path: string | undefined): Promise<number> {
  if (!path) {
    console.error('usage: npm run verify-export -- <events.ndjson | evidence.zip>');
    return 2;
  }
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  i18n.setLanguage(/^zh/i.test(locale) ? 'zh_CN' : 'en');
  let result;
  try {
    const { zip, size } = await isZip(path);
    const bytes = createReadStream(path, { highWaterMark: 1 << 16 });
    result = zip
      ? await verifyStream(zipEntry(bytes, PACK_FILES.events))
      : await verifyStream(bytes, { size });
  } catch (error) {
    console.error(`${path}: ${(error as Error).message}`);
    return 2;
  }
  console.log(`${path}: ${describeVerify(result)}`);
  if (result.ok) return 0;
  return result.reason === 'limit' ? 2 : 1;
}

process.exitCode = await main(process.argv[2]);
