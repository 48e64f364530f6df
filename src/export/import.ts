import type { SentinelDb } from '../storage/db';
import { importChained, ImportRefused, type ChainedRecord } from '../storage/events';
import { checkRecord, type FieldProblem } from './import-validate';
import { parseExport } from './parse';
import { verifyParsed, type VerifyFailure } from './verify';

/**
 * Import of our own events export, for moving to another browser. The policy (docs/how-it-works.md, "Verify
 * an export"):
 * 1. the file must verify intact, and every record must be a valid event: else nothing is written;
 * 2. records keep their ids and hashes (same events, same chain head as the source);
 * 3. a record already stored, identical, is skipped; one that differs is never overwritten: the
 *    import is refused;
 * 4. new records must be newer (higher id) than every stored event — older history goes only into
 *    an empty database (delete everything first), so the local chain stays in one order;
 * 5. where a record does not chain from the one before it here (a filtered export, or the local
 *    events came first), the break is recorded as a gap, so verifyChain stays intact and says so.
 * All in one transaction.
 */
import { MAX_IMPORT_BYTES } from './format';

export { MAX_IMPORT_BYTES };

export type ImportError =
  | { code: 'too-large'; limitMb: number }
  | { code: 'not-verified'; failure: VerifyFailure }
  | { code: 'bad-record'; index: number; id: number; field: string; problem: FieldProblem }
  | { code: 'conflict' | 'predates'; id: number }
  | { code: 'storage'; detail: string };

export type ImportResult =
  | { ok: true; added: number; skipped: number; gaps: number; walletIds: string[] }
  | { ok: false; error: ImportError };

const refuse = (error: ImportError): ImportResult => ({ ok: false, error });

export async function importExport(
  db: SentinelDb,
  text: string,
  now: number,
): Promise<ImportResult> {
  if (text.length > MAX_IMPORT_BYTES) {
    return refuse({ code: 'too-large', limitMb: MAX_IMPORT_BYTES / 1024 / 1024 });
  }
  const parsed = parseExport(text);
  if (!parsed.ok) return refuse({ code: 'not-verified', failure: parsed });
  const verified = await verifyParsed(parsed);
  if (!verified.ok) return refuse({ code: 'not-verified', failure: verified });

  const records: ChainedRecord[] = [];
  for (const [index, line] of parsed.records.entries()) {
    const check = checkRecord(line, now);
    if (!check.ok) {
      const { field, problem } = check;
      return refuse({ code: 'bad-record', index, id: line.id, field, problem });
    }
    records.push(check.record);
  }
  try {
    const outcome = await importChained(db, records, parsed.header.gaps, now);
    return { ok: true, ...outcome };
  } catch (error) {
    if (error instanceof ImportRefused) return refuse({ code: error.code, id: error.recordId });
    return refuse({ code: 'storage', detail: errorName(error) });
  }
}

function errorName(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 200);
  return String(error).slice(0, 200);
}
