import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { getWallet } from '../../catalog';
import { checklistProgress } from '../../model/case-tasks';
import type { Finding, StoredEvent } from '../../model/event-types';
import { businessDaysLeft } from '../../rules/case-deadline';
import type { SentinelDb } from '../../storage/db';
import { effectiveRuleSettings, DEFAULT_SETTINGS, type Settings } from '../../storage/settings';
import { healthOf } from '../../views/popup-view';
import { findingDetail } from '../../wording/finding-detail';
import { findingTitle } from '../../wording/finding-title';
import {
  formatClock,
  formatDay,
  formatMinute,
  formatMoney,
  formatMoment,
} from '../../wording/format';
import { formatDecimal, formatNumber, language, t } from '../../wording/i18n';
import { kindLabel } from '../../wording/kind-label';
import { walletName } from '../../wording/wallet-name';
import { PageFooter, PageHeader } from '../components/page-frame';
import { shortDestination } from '../log/format';
import { browserZone } from '../../model/time';
import { readWalletData, type WalletData } from './wallet-data';
import { ExternalLink } from '../components/external-link';

const guideHref = (f: Finding) =>
  `guide.html?finding=${encodeURIComponent(f.id)}#${encodeURIComponent(f.guide)}`;
const RANK = { critical: 0, warning: 1, info: 2 } as const;

function Status({ walletId, data, zone }: { walletId: string; data: WalletData; zone: string }) {
  const health = healthOf(data.findings);
  const worst = [...data.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0];
  const name = walletName(walletId, language());
  return (
    <p class={`status-line ${health}`} role="status">
      <strong>{t(`walletPageHealth_${health}`, name)}</strong>
      {worst && ` — ${findingTitle(worst.ruleId)}`}
      {data.lastAt !== undefined && (
        <span class="meta">
          {' · '}
          <span title={formatMoment(data.lastAt, zone)}>
            {t('walletPageLastSeen', formatMinute(data.lastAt, zone))}
          </span>
        </span>
      )}
    </p>
  );
}

function CaseLine({ data, zone }: { data: WalletData; zone: string }) {
  const open = data.cases.find((c) => c.status !== 'resolved');
  const critical = data.findings.find((f) => f.severity === 'critical');
  if (!open)
    return critical ? (
      <p>
        <a class="button primary" href={`cases.html?finding=${encodeURIComponent(critical.id)}`}>
          {t('walletPageStartRecovery')}
        </a>
      </p>
    ) : (
      <p class="meta">{t('walletPageNoCase')}</p>
    );
  const { done, total } = checklistProgress(open);
  const left =
    open.deadline !== undefined && Date.now() < open.deadline
      ? businessDaysLeft(Date.now(), open.deadline, zone)
      : undefined;
  return (
    <p class="case-line">
      <a href={`cases.html?case=${open.id}`}>{open.blocked}</a>
      {' · '}
      {t('walletPageCaseProgress', done, total)}
      {left !== undefined && ` · ${t('walletPageDaysLeft', left)}`}
      <progress max={total} value={done} aria-label={t('walletPageCaseProgress', done, total)} />
    </p>
  );
}

function outcomeText(e: StoredEvent): string {
  const parts = [kindLabel(e.kind)];
  if (e.amount) parts.push(formatMoney(e.amount.value, e.amount.currency));
  if (e.destination) parts.push(shortDestination(e.destination));
  return parts.join(' · ');
}

export function WalletApp({
  db,
  settings,
  id,
}: {
  db: SentinelDb;
  settings: Settings | undefined;
  id: string;
}) {
  const wallet = getWallet(id);
  const known = Boolean(wallet) || id.startsWith('custom:https://');
  const rules = useMemo(
    () => effectiveRuleSettings(settings ?? DEFAULT_SETTINGS, browserZone()),
    [settings],
  );
  const [data, setData] = useState<WalletData>();
  const [error, setError] = useState(false);
  useEffect(() => {
    if (!known) return;
    let live = true;
    const read = () =>
      readWalletData(db, id, rules, Date.now())
        .then((next) => live && setData(next))
        .catch(() => live && setError(true));
    void read();
    // Newly recorded events and findings show without a reload.
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && 'viewStamp' in changes) void read();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, [id, rules]);

  // `npm run bench` reads this mark: the wallet's state painted (bench/wallet-page.ts).
  useEffect(() => {
    if (data) requestAnimationFrame(() => performance.mark('wallet:first-paint'));
  }, [data !== undefined]);
  const name = walletName(id, language());
  document.title = known ? t('walletPageTitle', name) : t('walletPageUnknown');
  return (
    <>
      <PageHeader title={known ? name : t('walletPageUnknown')} />
      <main id="main">
        {!known && <p role="alert">{t('walletPageUnknownBody')}</p>}
        {error && <p role="alert">{t('walletPageError')}</p>}
        {known && !data && !error && <p class="meta">{t('walletPageLoading')}</p>}
        {known && data && (
          <>
            <Status walletId={id} data={data} zone={rules.timeZone} />
            <section aria-labelledby="wallet-warnings">
              <h2 id="wallet-warnings">{t('walletPageWarnings')}</h2>
              {data.findings.length === 0 ? (
                <p>{t('walletPageNoWarnings')}</p>
              ) : (
                <ul class="warnings">
                  {[...data.findings]
                    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.at - a.at)
                    .map((f) => (
                      <li key={f.id} class={`finding ${f.severity}`} data-finding={f.id}>
                        <strong>{findingTitle(f.ruleId)}</strong>
                        <br />
                        {findingDetail(f)} <a href={guideHref(f)}>{t('walletPageWhatToDo')}</a>
                      </li>
                    ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="wallet-case">
              <h2 id="wallet-case">{t('walletPageCase')}</h2>
              <CaseLine data={data} zone={rules.timeZone} />
            </section>
            <section aria-labelledby="wallet-timeline">
              <h2 id="wallet-timeline">{t('walletPageTimeline')}</h2>
              {data.timeline.length === 0 ? (
                <p>{t('walletPageNoEvents')}</p>
              ) : (
                <ol class="timeline">
                  {data.timeline.map((e) => (
                    <li key={e.id} class={`event ${e.kind.replace('.', '-')}`}>
                      <time
                        dateTime={new Date(e.at).toISOString()}
                        title={formatMoment(e.at, rules.timeZone)}
                      >
                        {formatMinute(e.at, rules.timeZone)}
                      </time>{' '}
                      {outcomeText(e)}
                    </li>
                  ))}
                </ol>
              )}
              <p>
                <a href={`log.html?wallet=${encodeURIComponent(id)}`}>
                  {t('walletPageFullLog', name)}
                </a>
              </p>
            </section>
            {data.limits.length > 0 && (
              <section aria-labelledby="wallet-limits">
                <h2 id="wallet-limits">{t('walletPageLimits')}</h2>
                <ul class="limits">
                  {data.limits.flatMap((use) =>
                    (['daily', 'monthly'] as const).flatMap((unit) => {
                      const cap = use[unit];
                      if (!cap) return [];
                      return [
                        <li key={`${use.currency}-${unit}`} class={cap.ratio > 1 ? 'over' : ''}>
                          {t(
                            unit === 'daily' ? 'walletPageLimitDay' : 'walletPageLimitMonth',
                            formatDecimal(cap.used),
                            formatDecimal(cap.cap),
                            use.currency,
                            formatNumber(Math.round(cap.ratio * 100)),
                          )}{' '}
                          <span class="meta">
                            {unit === 'daily'
                              ? t('walletPageResetsAt', formatClock(cap.resetsAt, rules.timeZone))
                              : t('walletPageResetsOn', formatDay(cap.resetsAt, rules.timeZone))}
                          </span>
                        </li>,
                      ];
                    }),
                  )}
                </ul>
              </section>
            )}
            <section aria-labelledby="wallet-contacts">
              <h2 id="wallet-contacts">{t('walletPageContacts')}</h2>
              <ul class="links">
                {wallet && (
                  <li>
                    <ExternalLink href={wallet.help}>{t('walletPageHelp', name)}</ExternalLink>
                  </li>
                )}
                {wallet && (
                  <li>
                    <ExternalLink href={wallet.contact}>
                      {t('walletPageSupport', name)}
                    </ExternalLink>
                  </li>
                )}
                {wallet?.appeal && (
                  <li>
                    <ExternalLink href={wallet.appeal}>{t('walletPageAppeal', name)}</ExternalLink>
                  </li>
                )}
                <li>
                  <a href={`guide.html?wallet=${encodeURIComponent(id)}#regulators`}>
                    {t('walletPageRegulators')}
                  </a>
                </li>
              </ul>
            </section>
          </>
        )}
      </main>
      <PageFooter>{t('popupStaysLocal')}</PageFooter>
    </>
  );
}
