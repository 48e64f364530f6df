import type { Cause, Finding, Severity } from '../model/event-types';
import type { DetailValue } from '../rules/engine/describe';
import { describerOf } from '../rules/declarations';
import { findingTitle } from './finding-title';
import { formatClock, formatDay, formatDueDay, formatMinute, formatMoney } from './format';
import { language, t, type MessageKey } from './i18n';
import { quoteSiteText } from './quoted-text';
import { walletName } from './wallet-name';

/** Long addresses keep their start and end, the parts people compare. */
export function shortAddress(value: string): string {
  return value.length > 20 ? `${value.slice(0, 10)}…${value.slice(-8)}` : value;
}

/** A time value of a sentence, by its kind (src/wording/format.ts). */
function when(
  at: number,
  timeZone: string | undefined,
  style: 'time' | 'date' | 'due' | 'both',
): string {
  if (!Number.isFinite(at)) return '';
  if (style === 'time') return formatClock(at, timeZone);
  if (style === 'date') return formatDay(at, timeZone);
  if (style === 'due') return formatDueDay(at, timeZone);
  return formatMinute(at, timeZone);
}

function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/** One value of a rule's sentence (rules/engine/describe.ts) as the user reads it. */
function format(value: DetailValue): string | number {
  if (typeof value !== 'object') return value;
  switch (value.type) {
    case 'money':
      return formatMoney(value.value, value.currency);
    case 'time':
      return when(value.at, value.timeZone, value.style);
    case 'address':
      return shortAddress(value.value);
    case 'hour':
      return hourLabel(value.hour);
    case 'wallet':
      return walletName(value.walletId, language());
    case 'quote':
      // The sentence around the quote ends it: “…申诉。”。 would end twice.
      return quoteSiteText(value.text).replace(/[.。!！]+$/u, '');
  }
}

/**
 * What happened, in plain words and numbers ("Withdrawals of 5,000 CNY today exceed your daily
 * limit of 3,000 CNY; resets at 00:00"), from the finding's `params`. Each rule says which
 * message and values (its `describe` in src/rules/<id>.ts); this file formats them. A finding
 * whose params lack what its sentence needs falls back to the rule's title: never a sentence with
 * holes.
 */
export function findingDetail(finding: Finding): string {
  const detail = describerOf(finding.ruleId)?.(finding.params ?? {});
  if (!detail) return findingTitle(finding.ruleId);
  const values = detail.values.map(format);
  // A missing number or an empty value means the params are not what this sentence needs.
  if (values.some((v) => (typeof v === 'number' && !Number.isFinite(v)) || v === ''))
    return findingTitle(finding.ruleId);
  // The keys are checked against the catalog by tests/unit/rules/registry.test.ts.
  return t(detail.key as MessageKey, ...values);
}

export const causeLabel = (cause: Cause) => t(`cause_${cause}`);
export const severityLabel = (severity: Severity) => t(`severity_${severity}`);
