// Checks a Wallet Sentinel events export (or an evidence pack's events.ndjson) the way the
// extension's "Verify a file" does:  npm run verify-export -- <file.ndjson | pack.zip>
// Prints "intact" with the count and chain head, or the first record that was changed, removed
// or reordered. Exit code 0 intact, 1 not intact, 2 no file or unreadable. Language: $LANG (zh → 中文).
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { PACK_FILES } from '../src/export/evidence-pack';
import { verifyExport } from '../src/export/verify';
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

async function main(path: string | undefined): Promise<number> {
  if (!path) {
    console.error('usage: npm run verify-export -- <events.ndjson | evidence.zip>');
    return 2;
  }
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  i18n.setLanguage(/^zh/i.test(locale) ? 'zh_CN' : 'en');
  let text: string;
  try {
    const bytes = await readFile(path);
    if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
      const events = unzipSync(bytes, { filter: (f) => f.name === PACK_FILES.events })[
        PACK_FILES.events
      ];
      if (!events) throw new Error(`${PACK_FILES.events} not found in the ZIP`);
      text = strFromU8(events);
    } else text = bytes.toString('utf8');
  } catch (error) {
    console.error(`${path}: ${(error as Error).message}`);
    return 2;
  }
  const result = await verifyExport(text);
  console.log(`${path}: ${describeVerify(result)}`);
  return result.ok ? 0 : 1;
}

process.exitCode = await main(process.argv[2]);
