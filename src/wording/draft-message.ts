import type { Amount, EventKind } from '../model/event-types';
import type { Language } from './i18n';
import en from './templates/en.json';
import zhCN from './templates/zh_CN.json';
import { quoteSiteText } from './quoted-text';
import { fitSentences } from './sentences';
import { formatDay, formatDueDay, formatMinute, formatMoney, joinList } from './format';
import { walletName } from './wallet-name';

/**
 * Messages written for the person (issue 16): a support request, an appeal and a letter to a
 * regulator, in English or Chinese, filled from what the case and the device recorded — the
 * wallet, the dates, the amounts and destinations, the site's own words, the ticket number and
 * the evidence pack. The templates are data, one file per language (src/wording/templates/),
 * written to the brief's advice: precise, factual, every record kept.
 *
 * Only structured facts go in: stored events never hold a password, code or full card number
 * (the content script does not read them), and the site's words are quoted with links, phone
 * numbers and messenger handles removed — what the person sends is theirs to complete, in the
 * brackets left for their user ID and name.
 */
export type DraftKind = 'support' | 'appeal' | 'regulator';
export const DRAFT_KINDS: readonly DraftKind[] = ['support', 'appeal', 'regulator'];

type Templates = typeof en;
const TEMPLATES: Record<Language, Templates> = { en, zh_CN: zhCN };

export interface DraftRecord {
  at: number;
  kind: EventKind;
  amount?: Amount;
  destination?: string;
  message?: string;
}

export interface DraftFacts {
  walletId: string;
  /** What is blocked, in the person's words (the case's `blocked`). */
  blocked: string;
  /** When the trouble started: the first record, else the case's opening. */
  firstAt: number;
  appealAt?: number;
  /** The reply deadline (first instant after it): the appeal says when the person follows up. */
  deadline?: number;
  ticket?: string;
  amounts: readonly Amount[];
  /** Oldest first; the message keeps the last few. */
  records: readonly DraftRecord[];
  chainHead?: string;
  /** The regulator's name in the message's language (the regulator letter). */
  regulator?: string;
  timeZone?: string;
}

const MAX_RECORDS = 8;
const MAX_QUOTES = 3;
const MAX_QUOTE = 200;

/**
 * The site's words as a quote in a message: one line, cut between sentences, without links, e-mail
 * addresses, phone numbers or messenger ids (src/wording/quoted-text.ts: a page can put a
 * scammer's contact into its own error text).
 */
export function quoteForMessage(text: string): string {
  return fitSentences(quoteSiteText(text).replace(/\s+/g, ' ').trim(), MAX_QUOTE);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => values[name] ?? '');
}

function recordLine(
  record: DraftRecord,
  t: Templates['parts'],
  facts: DraftFacts,
  language: Language,
) {
  const template = (t as Record<string, string>)[`record_${record.kind}`];
  if (!template) return undefined;
  return fill(template, {
    at: formatMinute(record.at, facts.timeZone, language),
    amount: record.amount ? formatMoney(record.amount.value, record.amount.currency, language) : '',
    destination: record.destination
      ? fill(t.toDestination, { destination: record.destination })
      : '',
  });
}

export function draftMessage(
  kind: DraftKind,
  language: Language,
  facts: DraftFacts,
): { subject: string; body: string } {
  const template = TEMPLATES[language];
  const parts = template.parts;
  const records = facts.records
    .map((r) => recordLine(r, parts, facts, language))
    .filter((line): line is string => Boolean(line))
    .slice(-MAX_RECORDS)
    .map((line) => `- ${line}`);
  const quotes = [
    ...new Set(
      facts.records
        .map((r) => (r.message ? quoteForMessage(r.message) : ''))
        .filter((q) => q.length > 0),
    ),
  ]
    .slice(-MAX_QUOTES)
    .map((q) => (language === 'zh_CN' ? `- “${q}”` : `- "${q}"`));
  const amounts = facts.amounts.map((a) => formatMoney(a.value, a.currency, language));
  const recordsText = records.length > 0 ? records.join('\n') : parts.noRecords;
  const values: Record<string, string> = {
    wallet: walletName(facts.walletId, language),
    blocked: facts.blocked,
    firstDate: formatDay(facts.firstAt, facts.timeZone, language),
    amountLine:
      amounts.length > 0 ? fill(parts.amountLine, { amounts: joinList(amounts, language) }) : '',
    ticketLine: facts.ticket ? fill(parts.ticketLine, { ticket: facts.ticket }) : '',
    appealLine:
      facts.appealAt !== undefined
        ? fill(parts.appealLine, {
            appealDate: formatDay(facts.appealAt, facts.timeZone, language),
          })
        : '',
    followUpDate:
      facts.deadline !== undefined
        ? formatDueDay(facts.deadline, facts.timeZone, language)
        : formatDay(facts.firstAt + 14 * 86_400_000, facts.timeZone, language),
    siteMessages: quotes.length > 0 ? quotes.join('\n') : parts.noMessages,
    records: recordsText,
    evidence: parts.evidence,
    regulator: facts.regulator ?? parts.regulatorUnknown,
    chainHead: facts.chainHead ?? parts.chainHeadUnknown,
  };
  const { subject, body } = template[kind];
  return { subject: fill(subject, values), body: fill(body, values).replace(/\n{3,}/g, '\n\n') };
}
