import type { Finding, StoredEvent } from '../../model/event-types';
import type { RuleSettings } from '../rule-settings';
import { checkHost } from '../lookalike-domain/check-host';
import { calendarFor } from './calendar';
import { freshEvents } from './event-order';
import { stableKey } from './stable-key';
import type { FindingDraft, Rule, RuleContext } from './types';

/**
 * A wallet's rule state after folding its events up to `last`: what the worker stores so the
 * next evaluation reads only new events (see README "Incremental evaluation"). Plain JSON.
 */
export interface WalletSummary {
  version: 1;
  walletId: string;
  /** The settings the state was built with: any change needs a rebuild. */
  settingsKey: string;
  /** Newest folded event; null when none. */
  last: { at: number; id: number } | null;
  /** Highest folded event id: events with an id at or below it are already in the state. */
  maxId: number;
  states: Record<string, unknown>;
}

export type FoldResult =
  | {
      ok: true;
      /** Findings raised or updated by the events folded in this call, sorted by id. */
      findings: Finding[];
      /** Ids of findings whose condition ended in this call (the worker may resolve them). */
      ended: string[];
      summary: WalletSummary;
    }
  | { ok: false; reason: 'settings-changed' | 'other-wallet' | 'out-of-order' };

function startState(
  rules: readonly Rule[],
  walletId: string,
  settingsKey: string,
  summary: WalletSummary | undefined,
): WalletSummary {
  // Copy on write: a step touches the states of a few rules; the rest are shared, never changed.
  if (summary)
    return { ...summary, last: summary.last && { ...summary.last }, states: { ...summary.states } };
  const states: Record<string, unknown> = {};
  for (const rule of rules) states[rule.id] = rule.init();
  return { version: 1, walletId, settingsKey, last: null, maxId: -1, states };
}

/**
 * Fold `events` of one wallet into `summary` (or into a fresh state) through every enabled rule.
 * With a summary, events already folded (id ≤ maxId) are skipped; a new event older than the
 * newest folded one cannot be folded in order and asks for a rebuild from full history.
 */
export function foldEvents(
  rules: readonly Rule[],
  walletId: string,
  events: readonly StoredEvent[],
  settings: RuleSettings,
  now: number,
  summary?: WalletSummary,
  calendar = calendarFor(settings.timeZone),
): FoldResult {
  const settingsKey = stableKey(settings);
  if (summary && (summary.version !== 1 || summary.settingsKey !== settingsKey)) {
    return { ok: false, reason: 'settings-changed' };
  }
  if (summary && summary.walletId !== walletId) return { ok: false, reason: 'other-wallet' };
  const state = startState(rules, walletId, settingsKey, summary);
  const fresh = freshEvents(events, walletId, state.maxId);
  const last = state.last;
  const first = fresh[0];
  if (last && first && (first.at < last.at || (first.at === last.at && first.id < last.id))) {
    return { ok: false, reason: 'out-of-order' };
  }

  const findings = new Map<string, Finding>();
  const ended = new Set<string>();
  const disabled = new Set<string>(settings.disabledRules);
  const active = rules.filter((r) => !disabled.has(r.id));
  let current: StoredEvent | undefined;
  const contexts = active.map((rule): RuleContext => {
    const prefix = `${rule.id}:${walletId}:`;
    return {
      walletId,
      settings,
      calendar,
      now,
      checkHost,
      emit(draft: FindingDraft) {
        const id = prefix + draft.key;
        findings.set(id, {
          id,
          ruleId: rule.id,
          walletId,
          severity: draft.severity,
          cause: draft.cause,
          at: draft.at ?? (current as StoredEvent).at,
          eventIds: [...draft.eventIds],
          guide: draft.guide,
          status: 'open',
          params: draft.params,
        });
        ended.delete(id);
      },
      end(key: string) {
        ended.add(prefix + key);
      },
    };
  });

  // Each active rule with its context and state, looked up once rather than per event (a full
  // evaluation makes hundreds of thousands of steps). With a summary, a rule's state is copied
  // the first time an event reaches it: the stored summary is never changed.
  const slots = active.map((rule, i) => ({
    rule,
    ctx: contexts[i] as RuleContext,
    state: state.states[rule.id],
    copied: !summary,
  }));
  // Rules by the event kinds they read: most events concern two or three rules of nineteen.
  const byKind = new Map<string, typeof slots>();
  for (const slot of slots) {
    for (const kind of slot.rule.kinds) {
      let list = byKind.get(kind);
      if (!list) byKind.set(kind, (list = []));
      list.push(slot);
    }
  }
  for (const event of fresh) {
    current = event;
    const listeners = byKind.get(event.kind);
    if (!listeners) continue;
    for (let i = 0; i < listeners.length; i++) {
      const slot = listeners[i] as (typeof slots)[number];
      if (!slot.copied) {
        slot.copied = true;
        slot.state = state.states[slot.rule.id] = structuredClone(slot.state);
      }
      slot.rule.step(slot.state, event, slot.ctx);
    }
  }
  for (const event of fresh) if (event.id > state.maxId) state.maxId = event.id;
  const newest = fresh[fresh.length - 1];
  if (newest) state.last = { at: newest.at, id: newest.id };
  return {
    ok: true,
    findings: [...findings.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ended: [...ended].sort(),
    summary: state,
  };
}
