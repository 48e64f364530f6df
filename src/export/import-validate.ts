import { EVENT_KINDS, NOTICE_KINDS, type EventKind, type NoticeKind } from '../model/event-types';
import type { ChainedRecord } from '../storage/events';
import { LIMITS } from '../messages/types';
import { isRecord, type ExportLine } from './parse';
import { UNSAFE_CHARS } from '../model/text';

/**
 * Every imported record is checked field by field before anything is written. The bounds are
 * the worker's door's (src/messages/validate.ts, LIMITS); that validator itself checks a content
 * script's message, which lacks `at`, `walletId`, `origin` and the worker's own kinds, so the
 * same rules are applied here to a whole stored event.
 */
export type FieldProblem = 'missing' | 'invalid' | 'too-large' | 'unknown-field';

export type RecordCheck =
  { ok: true; record: ChainedRecord } | { ok: false; field: string; problem: FieldProblem };

const ATTEMPT_ID = /^[A-Za-z0-9-]{8,64}$/;
const DECIMAL = /^\d{1,24}(\.\d{1,18})?$/;
const CURRENCY = /^[A-Z0-9]{2,12}$/;
const WALLET_ID_MAX = 300;
const ORIGIN_MAX = 300;

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

function origin(value: unknown): FieldProblem | undefined {
  const problem = text(value, ORIGIN_MAX);
  if (problem) return problem;
  try {
    const url = new URL(value as string);
    return /^https?:$/.test(url.protocol) && url.origin === value ? undefined : 'invalid';
  } catch {
    return 'invalid';
  }
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

type Check = (value: unknown) => FieldProblem | undefined;
const REQUIRED: Array<[string, Check]> = [
  [
    'at',
    (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? undefined : 'invalid'),
  ],
  ['kind', (v) => (EVENT_KINDS.includes(v as EventKind) ? undefined : 'invalid')],
  ['walletId', (v) => text(v, WALLET_ID_MAX)],
  ['origin', origin],
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

/** One line of a verified export, checked as a stored event of the contract (DESIGN.md). */
export function checkRecord(line: ExportLine): RecordCheck {
  for (const key of Object.keys(line)) {
    if (!KNOWN.has(key)) return { ok: false, field: key.slice(0, 40), problem: 'unknown-field' };
  }
  for (const [field, check] of REQUIRED) {
    if (line[field] === undefined) return { ok: false, field, problem: 'missing' };
    const problem = check(line[field]);
    if (problem) return { ok: false, field, problem };
  }
  for (const [field, check] of OPTIONAL) {
    if (line[field] === undefined) continue;
    const problem = check(line[field]);
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
