import type { Cause, Finding, Severity } from '../model/event-types';
import { findingTitle } from './finding-title';
import { formatDateTime, formatDecimal, language, t, type MessageKey } from './i18n';
import { walletName } from './wallet-name';

/**
 * What happened, in plain words and numbers ("Withdrawals of 5,000 CNY today exceed your daily
 * limit of 3,000 CNY; resets at 00:00"), from the finding's `params`. A finding whose params
 * lack what its sentence needs falls back to the rule's title: never a sentence with holes.
 */
type Params = Finding['params'];

const num = (p: Params, key: string) => (typeof p[key] === 'number' ? (p[key] as number) : NaN);
const str = (p: Params, key: string) => (typeof p[key] === 'string' ? (p[key] as string) : '');

function money(value: string, currency: string): string {
  return `${formatDecimal(value)} ${currency === 'XXX' ? '' : currency}`.trim();
}

/** Long addresses keep their start and end, the parts people compare. */
export function shortAddress(value: string): string {
  return value.length > 20 ? `${value.slice(0, 10)}…${value.slice(-8)}` : value;
}

function when(at: number, timeZone?: string, style: 'time' | 'date' | 'both' = 'both'): string {
  if (!Number.isFinite(at)) return '';
  const zone = timeZone && timeZone !== 'auto' ? { timeZone } : {};
  const options: Intl.DateTimeFormatOptions =
    style === 'time'
      ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...zone }
      : style === 'date'
        ? { dateStyle: 'medium', ...zone }
        : { dateStyle: 'medium', timeStyle: 'short', ...zone };
  try {
    return formatDateTime(at, options);
  } catch {
    return formatDateTime(at);
  }
}

function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

type Describe = (p: Params) => [MessageKey, ...Array<string | number>] | undefined;

const limitUsage =
  (period: 'day' | 'month'): Describe =>
  (p) => {
    const currency = str(p, 'currency');
    const zone = str(p, 'timeZone');
    const reset = when(num(p, 'resetsAt'), zone, period === 'day' ? 'time' : 'date');
    if (!str(p, 'used') || !str(p, 'limit')) return undefined;
    return [
      period === 'day' ? 'detail_withdrawal_limit_daily' : 'detail_withdrawal_limit_monthly',
      money(str(p, 'used'), currency),
      money(str(p, 'limit'), currency),
      reset,
    ];
  };

const notice: Describe = (p) =>
  str(p, 'message')
    ? ['detail_notice', str(p, 'message'), num(p, 'count') || 1, when(num(p, 'firstAt'))]
    : undefined;

const DESCRIBE: Record<string, Describe> = {
  'failed-login-burst': (p) => [
    'detail_failed_login_burst',
    num(p, 'count'),
    num(p, 'windowMinutes'),
    when(num(p, 'lastAt')),
  ],
  'login-unusual-hour': (p) => [
    'detail_login_unusual_hour',
    hourLabel(num(p, 'hour')),
    str(p, 'timeZone'),
    hourLabel(num(p, 'usualHour')),
  ],
  'withdrawal-limit-daily': (p) =>
    str(p, 'source') === 'site'
      ? [
          'detail_withdrawal_limit_daily_site',
          str(p, 'message'),
          when(num(p, 'resetsAt'), str(p, 'timeZone'), 'time'),
        ]
      : limitUsage('day')(p),
  'withdrawal-limit-monthly': limitUsage('month'),
  'withdrawal-limit-near': (p) => {
    const currency = str(p, 'currency');
    const day = str(p, 'period') === 'day';
    return [
      day ? 'detail_withdrawal_limit_near_day' : 'detail_withdrawal_limit_near_month',
      num(p, 'percent'),
      money(str(p, 'used'), currency),
      money(str(p, 'limit'), currency),
      money(str(p, 'left'), currency),
      when(num(p, 'resetsAt'), str(p, 'timeZone'), day ? 'time' : 'date'),
    ];
  },
  'withdrawal-amount-outlier': (p) => [
    'detail_withdrawal_amount_outlier',
    money(str(p, 'amount'), str(p, 'currency')),
    money(str(p, 'median'), str(p, 'currency')),
  ],
  'withdrawal-velocity': (p) => [
    'detail_withdrawal_velocity',
    num(p, 'count'),
    num(p, 'windowMinutes'),
  ],
  'withdrawal-new-destination': (p) =>
    str(p, 'destination')
      ? ['detail_withdrawal_new_destination', shortAddress(str(p, 'destination'))]
      : undefined,
  'address-poisoning': (p) => [
    'detail_address_poisoning',
    shortAddress(str(p, 'destination')),
    shortAddress(str(p, 'imitates')),
  ],
  'withdrawal-failures-repeated': (p) => [
    'detail_withdrawal_failures_repeated',
    num(p, 'count'),
    num(p, 'windowHours'),
  ],
  'no-second-factor': (p) => ['detail_no_second_factor', num(p, 'signIns')],
  'account-frozen': notice,
  'kyc-required': notice,
  'compliance-restriction': notice,
  maintenance: notice,
  'site-outage': (p) => ['detail_site_outage', num(p, 'count'), num(p, 'windowMinutes')],
  'lookalike-domain': (p) => [
    'detail_lookalike_domain',
    str(p, 'host'),
    str(p, 'brand') || walletName(str(p, 'imitates'), language()),
    str(p, 'officialHost'),
  ],
  'case-overdue': (p) => [
    'detail_case_overdue',
    str(p, 'ticket') || `#${num(p, 'caseId')}`,
    num(p, 'businessDays'),
    when(num(p, 'deadline'), undefined, 'date'),
  ],
  'review-overdue': (p) => ['detail_review_overdue', num(p, 'days')],
};

export function findingDetail(finding: Finding): string {
  const described = DESCRIBE[finding.ruleId]?.(finding.params ?? {});
  if (!described) return findingTitle(finding.ruleId);
  const [key, ...values] = described;
  // A missing number or an empty value means the params are not what this sentence needs.
  if (values.some((v) => (typeof v === 'number' && !Number.isFinite(v)) || v === ''))
    return findingTitle(finding.ruleId);
  return t(key, ...values);
}

export const causeLabel = (cause: Cause) => t(`cause_${cause}`);
export const severityLabel = (severity: Severity) => t(`severity_${severity}`);
