import { useEffect, useRef, useState } from 'preact/hooks';
import { WALLETS } from '../../catalog';
import type { Settings } from '../../storage/settings';
import { formatMinute } from '../../wording/format';
import { formatNumber, language, t } from '../../wording/i18n';
import { walletName } from '../../wording/wallet-name';
import type { WithdrawalLimit } from '../../rules/rule-settings';
import { describe, FieldError, SaveNote, Section, TextField, type SaveState } from './field';
import {
  fieldId,
  limitsDraft,
  validateLimits,
  type FieldProblems,
  type LimitDraft,
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

/** A row of the table: what is typed, and what of it is in use (saved) now. */
interface Row extends LimitDraft {
  key: number;
  stored?: WithdrawalLimit;
}

const rowPrefix = (i: number) => `limit-${i}-`;

/** The limit a row stands for, when the row is valid on its own. */
function parsedRow(row: LimitDraft, known: ReadonlySet<string>): WithdrawalLimit | undefined {
  const one = validateLimits({ rows: [row], nearLimitPercent: '0' }, known);
  return Object.keys(one.problems).some((id) => id.startsWith(rowPrefix(0)))
    ? undefined
    : one.limits[0];
}

/**
 * The user's own withdrawal caps per wallet and currency, the "near the limit" percentage and
 * the zone days and months are counted in. Saved as the person goes (field.tsx, SaveNote): a
 * row when it is complete and valid, each other field when it is left. A row that does not
 * validate is not saved and the limit saved before for it stays in use.
 */
export function LimitsSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const nextKey = useRef(0);
  // Rows keep their keys (and so their "Saved") when the stored table comes back after a save.
  const rowsOf = (s: Settings, previous: readonly Row[] = []): Row[] =>
    limitsDraft(s.rules.limits, s.rules.nearLimitPercent).rows.map((row, i) => ({
      ...row,
      key: previous[i]?.key ?? nextKey.current++,
      stored: s.rules.limits[i],
    }));
  const [rows, setRows] = useState<Row[]>(() => rowsOf(settings));
  const [near, setNear] = useState(String(settings.rules.nearLimitPercent));
  const [zone, setZone] = useState(settings.timeZone);
  const [problems, setProblems] = useState<FieldProblems>({});
  /** Fields the person has left at least once: only their problems are shown. */
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [rowSaved, setRowSaved] = useState<Record<number, SaveState>>({});
  const [fieldSaved, setFieldSaved] = useState<Record<string, SaveState>>({});
  const editing = useRef(false);

  const choices = walletChoices(settings);
  const known = new Set(choices.map((c) => c.id));
  // Settings changed elsewhere (sync, another tab) show here unless a row is being edited or
  // waits to be corrected.
  useEffect(() => {
    if (editing.current || Object.keys(problems).length > 0) return;
    setRows((was) => rowsOf(settings, was));
    setNear(String(settings.rules.nearLimitPercent));
    setZone(settings.timeZone);
  }, [settings.updatedAt]);

  const commit = async (next: Row[], nextNear: string, nextZone: string, left: string[]) => {
    editing.current = false;
    const seen = new Set([...touched, ...left]);
    setTouched(seen);
    const result = validateLimits({ rows: next, nearLimitPercent: nextNear }, known);
    const all = { ...result.problems };
    if (nextZone !== 'auto' && !isZone(nextZone)) all['limit-zone'] = problem('optionsErrorZone');
    setProblems(all);
    const bad = (i: number) => Object.keys(all).some((id) => id.startsWith(rowPrefix(i)));
    // Each row: its new value when valid, else what was saved for it before (if anything).
    const inUse = next.map((row, i) => (bad(i) ? row.stored : parsedRow(row, known)));
    const limits = inUse.filter((l): l is WithdrawalLimit => l !== undefined);
    if (all['limits-add']) return;
    const nearLimitPercent = all['near-limit']
      ? settings.rules.nearLimitPercent
      : result.nearLimitPercent;
    const timeZone = all['limit-zone'] ? settings.timeZone : nextZone;
    // Nothing new to store (a row still being filled in): write nothing.
    const same =
      JSON.stringify(limits) === JSON.stringify(settings.rules.limits) &&
      nearLimitPercent === settings.rules.nearLimitPercent &&
      timeZone === settings.timeZone;
    try {
      if (!same) {
        await save((current) => ({
          rules: { ...current.rules, limits, nearLimitPercent },
          timeZone,
        }));
      }
      setRows(next.map((row, i) => ({ ...row, stored: inUse[i] })));
      // Only the row the person just left says what became of it.
      const leftRows = new Set(left.map((id) => /^limit-(\d+)-/.exec(id)?.[1]).filter(Boolean));
      setRowSaved((was) => {
        const now = { ...was };
        next.forEach((row, i) => {
          if (leftRows.has(String(i))) now[row.key] = bad(i) ? 'unsaved' : 'saved';
        });
        return now;
      });
      setFieldSaved((was) => {
        const now = { ...was };
        if (left.includes('near-limit'))
          now['near-limit'] = all['near-limit'] ? 'unsaved' : 'saved';
        if (left.includes('limit-zone'))
          now['limit-zone'] = all['limit-zone'] ? 'unsaved' : 'saved';
        return now;
      });
    } catch {
      setRowSaved(Object.fromEntries(next.map((row) => [row.key, 'failed'])));
    }
  };
  const commitRow = (i: number, field: keyof LimitDraft, patch?: Partial<LimitDraft>) => {
    const next = patch ? rows.map((row, j) => (j === i ? { ...row, ...patch } : row)) : rows;
    if (patch) setRows(next);
    void commit(next, near, zone, [fieldId(i, field)]);
  };
  const editRow = (i: number, patch: Partial<LimitDraft>) => {
    editing.current = true;
    setRows(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
    setRowSaved((was) => ({ ...was, [rows[i]!.key]: undefined }));
  };
  const addRow = () => {
    editing.current = true;
    setRows([
      ...rows,
      { key: nextKey.current++, walletId: '', currency: '', daily: '', monthly: '' },
    ]);
  };
  const removeRow = (i: number) => {
    const next = rows.filter((_, j) => j !== i);
    setRows(next);
    // Problems and touched fields are by position: they move up with the rows below.
    setTouched(new Set());
    void commit(next, near, zone, []);
  };
  const rowStatus = (row: Row, i: number): { state: SaveState; text?: string } => {
    const rowProblems = Object.keys(problems).filter(
      (id) => id.startsWith(rowPrefix(i)) && touched.has(id),
    );
    if (rowProblems.length > 0) return { state: 'unsaved', text: t('optionsLimitRowProblems') };
    const state = rowSaved[row.key];
    if (state === 'saved') return { state, text: t('optionsLimitRowSaved') };
    if (!row.stored && state !== 'failed')
      return { state: 'unsaved', text: t('optionsLimitRowIncomplete') };
    return { state };
  };
  const shown = (id: string) => (touched.has(id) ? problems[id] : undefined);

  const zoneShown = effectiveZone(settings.timeZone);
  const resets = nextResets(Date.now(), zoneShown);
  const when = (at: number) => formatMinute(at, zoneShown);

  return (
    <Section id="limits" title={t('optionsLimitsTitle')} intro={t('optionsLimitsIntro')}>
      <p class="meta" id="limit-resets">
        {t('optionsLimitsResets', zoneShown, when(resets.day), when(resets.month))}
      </p>
      <datalist id="currency-codes">
        {CURRENCY_CHOICES.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
      {rows.length === 0 && <p class="meta">{t('optionsLimitsEmpty')}</p>}
      {rows.map((row, i) => {
        const n = formatNumber(i + 1);
        const walletField = fieldId(i, 'walletId');
        const status = rowStatus(row, i);
        return (
          <fieldset key={row.key} class="limit-row" data-row={i}>
            <legend>{t('optionsLimitRow', n)}</legend>
            <div class={`field${shown(walletField) ? ' has-error' : ''}`}>
              <label for={walletField}>{t('optionsLimitWallet')}</label>
              <select
                {...describe(walletField, shown(walletField))}
                value={row.walletId}
                onChange={(e) =>
                  commitRow(i, 'walletId', { walletId: (e.target as HTMLSelectElement).value })
                }
              >
                <option value="">{t('optionsLimitChooseWallet')}</option>
                {choices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              <FieldError id={walletField} problem={shown(walletField)} />
            </div>
            <TextField
              id={fieldId(i, 'currency')}
              label={t('optionsLimitCurrency')}
              value={row.currency}
              onInput={(currency) => editRow(i, { currency })}
              onCommit={() => commitRow(i, 'currency')}
              problem={shown(fieldId(i, 'currency'))}
              list="currency-codes"
              size={8}
              placeholder="CNY"
            />
            <TextField
              id={fieldId(i, 'daily')}
              label={t('optionsLimitDaily')}
              value={row.daily}
              onInput={(daily) => editRow(i, { daily })}
              onCommit={() => commitRow(i, 'daily')}
              problem={shown(fieldId(i, 'daily'))}
              inputMode="decimal"
              size={12}
            />
            <TextField
              id={fieldId(i, 'monthly')}
              label={t('optionsLimitMonthly')}
              value={row.monthly}
              onInput={(monthly) => editRow(i, { monthly })}
              onCommit={() => commitRow(i, 'monthly')}
              problem={shown(fieldId(i, 'monthly'))}
              inputMode="decimal"
              size={12}
            />
            <button type="button" class="secondary" onClick={() => removeRow(i)}>
              {t('optionsLimitRemove', n)}
            </button>
            <SaveNote state={status.state} text={status.text} />
          </fieldset>
        );
      })}
      <p>
        <button
          type="button"
          id="limits-add"
          onClick={addRow}
          aria-describedby={problems['limits-add'] ? 'limits-add-error' : undefined}
        >
          {t('optionsLimitAdd')}
        </button>
      </p>
      <FieldError id="limits-add" problem={problems['limits-add']} />
      <TextField
        id="near-limit"
        label={t('optionsNearLimit')}
        hint={t('optionsNearLimitHint')}
        value={near}
        onInput={(value) => {
          editing.current = true;
          setNear(value);
          setFieldSaved((was) => ({ ...was, 'near-limit': undefined }));
        }}
        onCommit={() => void commit(rows, near, zone, ['near-limit'])}
        problem={shown('near-limit')}
        saved={fieldSaved['near-limit']}
        inputMode="decimal"
        size={6}
      />
      <div class="field">
        <label for="limit-zone">{t('optionsZone')}</label>
        <select
          {...describe('limit-zone', shown('limit-zone'))}
          value={zone}
          onChange={(e) => {
            const value = (e.target as HTMLSelectElement).value;
            setZone(value);
            void commit(rows, near, value, ['limit-zone']);
          }}
        >
          <option value="auto">{t('optionsZoneAuto', effectiveZone('auto'))}</option>
          {(ZONES.includes(zone) || zone === 'auto' ? ZONES : [zone, ...ZONES]).map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
        <FieldError id="limit-zone" problem={shown('limit-zone')} />
        <SaveNote state={fieldSaved['limit-zone']} />
      </div>
    </Section>
  );
}
