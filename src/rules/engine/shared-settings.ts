import type { RuleId } from '../../model/rule-ids';

/** A user's own withdrawal cap on one wallet and currency, as decimal strings ("1000", "0.3"). */
export interface WithdrawalLimit {
  /** Catalog id or `custom:<origin>`, as in `events.walletId`. */
  walletId: string;
  /** Upper-case ISO 4217 code or ticker, compared with `amount.currency`. */
  currency: string;
  /** Cap per calendar day in `timeZone`. */
  daily?: string;
  /** Cap per calendar month in `timeZone`. */
  monthly?: string;
}

/**
 * The settings that are not a rule's own number: every rule may read them. Each rule's numbers
 * (`failedLoginCount`, …) are declared in the rule's file (`thresholds`); `RuleSettings` in
 * ../rule-settings.ts is both together.
 */
export interface SharedRuleSettings {
  /** IANA zone of the user ("Asia/Shanghai"): calendar days and months, and the hour of a sign-in. Default `UTC`. */
  timeZone: string;
  /** Rules the user switched off: they raise nothing. Default none. */
  disabledRules: RuleId[];
  /** `withdrawal-limit-daily` / `-monthly` / `-near`: the user's caps. Default none. */
  limits: WithdrawalLimit[];
}

/** What a rule with thresholds `K` sees: the shared settings and its own numbers. */
export type SettingsOf<K extends string> = SharedRuleSettings & { readonly [key in K]: number };

/** Where the options page shows a threshold: one of its groups, or next to the caps (`limits`). */
export type ThresholdGroup = 'sign-ins' | 'withdrawals' | 'notices' | 'limits';

/**
 * A number the user can tune, stored flat under its key in the synced settings
 * (`rules.failedLoginCount`): keys never change, or stored settings lose their value.
 */
export interface Threshold {
  default: number;
  /** A stored value outside [min, max], or not whole when `int`, falls back to the default. */
  min: number;
  max: number;
  int: boolean;
  /** Message key of the field's label on the options page (`src/wording/locales/options.*.json`). */
  label: string;
  group: ThresholdGroup;
}
