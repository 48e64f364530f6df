import type { StoredEvent } from '../../../src/model/event-types';
import { evaluate } from '../../../src/rules';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../../src/rules/rule-settings';

/** Epoch ms of a UTC wall-clock time: `utc('2026-11-25T09:00')`. */
export const utc = (iso: string) => Date.parse(`${iso}Z`);
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** Events with ids in list order, on `binance` unless told. */
export function events(
  ...list: Array<Partial<StoredEvent> & Pick<StoredEvent, 'at' | 'kind'>>
): StoredEvent[] {
  return list.map((e, i) => ({
    id: i + 1,
    walletId: 'binance',
    origin: 'https://www.binance.com',
    path: '/',
    hash: `h${i + 1}`,
    ...e,
  }));
}

export function settings(overrides: Partial<RuleSettings> = {}): RuleSettings {
  return { ...DEFAULT_RULE_SETTINGS, disabledRules: [], limits: [], ...overrides };
}

/** Findings of one rule after evaluating `list`. */
export function findingsOf(ruleId: string, list: StoredEvent[], s: RuleSettings = settings()) {
  const now = Math.max(0, ...list.map((e) => e.at));
  return evaluate(list, s, now).filter((f) => f.ruleId === ruleId);
}
