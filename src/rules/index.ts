import type { Finding, StoredEvent } from '../model/event-types';
import { calendarFor } from './engine/calendar';
import { foldEvents, type FoldResult, type WalletSummary } from './engine/fold';
import { RULES } from './registry';
import type { RuleId } from '../model/rule-ids';
import type { RuleSettings } from './rule-settings';

export { RULE_IDS, isRuleId, type RuleId } from '../model/rule-ids';
export { DEFAULT_RULE_SETTINGS, type RuleSettings, type WithdrawalLimit } from './rule-settings';
export { coerceRuleSettings } from './coerce-rule-settings';
export type { FoldResult, WalletSummary } from './engine/fold';
export { checkHost, type Lookalike, type LookalikeReason } from './lookalike-domain/check-host';
export { looksLike, type Resemblance } from './address-poisoning/looks-like';

const byId = (a: Finding, b: Finding) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every finding the events justify, over all wallets, sorted by id. Pure: the same events give
 * the same findings whatever their order or repetition. Findings whose condition later ended
 * (a second factor turned on, a frozen account released) stay: they are the account's history.
 */
export function evaluate(
  events: readonly StoredEvent[],
  settings: RuleSettings,
  now: number,
): Finding[] {
  const byWallet = new Map<string, StoredEvent[]>();
  for (const e of events) {
    if (typeof e?.walletId !== 'string') continue;
    let list = byWallet.get(e.walletId);
    if (!list) byWallet.set(e.walletId, (list = []));
    list.push(e);
  }
  const out: Finding[] = [];
  const calendar = calendarFor(settings.timeZone);
  for (const [walletId, list] of byWallet) {
    const result = foldEvents(RULES, walletId, list, settings, now, undefined, calendar);
    if (result.ok) out.push(...result.findings);
  }
  return out.sort(byId);
}

/** The findings of one wallet from its full history (events of other wallets are ignored). */
export function evaluateWallet(
  walletId: string,
  events: readonly StoredEvent[],
  settings: RuleSettings,
  now: number,
): Finding[] {
  const result = foldEvents(RULES, walletId, events, settings, now);
  return result.ok ? result.findings : [];
}

/**
 * The incremental step. Give the stored summary and the wallet's events since (overlap is
 * fine: events already folded are skipped). Returns the findings these events raised or
 * updated, ids of findings whose condition ended, and the summary to store. Without a summary
 * it folds `events` from scratch, which is how a summary is first built. `ok: false` asks for a
 * rebuild: call again with the wallet's full history and no summary.
 */
export function foldWallet(
  walletId: string,
  events: readonly StoredEvent[],
  settings: RuleSettings,
  now: number,
  summary?: WalletSummary,
): FoldResult {
  return foldEvents(RULES, walletId, events, settings, now, summary);
}

/** How far back each rule reads when evaluated without a summary; `all` = the wallet's history. */
export function ruleLookbackMs(settings: RuleSettings): Record<RuleId, number | 'all'> {
  const out = {} as Record<RuleId, number | 'all'>;
  for (const rule of RULES)
    out[rule.id] = rule.lookback === 'history' ? 'all' : rule.lookback(settings);
  return out;
}

/**
 * How much of a wallet's history `evaluateWallet` needs: `all` while any enabled rule reads the
 * whole history (new destination, poisoning, unusual hour, outlier, no second factor,
 * lookalike). With a summary, `foldWallet` needs only the events after it.
 */
export function lookbackMs(settings: RuleSettings): number | 'all' {
  const disabled = new Set<string>(settings.disabledRules);
  let max = 0;
  for (const [id, ms] of Object.entries(ruleLookbackMs(settings))) {
    if (disabled.has(id)) continue;
    if (ms === 'all') return 'all';
    max = Math.max(max, ms);
  }
  return max;
}
