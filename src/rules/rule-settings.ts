import type { RuleId } from '../model/rule-ids';

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
 * Every threshold the rules use. Stored by the worker in browser.storage: read it through
 * `coerceRuleSettings`, which repairs hand-edited values instead of throwing.
 */
export interface RuleSettings {
  /** IANA zone of the user ("Asia/Shanghai"): calendar days and months, and the hour of a sign-in. Default `UTC`. */
  timeZone: string;
  /** Rules the user switched off: they raise nothing. Default none. */
  disabledRules: RuleId[];

  /** `failed-login-burst`: this many failed sign-ins… Default 3 (most sites lock an account after 3 to 5). */
  failedLoginCount: number;
  /** …within this many minutes. Default 10. */
  failedLoginWindowMinutes: number;

  /** `login-unusual-hour`: judge an hour only after this many earlier successful sign-ins… Default 20. */
  unusualHourMinSignIns: number;
  /** …spread over at least this many days (one busy day does not define a habit). Default 14. */
  unusualHourMinDays: number;
  /** Unusual when fewer than this percent of earlier sign-ins fell within an hour of this one. Default 5. */
  unusualHourMaxPercent: number;

  /** `withdrawal-amount-outlier`: earlier withdrawals in the same currency needed first. Default 10. */
  outlierMinHistory: number;
  /** The most recent withdrawals per currency the median and MAD are taken over. Default 200. */
  outlierHistorySize: number;
  /** Robust z-score `0.6745 × (amount − median) / MAD` at or above which an amount is an outlier (Iglewicz–Hoaglin). Default 3.5. */
  outlierScore: number;
  /** When most amounts are equal (MAD = 0): an outlier is at least this many times the median. Default 3. */
  outlierFlatMultiple: number;

  /** `withdrawal-velocity`: this many withdrawal attempts… Default 3. */
  velocityCount: number;
  /** …within this many minutes. Default 15. */
  velocityWindowMinutes: number;

  /** `withdrawal-failures-repeated`: this many failed withdrawals… Default 3. */
  failuresCount: number;
  /** …within this many hours. Default 24. */
  failuresWindowHours: number;

  /** `withdrawal-limit-daily` / `-monthly` / `-near`: the user's caps. Default none. */
  limits: WithdrawalLimit[];
  /** `withdrawal-limit-near`: warn once a day's or month's withdrawals reach this percent of the cap. Default 80. */
  nearLimitPercent: number;

  /** `no-second-factor`: successful sign-ins without any second-factor step before it speaks. Default 5. */
  noSecondFactorMinSignIns: number;

  /** `account-frozen`, `kyc-required`, `compliance-restriction`: a notice seen again within this many days continues the same finding. Default 14. */
  noticeGapDays: number;
  /** `maintenance`: a maintenance notice seen again within this many hours continues the same finding. Default 12. */
  maintenanceGapHours: number;

  /** `site-outage`: this many failed loads or 5xx answers… Default 3. */
  outageCount: number;
  /** …within this many minutes. Default 15. */
  outageWindowMinutes: number;
}

export const DEFAULT_RULE_SETTINGS: Readonly<RuleSettings> = Object.freeze({
  timeZone: 'UTC',
  disabledRules: [],
  failedLoginCount: 3,
  failedLoginWindowMinutes: 10,
  unusualHourMinSignIns: 20,
  unusualHourMinDays: 14,
  unusualHourMaxPercent: 5,
  outlierMinHistory: 10,
  outlierHistorySize: 200,
  outlierScore: 3.5,
  outlierFlatMultiple: 3,
  velocityCount: 3,
  velocityWindowMinutes: 15,
  failuresCount: 3,
  failuresWindowHours: 24,
  limits: [],
  nearLimitPercent: 80,
  noSecondFactorMinSignIns: 5,
  noticeGapDays: 14,
  maintenanceGapHours: 12,
  outageCount: 3,
  outageWindowMinutes: 15,
});
