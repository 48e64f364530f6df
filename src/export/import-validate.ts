import { EVENT_KINDS, NOTICE_KINDS, type EventKind, type NoticeKind } from '../model/event-types';
import type { ChainedRecord } from '../storage/import-chain';
import { LIMITS } from '../messages/types';
import { isRecord, type ExportLine } from './parse';
import { UNSAFE_CHARS } from '../model/text';
import { getWallet, walletForHost } from '../catalog';

/**
 * Every imported record is checked field by field before anything is written. The bounds are
 * the worker's door's (src/messages/validate.ts, LIMITS); that validator itself checks a content
 * script's message, which lacks `at`, `walletId`, `origin` and the worker's own kinds, so the
 * same rules are applied here to a whole stored event.
 */
export type FieldProblem =
  'missing' | 'invalid' | 'too-large' | 'unknown-field' | 'out-of-range' | 'wrong-wallet';

export type RecordCheck =
  { ok: true; record: ChainedRecord } | { ok: false; field: string; problem: FieldProblem };

const ATTEMPT_ID = /^[A-Za-z0-9-]{8,64}$/;
const DECIMAL = /^\d{1,24}(\.\d{1,18})?$/;
const CURRENCY = /^[A-Z0-9]{2,12}$/;
const WALLET_ID_MAX = 300;
const ORIGIN_MAX = 300;

/**
 * The largest record id an import may bring. Ids are kept on import, and the database numbers
 * the next event after the largest: an id near 2^53 would leave no room, and every write after
 * it would fail (issue 19). A person recording a thousand events a day for a thousand years
 * stays far below.
 */
export const MAX_IMPORTED_ID = 2 ** 40;
/** Nothing was recorded before 2000; a record "from the future" is made up (five minutes of clock skew allowed). */
export const EARLIEST_AT = Date.UTC(2000, 0, 1);
export const FUTURE_SLACK_MS = 5 * 60_000;

const KNOWN = new Set([
  'n',
  'id',
  'prev',
  'hash',
  'seal',
  'at',
  'kind',
  'walletId',
  'origin',
  'path',
  'amount',
  'destination',
  'notice',
  'attemptId',
  'message',
]);

function text(value: unknown, max: number): FieldProblem | undefined {
  if (typeof value !== 'string' || value.length === 0) return 'invalid';
  if (value.length > max) return 'too-large';
  return UNSAFE_CHARS.test(value) ? 'invalid' : undefined;
}

/** An origin as the worker records it; `https:` only, except a lookalike site's (it may be http). */
function origin(value: unknown, allowHttp: boolean): FieldProblem | undefined {
  const problem = text(value, ORIGIN_MAX);
  if (problem) return problem;
  try {
    const url = new URL(value as string);
    const scheme = allowHttp ? /^https?:$/ : /^https:$/;
    return scheme.test(url.protocol) && url.origin === value ? undefined : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** A catalog wallet's id, or `custom:` and the https origin of a site the person added. */
function walletId(value: unknown): FieldProblem | undefined {
  const problem = text(value, WALLET_ID_MAX);
  if (problem) return problem;
  const id = value as string;
  if (getWallet(id)) return undefined;
  if (!id.startsWith('custom:')) return 'invalid';
  return origin(id.slice('custom:'.length), false);
}

/**
 * Whether the record's origin is its wallet's: a host of the catalog wallet, or the very origin
 * of a custom site. A lookalike visit is recorded under the wallet it imitates, from elsewhere.
 */
function belongsToWallet(line: ExportLine): boolean {
  const id = line.walletId as string;
  const recordOrigin = line.origin as string;
  if (line.kind === 'visit.lookalike') return getWallet(id) !== undefined;
  if (id.startsWith('custom:')) return id === `custom:${recordOrigin}`;
  return walletForHost(new URL(recordOrigin).hostname)?.id === id;
}

function path(value: unknown): FieldProblem | undefined {
  const problem = text(value, LIMITS.path);
  if (problem) return problem;
  const p = value as string;
  return p.startsWith('/') && !/[?#]/.test(p) ? undefined : 'invalid';
}

function amount(value: unknown): FieldProblem | undefined {
  if (!isRecord(value) || Object.keys(value).length !== 2) return 'invalid';
  if (typeof value.value !== 'string' || !DECIMAL.test(value.value)) return 'invalid';
  return typeof value.currency === 'string' && CURRENCY.test(value.currency)
    ? undefined
    : 'invalid';
}

type Check = (value: unknown, line: ExportLine, now: number) => FieldProblem | undefined;
const REQUIRED: Array<[string, Check]> = [
  [
    'id',
    (v) =>
      typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1
        ? 'invalid'
        : v > MAX_IMPORTED_ID
          ? 'out-of-range'
          : undefined,
  ],
  [
    'at',
    (v, _line, now) =>
      typeof v !== 'number' || !Number.isSafeInteger(v)
        ? 'invalid'
        : v < EARLIEST_AT || v > now + FUTURE_SLACK_MS
          ? 'out-of-range'
          : undefined,
  ],
  ['kind', (v) => (EVENT_KINDS.includes(v as EventKind) ? undefined : 'invalid')],
  ['walletId', walletId],
  ['origin', (v, line) => origin(v, line.kind === 'visit.lookalike')],
  ['path', path],
];
const OPTIONAL: Array<[string, Check]> = [
  ['amount', amount],
  ['destination', (v) => text(v, LIMITS.destination)],
  ['notice', (v) => (NOTICE_KINDS.includes(v as NoticeKind) ? undefined : 'invalid')],
  [
    'attemptId',
    (v) => text(v, LIMITS.attemptId) ?? (ATTEMPT_ID.test(v as string) ? undefined : 'invalid'),
  ],
  ['message', (v) => text(v, LIMITS.message)],
];

/**
 * One line of a verified export, checked as a stored event of the contract (DESIGN.md) that this
 * extension could have recorded by `now`.
 */
export function checkRecord(line: ExportLine, now: number): RecordCheck {
  for (const key of Object.keys(line)) {
    if (!KNOWN.has(key)) return { ok: false, field: key.slice(0, 40), problem: 'unknown-field' };
  }
  for (const [field, check] of REQUIRED) {
    if (line[field] === undefined) return { ok: false, field, problem: 'missing' };
    const problem = check(line[field], line, now);
    if (problem) return { ok: false, field, problem };
  }
  if (!belongsToWallet(line)) return { ok: false, field: 'origin', problem: 'wrong-wallet' };
  for (const [field, check] of OPTIONAL) {
    if (line[field] === undefined) continue;
    const problem = check(line[field], line, now);
    if (problem) return { ok: false, field, problem };
  }
  if ((line.kind === 'notice') !== (line.notice !== undefined)) {
    return {
      ok: false,
      field: 'notice',
      problem: line.notice === undefined ? 'missing' : 'invalid',
    };
  }
  const { n: _n, seal: _seal, ...record } = line;
  return { ok: true, record: record as unknown as ChainedRecord };
}
