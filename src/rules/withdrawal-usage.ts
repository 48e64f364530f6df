import Big from 'big.js';
import type { StoredEvent } from '../model/event-types';
import type { Calendar } from './engine/calendar';
import { pushCapped } from './engine/chain';
import { toBig } from './engine/decimal';
import { dict } from './engine/dict';
import { eventKey } from './engine/event-order';
import type { SharedRuleSettings } from './engine/shared-settings';

/**
 * What counts against a withdrawal cap: every withdrawal of the period, once per attempt (an
 * attempt and its outcome share an `attemptId`), unless its outcome is a failure. An attempt
 * still waiting for its outcome counts: the cap is about to be used. A withdrawal belongs to the
 * calendar period of its first event. Only currencies with a cap are tracked, and totals are
 * kept running, so each event costs one decimal addition at most.
 */
interface UsageEntry {
  currency: string;
  value: string | null;
  failed: boolean;
  at: number;
  eventIds: number[];
}

interface Total {
  sum: string;
  count: number;
  at: number;
  eventIds: number[];
}

export interface UsageState {
  key: string | null;
  end: number;
  entries: Record<string, UsageEntry>;
  totals: Record<string, Total>;
  /** Attempts of the period before: their outcome after midnight belongs to that period. */
  previous: Record<string, 1>;
}

export interface Usage {
  total: Big;
  count: number;
  eventIds: number[];
  at: number;
}

export type Unit = 'daily' | 'monthly';

export function newUsage(): UsageState {
  return { key: null, end: 0, entries: dict(), totals: dict(), previous: dict() };
}

const counts = (e: UsageEntry) => !e.failed && e.value !== null;

/** Parsed sums beside their JSON strings: parsing a decimal per event adds up. */
const parsed = new WeakMap<Total, Big>();
const sumOf = (t: Total) => parsed.get(t) ?? new Big(t.sum);
function setSum(t: Total, sum: Big): void {
  t.sum = sum.toString();
  parsed.set(t, sum);
}

/** A failure took a counted withdrawal back: subtract it, and find the newest remaining time. */
function uncount(state: UsageState, entry: UsageEntry): void {
  const total = state.totals[entry.currency];
  if (!total) return;
  setSum(total, sumOf(total).minus(entry.value as string));
  total.count -= 1;
  total.eventIds = total.eventIds.filter((id) => !entry.eventIds.includes(id));
  total.at = 0;
  for (const e of Object.values(state.entries)) {
    if (counts(e) && e.currency === entry.currency && e.at > total.at) total.at = e.at;
  }
}

/**
 * Fold a withdrawal event into the period's usage. Returns the currency whose total changed (a
 * withdrawal started or stopped counting), else undefined: an outcome of a withdrawal already
 * counted changes nothing worth saying again.
 */
export function addToUsage(
  state: UsageState,
  event: StoredEvent,
  calendar: Calendar,
  unit: Unit,
  tracked: ReadonlyMap<string, Big>,
): string | undefined {
  const key = eventKey(event);
  let entry = state.entries[key];
  const currency = event.amount ? String(event.amount.currency).toUpperCase() : undefined;
  if (!entry) {
    if (state.previous[key]) return undefined;
    // Without an amount only an attempt can start an entry (its outcome may carry the amount);
    // an outcome whose attempt was not tracked stays untracked.
    const unknown = currency === undefined;
    if (
      unknown ? event.kind !== 'withdrawal.attempt' || !event.attemptId : !tracked.has(currency)
    ) {
      return undefined;
    }
    const period = unit === 'daily' ? calendar.day(event.at) : calendar.month(event.at);
    if (period.key !== state.key) {
      // Events come in time order: a new key is a later period, and the old one is closed.
      state.previous = dict();
      for (const k of Object.keys(state.entries)) state.previous[k] = 1;
      Object.assign(state, { key: period.key, end: period.end, entries: dict(), totals: dict() });
    }
    entry = { currency: '', value: null, failed: false, at: event.at, eventIds: [] };
    state.entries[key] = entry;
  }
  const before = counts(entry);
  if (event.kind === 'withdrawal.failure') entry.failed = true;
  if (entry.value === null && currency && tracked.has(currency) && toBig(event.amount?.value)) {
    entry.value = event.amount?.value as string;
    entry.currency = currency;
  }
  entry.at = Math.max(entry.at, event.at);
  pushCapped(entry.eventIds, event.id);
  if (entry.value === null) return undefined;
  const after = counts(entry);
  if (before === after) return undefined;
  if (before) {
    uncount(state, entry);
    return entry.currency;
  }
  const total = (state.totals[entry.currency] ??= { sum: '0', count: 0, at: 0, eventIds: [] });
  setSum(total, sumOf(total).plus(entry.value));
  total.count += 1;
  for (const id of entry.eventIds) pushCapped(total.eventIds, id);
  total.at = Math.max(total.at, entry.at);
  return entry.currency;
}

export function usageOf(state: UsageState, currency: string): Usage {
  const t = state.totals[currency];
  if (!t) return { total: new Big(0), count: 0, eventIds: [], at: 0 };
  // Ids are added in fold order, so already ascending; emit copies them.
  return { total: sumOf(t), count: t.count, eventIds: t.eventIds, at: t.at };
}

const capsCache = new WeakMap<SharedRuleSettings, Map<string, Record<Unit, Map<string, Big>>>>();

/**
 * The caps of `walletId` per unit and currency, parsed once per settings object: rules ask on
 * every withdrawal event. A currency without a cap is not tracked at all.
 */
export function capsFor(
  settings: SharedRuleSettings,
  walletId: string,
): Record<Unit, Map<string, Big>> {
  let byWallet = capsCache.get(settings);
  if (!byWallet) capsCache.set(settings, (byWallet = new Map()));
  let caps = byWallet.get(walletId);
  if (!caps) {
    caps = { daily: new Map(), monthly: new Map() };
    for (const limit of settings.limits) {
      if (limit.walletId !== walletId) continue;
      const currency = limit.currency.toUpperCase();
      for (const unit of ['daily', 'monthly'] as const) {
        const cap = toBig(limit[unit]);
        if (cap && cap.gt(0) && !caps[unit].has(currency)) caps[unit].set(currency, cap);
      }
    }
    byWallet.set(walletId, caps);
  }
  return caps;
}
