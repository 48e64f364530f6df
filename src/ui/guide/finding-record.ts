import { getWallet } from '../../catalog';
import type { Wallet } from '../../catalog/types';
import { CAUSES, SEVERITIES, type Finding, type FindingStatus } from '../../model/event-types';

/**
 * A `findings` row as the guide may safely render it. The row is ours, but other tools write
 * this database too (DESIGN.md) and a damaged or hand-made row must not break the page:
 * wrong types become neutral values, never exceptions (Intl throws on an invalid date).
 */
const STATUSES: readonly FindingStatus[] = ['open', 'acknowledged', 'resolved'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(list: readonly T[], value: unknown, fallback: T): T {
  return list.includes(value as T) ? (value as T) : fallback;
}

export function coerceFinding(raw: unknown): Finding | undefined {
  if (!isRecord(raw) || typeof raw.id !== 'string') return undefined;
  const params: Finding['params'] = {};
  if (isRecord(raw.params)) {
    for (const [key, value] of Object.entries(raw.params)) {
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    }
  }
  return {
    id: raw.id,
    ruleId: typeof raw.ruleId === 'string' ? raw.ruleId : '',
    walletId: typeof raw.walletId === 'string' ? raw.walletId : '',
    severity: oneOf(SEVERITIES, raw.severity, 'warning'),
    cause: oneOf(CAUSES, raw.cause, 'technical'),
    at: typeof raw.at === 'number' && Number.isFinite(raw.at) ? raw.at : Number.NaN,
    eventIds: Array.isArray(raw.eventIds)
      ? raw.eventIds.filter((id): id is number => typeof id === 'number')
      : [],
    guide: typeof raw.guide === 'string' ? raw.guide : '',
    status: oneOf(STATUSES, raw.status, 'open'),
    params,
  };
}

/** Where the user can get help for a wallet: the catalog's links, or what we know of a site they added. */
export type WalletHelp =
  { kind: 'catalog'; wallet: Wallet } | { kind: 'custom'; origin: string } | { kind: 'unknown' };

export function walletHelp(walletId: string): WalletHelp {
  const wallet = getWallet(walletId);
  if (wallet) return { kind: 'catalog', wallet };
  if (walletId.startsWith('custom:')) {
    const rest = walletId.slice('custom:'.length);
    try {
      const url = new URL(rest);
      if (url.protocol === 'https:' || url.protocol === 'http:') {
        return { kind: 'custom', origin: url.origin };
      }
    } catch {
      // Not a URL: say what was stored, as text.
    }
    return { kind: 'custom', origin: rest };
  }
  return { kind: 'unknown' };
}
