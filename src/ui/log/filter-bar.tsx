import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { WALLETS } from '../../catalog';
import { EVENT_KINDS, type EventKind } from '../../model/event-types';
import { language, t, type Language, type MessageKey } from '../../wording/i18n';
import { kindLabel } from '../../wording/kind-label';
import { walletName } from '../../wording/wallet-name';
import { EMPTY_VIEW, type LogView, type RangePreset } from '../../views/log-view';

/** Kinds people ask for together. */
const KIND_GROUPS: Array<{ key: MessageKey; kinds: EventKind[] }> = [
  {
    key: 'logKindGroupSignIn',
    kinds: ['login.attempt', 'login.challenge', 'login.failure', 'login.success', 'logout'],
  },
  {
    key: 'logKindGroupWithdrawal',
    kinds: ['withdrawal.attempt', 'withdrawal.failure', 'withdrawal.pending', 'withdrawal.success'],
  },
  { key: 'logKindGroupFailures', kinds: ['login.failure', 'site.error', 'withdrawal.failure'] },
  { key: 'logKindGroupNotices', kinds: ['notice', 'site.error', 'visit.lookalike'] },
];
const RANGES: Array<{ value: RangePreset; key: MessageKey }> = [
  { value: 'today', key: 'logRangeToday' },
  { value: '7d', key: 'logRange7d' },
  { value: 'month', key: 'logRangeMonth' },
];
const MULTI = '*';
const TEXT_DELAY_MS = 250;

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

function kindValue(kinds: readonly EventKind[]): string {
  if (kinds.length === 0) return '';
  if (kinds.length === 1) return kinds[0] as string;
  const group = KIND_GROUPS.findIndex((g) => sameSet(g.kinds, kinds));
  return group >= 0 ? `group:${group}` : MULTI;
}

function kindsOf(value: string): EventKind[] {
  if (value.startsWith('group:')) return [...(KIND_GROUPS[Number(value.slice(6))]?.kinds ?? [])];
  return (EVENT_KINDS as readonly string[]).includes(value) ? [value as EventKind] : [];
}

/** Every wallet the filter offers, by name in the reader's language (sorted once, not per render). */
function sortedWallets(
  customWallets: string[],
  lang: Language,
): Array<{ id: string; name: string }> {
  const collator = new Intl.Collator(lang === 'zh_CN' ? 'zh-CN' : 'en');
  return [...WALLETS.map((w) => w.id), ...customWallets]
    .map((id) => ({ id, name: walletName(id, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

interface FilterBarProps {
  view: LogView;
  /** `replace`: no new history entry (typing). */
  onChange(view: LogView, mode?: 'push' | 'replace'): void;
  /** Sites the user added: `custom:<origin>` ids. */
  customWallets: string[];
}

/** The filters, each labelled; they combine, and every change lands in the URL. */
export function FilterBar({ view, onChange, customWallets }: FilterBarProps) {
  const [text, setText] = useState(view.q);
  const [custom, setCustom] = useState(Boolean(view.from || view.to));
  // The view when the typing pause ends, not when it began: another filter may have changed.
  const latest = useRef(view);
  latest.current = view;
  useEffect(() => setText(view.q), [view.q]);
  useEffect(() => setCustom(Boolean(view.from || view.to) || (custom && !view.range)), [view]);
  useEffect(() => {
    if (text === view.q) return;
    const timer = setTimeout(
      () => onChange({ ...latest.current, q: text }, 'replace'),
      TEXT_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [text]);

  const lang = language();
  const wallets = useMemo(() => sortedWallets(customWallets, lang), [customWallets.join(), lang]);
  const walletValue =
    view.wallets.length === 1 ? (view.wallets[0] as string) : view.wallets.length ? MULTI : '';
  const known = new Set(wallets.map((w) => w.id));
  const kind = kindValue(view.kinds);
  const rangeValue = view.range ?? (custom ? 'custom' : '');
  const any = JSON.stringify(view) !== JSON.stringify(EMPTY_VIEW);

  return (
    <form
      class="filters"
      role="search"
      aria-label={t('logFiltersLabel')}
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        <span>{t('logFilterWallet')}</span>
        <select
          name="wallet"
          value={walletValue}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value !== MULTI) onChange({ ...view, wallets: value ? [value] : [] });
          }}
        >
          <option value="">{t('logAllWallets')}</option>
          {walletValue === MULTI && (
            <option value={MULTI}>{t('logSomeWallets', view.wallets.length)}</option>
          )}
          {walletValue && walletValue !== MULTI && !known.has(walletValue) && (
            <option value={walletValue}>{walletName(walletValue, lang)}</option>
          )}
          {wallets.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('logFilterKind')}</span>
        <select
          name="kind"
          value={kind}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value !== MULTI) onChange({ ...view, kinds: kindsOf(value) });
          }}
        >
          <option value="">{t('logAllKinds')}</option>
          {kind === MULTI && <option value={MULTI}>{t('logSomeKinds', view.kinds.length)}</option>}
          <optgroup label={t('logKindGroups')}>
            {KIND_GROUPS.map((group, i) => (
              <option key={group.key} value={`group:${i}`}>
                {t(group.key)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('logKindSingle')}>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label>
        <span>{t('logFilterRange')}</span>
        <select
          name="range"
          value={rangeValue}
          onChange={(e) => {
            const value = e.currentTarget.value;
            const { range: _r, from: _f, to: _t, ...rest } = view;
            setCustom(value === 'custom');
            if (value === 'custom') onChange(rest);
            else onChange(value ? { ...rest, range: value as RangePreset } : rest);
          }}
        >
          <option value="">{t('logRangeAll')}</option>
          {RANGES.map((r) => (
            <option key={r.value} value={r.value}>
              {t(r.key)}
            </option>
          ))}
          <option value="custom">{t('logRangeCustom')}</option>
        </select>
      </label>
      {rangeValue === 'custom' && (
        <>
          <label>
            <span>{t('logFrom')}</span>
            <input
              type="date"
              name="from"
              value={view.from ?? ''}
              max={view.to}
              onChange={(e) => {
                const { from: _f, ...rest } = view;
                const value = e.currentTarget.value;
                onChange(value ? { ...rest, from: value } : rest);
              }}
            />
          </label>
          <label>
            <span>{t('logTo')}</span>
            <input
              type="date"
              name="to"
              value={view.to ?? ''}
              min={view.from}
              onChange={(e) => {
                const { to: _t, ...rest } = view;
                const value = e.currentTarget.value;
                onChange(value ? { ...rest, to: value } : rest);
              }}
            />
          </label>
        </>
      )}
      <label class="grow">
        <span>{t('logFilterText')}</span>
        <input
          type="search"
          name="q"
          value={text}
          maxLength={200}
          placeholder={t('logFilterTextHint')}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && text !== view.q) onChange({ ...view, q: text }, 'replace');
          }}
        />
      </label>
      <label class="check">
        <input
          type="checkbox"
          name="open"
          checked={view.open}
          onChange={(e) => onChange({ ...view, open: e.currentTarget.checked })}
        />
        <span>{t('logFilterOpen')}</span>
      </label>
      {any && (
        <button type="button" onClick={() => onChange({ ...EMPTY_VIEW, wallets: [], kinds: [] })}>
          {t('logClearFilters')}
        </button>
      )}
    </form>
  );
}
