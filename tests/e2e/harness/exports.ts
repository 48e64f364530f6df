import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { BrowserContext } from 'playwright-core';

/**
 * The JSON, CSV and evidence-pack exports, made from the log page's data tab as a person makes
 * them; the pack's files under `pack/<name>`.
 */
export async function exportsFromLog(
  context: BrowserContext,
  extensionId: string,
): Promise<Record<string, string>> {
  const log = await context.newPage();
  await log.goto(`chrome-extension://${extensionId}/log.html#data`);
  const exported: Record<string, string> = {};
  for (const format of ['json', 'csv', 'pack'] as const) {
    const [download] = await Promise.all([
      log.waitForEvent('download'),
      log.click(`button[data-export="${format}"]`),
    ]);
    const bytes = await readFile((await download.path())!);
    if (format !== 'pack') exported[format] = bytes.toString('utf8');
    else
      for (const [name, data] of Object.entries(unzipSync(bytes)))
        exported[`pack/${name}`] = strFromU8(data);
  }
  await log.close();
  return exported;
}

/**
 * Whether `text` holds a typed secret: letters in any case; digits only as a whole run (a PIN's
 * digits inside a longer number or a hash are no leak).
 */
export function holds(text: string, value: string): boolean {
  if (!/^\d+$/.test(value)) return text.toLowerCase().includes(value.toLowerCase());
  return new RegExp(`(?<![0-9a-fA-F])${value}(?![0-9a-fA-F])`).test(text);
}
