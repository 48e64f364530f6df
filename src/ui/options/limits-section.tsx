import { useEffect, useState } from 'preact/hooks';
import { WALLETS } from '../../catalog';
import type { Settings } from '../../storage/settings';
import { formatMinute } from '../../wording/format';
import { formatNumber, language, t } from '../../wording/i18n';
import { walletName } from '../../wording/wallet-name';
import { describe, ErrorSummary, FieldError, Section, Status, TextField } from './field';
import {
  fieldId,
  limitsDraft,
  validateLimits,
  type FieldProblems,
  type LimitDraft,
  type LimitsDraft,
} from './limits-form';
import { problem } from './problem';
import { effectiveZone, nextResets } from './reset-times';
import type { SaveSettings } from './use-settings';
import { CURRENCY_CHOICES } from './validate';

const ZONES: readonly string[] = Intl.supportedValuesOf?.('timeZone') ?? [];

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Catalog wallets by name in the user's language, then the user's own sites. */
function walletChoices(settings: Settings): Array<{ id: string; name: string }> {
  const lang = language();
  const collator = new Intl.Collator(lang === 'zh_CN' ? 'zh-CN' : 'en');
  const catalog = WALLETS.map((w) => ({ id: w.id, name: walletName(w.id, lang) })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
  const own = settings.customSites.map((s) => `custom:${s.origin}`);
  return [...catalog, ...own.map((id) => ({ id, name: walletName(id, lang) }))];
}

/**
 * The user's own withdrawal caps per wallet and currency, the "near the limit" percentage and
 * the zone days and months are counted in. The table is saved as a whole, or not at all.
 */
export function LimitsSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const initial = () => ({
    ...limitsDraft(settings.rules.limits, settings.rules.nearLimitPercent),
    timeZone: settings.timeZone,
  });
  const [draft, setDraft] = useState<LimitsDraft & { timeZone: string }>(initial);
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [status, setStatus] = useState('');
  // Settings changed elsewhere (sync, another tab) show here unless the user is editing.
  useEffect(() => {
    if (!dirty) setDraft(initial());
  }, [settings.updatedAt]);

  const choices = walletChoices(settings);
  const known = new Set(choices.map((c) => c.id));
  const edit = (next: Partial<LimitsDraft & { timeZone: string }>) => {
    setDraft({ ...draft, ...next });
    setDirty(true);
    setStatus('');
  };
  const editRow = (i: number, patch: Partial<LimitDraft>) =>
    edit({ rows: draft.rows.map((row, j) => (j === i ? { ...row, ...patch } : row)) });
  const addRow = () =>
    edit({ rows: [...draft.rows, { walletId: '', currency: '', daily: '', monthly: '' }] });
  const removeRow = (i: number) => edit({ rows: draft.rows.filter((_, j) => j !== i) });

  const submit = async (e: Event) => {
    e.preventDefault();
    const result = validateLimits(draft, known);
    const all = { ...result.problems };
    if (draft.timeZone !== 'auto' && !isZone(draft.timeZone)) {
      all['limit-zone'] = problem('optionsErrorZone');
    }
    setProblems(all);
    if (Object.keys(all).length > 0) return setStatus('');
    await save((current) => ({
      rules: { ...current.rules, limits: result.limits, nearLimitPercent: result.nearLimitPercent },
      timeZone: draft.timeZone,
    }));
    setDirty(false);
    setStatus(t('optionsLimitsSaved'));
  };
  const cancel = () => {
    setDraft(initial());
    setDirty(false);
    setProblems({});
  };

  const labels: Record<string, string> = { 'near-limit': t('optionsNearLimit') };
  draft.rows.forEach((_, i) => {
    const n = formatNumber(i + 1);
    labels[fieldId(i, 'walletId')] = t('optionsLimitWalletOf', n);
    labels[fieldId(i, 'currency')] = t('optionsLimitCurrencyOf', n);
    labels[fieldId(i, 'daily')] = t('optionsLimitDailyOf', n);
    labels[fieldId(i, 'monthly')] = t('optionsLimitMonthlyOf', n);
  });
  const zone = effectiveZone(settings.timeZone);
  const resets = nextResets(Date.now(), zone);
  const when = (at: number) => formatMinute(at, zone);

  return (
    <Section id="limits" title={t('optionsLimitsTitle')} intro={t('optionsLimitsIntro')}>
      <p class="meta" id="limit-resets">
        {t('optionsLimitsResets', zone, when(resets.day), when(resets.month))}
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary problems={problems} labels={labels} />
        <datalist id="currency-codes">
          {CURRENCY_CHOICES.map((code) => (
            <option key={code} value={code} />
          ))}
        </datalist>
        {draft.rows.length === 0 && <p class="meta">{t('optionsLimitsEmpty')}</p>}
        {draft.rows.map((row, i) => {
          const n = formatNumber(i + 1);
          const walletField = fieldId(i, 'walletId');
          return (
            <fieldset key={i} class="limit-row" data-row={i}>
              <legend>{t('optionsLimitRow', n)}</legend>
              <div class={`field${problems[walletField] ? ' has-error' : ''}`}>
                <label for={walletField}>{t('optionsLimitWallet')}</label>
                <select
                  {...describe(walletField, problems[walletField])}
                  value={row.walletId}
                  onChange={(e) => editRow(i, { walletId: (e.target as HTMLSelectElement).value })}
                >
                  <option value="">{t('optionsLimitChooseWallet')}</option>
                  {choices.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
                <FieldError id={walletField} problem={problems[walletField]} />
              </div>
              <TextField
                id={fieldId(i, 'currency')}
                label={t('optionsLimitCurrency')}
                value={row.currency}
                onInput={(currency) => editRow(i, { currency })}
                problem={problems[fieldId(i, 'currency')]}
                list="currency-codes"
                size={8}
                placeholder="CNY"
              />
              <TextField
                id={fieldId(i, 'daily')}
                label={t('optionsLimitDaily')}
                value={row.daily}
                onInput={(daily) => editRow(i, { daily })}
                problem={problems[fieldId(i, 'daily')]}
                inputMode="decimal"
                size={12}
              />
              <TextField
                id={fieldId(i, 'monthly')}
                label={t('optionsLimitMonthly')}
                value={row.monthly}
                onInput={(monthly) => editRow(i, { monthly })}
                problem={problems[fieldId(i, 'monthly')]}
                inputMode="decimal"
                size={12}
              />
              <button type="button" class="secondary" onClick={() => removeRow(i)}>
                {t('optionsLimitRemove', n)}
              </button>
            </fieldset>
          );
        })}
        <p>
          <button type="button" id="limits-add" class="secondary" onClick={addRow}>
            {t('optionsLimitAdd')}
          </button>
        </p>
        <TextField
          id="near-limit"
          label={t('optionsNearLimit')}
          hint={t('optionsNearLimitHint')}
          value={draft.nearLimitPercent}
          onInput={(nearLimitPercent) => edit({ nearLimitPercent })}
          problem={problems['near-limit']}
          inputMode="decimal"
          size={6}
        />
        <div class="field">
          <label for="limit-zone">{t('optionsZone')}</label>
          <select
            {...describe('limit-zone', problems['limit-zone'])}
            value={draft.timeZone}
            onChange={(e) => edit({ timeZone: (e.target as HTMLSelectElement).value })}
          >
            <option value="auto">{t('optionsZoneAuto', effectiveZone('auto'))}</option>
            {(ZONES.includes(draft.timeZone) || draft.timeZone === 'auto'
              ? ZONES
              : [draft.timeZone, ...ZONES]
            ).map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
          <FieldError id="limit-zone" problem={problems['limit-zone']} />
        </div>
        <div class="actions">
          <button type="submit">{t('optionsLimitsSave')}</button>
          {dirty && (
            <button type="button" class="secondary" onClick={cancel}>
              {t('optionsUndoChanges')}
            </button>
          )}
        </div>
        <Status text={status} />
      </form>
    </Section>
  );
}
