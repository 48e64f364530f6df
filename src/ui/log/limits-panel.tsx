import { useEffect, useState } from 'preact/hooks';
import type { RuleSettings } from '../../rules/rule-settings';
import type { SentinelDb } from '../../storage/db';
import { walletEvents } from '../../storage/event-query';
import { formatDecimal, formatNumber, language, t } from '../../wording/i18n';
import { walletName } from '../../wording/wallet-name';
import { formatClock, formatDay } from '../../wording/format';
import { limitSpan, limitUse, type CapUse, type LimitUse } from './limit-usage';

interface LimitsProps {
  db: SentinelDb;
  /** With the user's zone resolved. */
  rules: RuleSettings;
  ready: boolean;
  refreshToken: string;
}

/** Each withdrawal limit the user set, with what today and this month have used of it. */
export function LimitsPanel({ db, rules, ready, refreshToken }: LimitsProps) {
  const [uses, setUses] = useState<LimitUse[] | undefined>();

  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const now = Date.now();
    const span = limitSpan(now, rules.timeZone);
    const wallets = [...new Set(rules.limits.map((l) => l.walletId))];
    const compute = async () => {
      const lists = await Promise.all(wallets.map((w) => walletEvents(db, w, span.from, span.to)));
      const byWallet = new Map(wallets.map((w, i) => [w, lists[i] ?? []]));
      const out: LimitUse[] = [];
      for (const limit of rules.limits) {
        // One limit per task: a user with many limits does not hold the page for all of them.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (cancelled) return;
        out.push(limitUse(limit, byWallet.get(limit.walletId) ?? [], rules, now));
      }
      setUses(out);
    };
    compute().catch((error: unknown) => console.error('log limits', error));
    return () => {
      cancelled = true;
    };
  }, [ready, refreshToken, rules]);

  return (
    <section class="panel limits" aria-labelledby="log-limits-heading">
      <h2 id="log-limits-heading">{t('logLimitsTitle')}</h2>
      {rules.limits.length === 0 && <p class="muted">{t('logLimitsNone')}</p>}
      {rules.limits.length > 0 && !uses && <p class="muted">{t('logChartLoading')}</p>}
      {uses && (
        <ul>
          {uses.map((use) => (
            <li key={`${use.walletId}:${use.currency}`}>
              <h3>
                {walletName(use.walletId, language())} · {use.currency}
              </h3>
              {use.daily && (
                <CapLine
                  label={t('logLimitToday')}
                  period="day"
                  use={use.daily}
                  currency={use.currency}
                  zone={rules.timeZone}
                />
              )}
              {use.monthly && (
                <CapLine
                  label={t('logLimitMonth')}
                  period="month"
                  use={use.monthly}
                  currency={use.currency}
                  zone={rules.timeZone}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CapLine({
  label,
  period,
  use,
  currency,
  zone,
}: {
  label: string;
  /** A day's limit starts again at midnight ("resets at 00:00"), a month's on a day. */
  period: 'day' | 'month';
  use: CapUse;
  currency: string;
  zone: string;
}) {
  const percent = Math.round(use.ratio * 100);
  const state = use.ratio > 1 ? 'over' : use.ratio >= 0.8 ? 'near' : 'ok';
  return (
    <div class={`cap ${state}`}>
      <p>
        {t(
          'logLimitUse',
          label,
          formatDecimal(use.used),
          formatDecimal(use.cap),
          currency,
          formatNumber(percent),
        )}
        {state === 'over' && <strong> {t('logLimitOver')}</strong>}
        <span class="muted">
          {' '}
          {period === 'day'
            ? t('logLimitResetsAt', formatClock(use.resetsAt, zone))
            : t('logLimitResets', formatDay(use.resetsAt, zone))}
        </span>
      </p>
      <div class="bar" aria-hidden="true">
        <div style={{ width: `${Math.min(100, percent)}%` }} />
      </div>
    </div>
  );
}
