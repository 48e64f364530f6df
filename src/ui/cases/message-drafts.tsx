import { useEffect, useMemo, useState } from 'preact/hooks';
import { getWallet } from '../../catalog';
import { regulatorsIn, type RegulatorRegion } from '../../catalog/regulators';
import type { RecoveryCase } from '../../model/case-types';
import type { SentinelDb } from '../../storage/db';
import { walletEvents } from '../../storage/event-query';
import { chainHead } from '../../storage/events';
import {
  DRAFT_KINDS,
  draftMessage,
  type DraftKind,
  type DraftRecord,
} from '../../wording/draft-message';
import { language, t, type Language } from '../../wording/i18n';
import { ExternalLink } from '../components/external-link';

const DAY = 86_400_000;
/** The records a message cites: the wallet's, from a month before the case was opened. */
const RECORDS_BEFORE = 30 * DAY;
const CITED = new Set([
  'withdrawal.attempt',
  'withdrawal.success',
  'withdrawal.pending',
  'withdrawal.failure',
  'notice',
  'login.failure',
  'site.error',
]);
const CHINESE_REGIONS = new Set(['cn', 'hk', 'tw']);

/**
 * The wallet's own language first (Chinese for wallets of mainland China, Hong Kong, Taiwan),
 * else the language the person reads the page in.
 */
function languagesFor(walletId: string): Language[] {
  const regions = getWallet(walletId)?.regions ?? [];
  const first: Language = regions.some((r) => CHINESE_REGIONS.has(r)) ? 'zh_CN' : language();
  return first === 'zh_CN' ? ['zh_CN', 'en'] : ['en', 'zh_CN'];
}

/**
 * The case's messages, written for the person: a support request, an appeal and a letter to a
 * regulator, filled from the case and what this device recorded (src/wording/draft-message.ts).
 * Editable, copied in one click, the official place to send it beside.
 */
export function MessageDrafts({
  db,
  value,
  zone,
}: {
  db: SentinelDb;
  value: RecoveryCase;
  zone: string;
}) {
  const wallet = getWallet(value.walletId);
  const languages = languagesFor(value.walletId);
  const regulators = useMemo(
    () =>
      (wallet?.regions ?? [])
        .filter((r): r is RegulatorRegion => r !== 'global')
        .flatMap((r) => regulatorsIn(r)),
    [value.walletId],
  );
  const [kind, setKind] = useState<DraftKind>('support');
  const [lang, setLang] = useState<Language>(languages[0]!);
  const [regulatorId, setRegulatorId] = useState(regulators[0]?.id ?? '');
  const [records, setRecords] = useState<DraftRecord[]>();
  const [head, setHead] = useState<string>();
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [copied, setCopied] = useState('');

  useEffect(() => {
    let live = true;
    void Promise.all([
      walletEvents(db, value.walletId, value.openedAt - RECORDS_BEFORE, Date.now() + 1),
      chainHead(db),
    ]).then(([events, chain]) => {
      if (!live) return;
      setRecords(
        events
          .filter((e) => CITED.has(e.kind))
          .map(({ at, kind, amount, destination, message }) => ({
            at,
            kind,
            ...(amount ? { amount } : {}),
            ...(destination ? { destination } : {}),
            ...(message ? { message } : {}),
          })),
      );
      setHead(chain);
    });
    return () => {
      live = false;
    };
  }, [value.id, value.walletId, value.openedAt]);

  const regulator = regulators.find((r) => r.id === regulatorId);
  useEffect(() => {
    if (!records) return;
    const amounts = value.amount
      ? [value.amount]
      : [
          ...new Map(
            records.filter((r) => r.amount).map((r) => [JSON.stringify(r.amount), r.amount!]),
          ).values(),
        ].slice(0, 3);
    const draft = draftMessage(kind, lang, {
      walletId: value.walletId,
      blocked: value.blocked,
      firstAt: Math.min(value.openedAt, records[0]?.at ?? value.openedAt),
      ...(value.appealAt !== undefined ? { appealAt: value.appealAt } : {}),
      ...(value.deadline !== undefined ? { deadline: value.deadline } : {}),
      ...(value.ticket ? { ticket: value.ticket } : {}),
      amounts,
      records,
      ...(head ? { chainHead: head } : {}),
      ...(regulator ? { regulator: lang === 'zh_CN' ? regulator.name.zh : regulator.name.en } : {}),
      timeZone: zone,
    });
    setSubject(draft.subject);
    setBody(draft.body);
    setCopied('');
  }, [records, head, kind, lang, regulatorId, value]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${subject}\n\n${body}`);
      setCopied(t('draftCopied'));
    } catch {
      setCopied(t('draftCopyFailed'));
    }
  };
  const sendTo = kind === 'regulator' ? regulator?.url : wallet?.contact;
  const sendLabel =
    kind === 'regulator'
      ? regulator &&
        t('draftSendRegulator', lang === 'zh_CN' ? regulator.name.zh : regulator.name.en)
      : wallet && t('draftSendSupport');

  return (
    <section class="drafts" aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{t('draftsTitle')}</h2>
      <p class="hint">{t('draftsIntro')}</p>
      <fieldset class="draft-kinds">
        <legend>{t('draftKindLegend')}</legend>
        {DRAFT_KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="draft-kind"
              value={k}
              checked={kind === k}
              onChange={() => setKind(k)}
            />{' '}
            {t(`draftKind_${k}`)}
          </label>
        ))}
      </fieldset>
      <p>
        <label for="draft-language">{t('draftLanguage')}</label>{' '}
        <select
          id="draft-language"
          value={lang}
          onChange={(e) => setLang(e.currentTarget.value as Language)}
        >
          {languages.map((l) => (
            <option key={l} value={l} lang={l === 'zh_CN' ? 'zh-CN' : 'en'}>
              {l === 'zh_CN' ? '中文' : 'English'}
            </option>
          ))}
        </select>
        {kind === 'regulator' && regulators.length > 0 && (
          <>
            {' '}
            <label for="draft-regulator">{t('draftRegulator')}</label>{' '}
            <select
              id="draft-regulator"
              value={regulatorId}
              onChange={(e) => setRegulatorId(e.currentTarget.value)}
            >
              {regulators.map((r) => (
                <option key={r.id} value={r.id}>
                  {lang === 'zh_CN' ? r.name.zh : r.name.en}
                </option>
              ))}
            </select>
          </>
        )}
      </p>
      {kind === 'regulator' && regulators.length === 0 && (
        <p class="note">{t('draftNoRegulator')}</p>
      )}
      <p>
        <label for="draft-subject">{t('draftSubject')}</label>
        <input
          id="draft-subject"
          type="text"
          value={subject}
          onInput={(e) => setSubject(e.currentTarget.value)}
        />
      </p>
      <p>
        <label for="draft-body">{t('draftBody')}</label>
        <textarea
          id="draft-body"
          rows={16}
          value={body}
          lang={lang === 'zh_CN' ? 'zh-CN' : 'en'}
          onInput={(e) => setBody(e.currentTarget.value)}
        />
      </p>
      <p class="actions">
        <button type="button" onClick={() => void copy()}>
          {t('draftCopy')}
        </button>{' '}
        {sendTo && sendLabel && <ExternalLink href={sendTo}>{sendLabel}</ExternalLink>}{' '}
        <span role="status" class="hint">
          {copied}
        </span>
      </p>
      <p class="hint">{t('draftNoSecrets')}</p>
    </section>
  );
}
