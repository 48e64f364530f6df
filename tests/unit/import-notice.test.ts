// The import's batches write without Dexie's change notice (each made the open log page read
// its list, chart and counts again, bench `import`); the pages still hear of it when it ends:
// Dexie's live queries, here and over a BroadcastChannel in the other pages, re-read on this
// notice ('storagemutated').
import { Dexie } from 'dexie';
import { expect, it } from 'vitest';
import { writeImport } from '../../src/export/import';
import { readImport } from '../../src/export/import-read';
import { eventsFileText, exportEvents } from '../../src/export/json';
import { textChunks } from '../../src/export/verify';
import { appendEvents } from '../../src/storage/events';
import { memoryDb } from './helpers/memory-db';

const T0 = Date.UTC(2026, 10, 1, 9, 0, 0);
const NOW = T0 + 100 * 3_600_000;

it('the pages showing events hear of an import once, when it ends', async () => {
  const from = memoryDb();
  await appendEvents(
    from,
    Array.from({ length: 12 }, (_, i) => ({
      walletId: 'paypal',
      origin: 'https://www.paypal.com',
      path: '/login',
      at: T0 + i * 60_000,
      kind: 'login.attempt' as const,
    })),
  );
  const text = eventsFileText(await exportEvents(from, {}, NOW));
  const reading = await readImport(textChunks(text), NOW, { batch: 3 });
  if (!reading.ok) throw new Error(JSON.stringify(reading.error));
  const to = memoryDb();
  await to.open();
  const heard: string[][] = [];
  const listen = (parts: Record<string, unknown>) => heard.push(Object.keys(parts));
  Dexie.on('storagemutated').subscribe(listen);
  try {
    // The notice of `from`'s writes comes a moment after they resolved.
    await new Promise((resolve) => setTimeout(resolve, 100));
    heard.length = 0;
    const batches: number[] = [];
    const result = await writeImport(to, reading.header.gaps, reading.batches, NOW, {
      onProgress: (n) => batches.push(n),
    });
    expect(result).toMatchObject({ ok: true, added: 12 });
    expect(batches).toEqual([3, 6, 9, 12]);
    await expect.poll(() => heard).toEqual([['all']]);
  } finally {
    Dexie.on('storagemutated').unsubscribe(listen);
  }
});
