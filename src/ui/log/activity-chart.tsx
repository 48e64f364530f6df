import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { SentinelDb } from '../../storage/db';
import type { EventFilter } from '../../storage/event-filter';
import type { Finding } from '../../model/event-types';
import { findingTitle } from '../../wording/finding-title';
import { formatNumber, t } from '../../wording/i18n';
import { SERIES, summarize, type ChartData } from './chart-data';
import { loadChart } from './chart-loader';
import { ChartTable, SERIES_LABEL } from './chart-table';
import { formatBucket } from './format';

const W = 720;
const H = 190;
const M = { left: 44, right: 10, top: 20, bottom: 24 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

/** 1, 2, 5 × 10ⁿ at or above `value`: round gridline numbers. */
function niceMax(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].map((m) => m * power).find((m) => m >= value) as number) ?? value;
}

interface ChartProps {
  db: SentinelDb;
  filter: EventFilter;
  findings: readonly Finding[];
  openEventIds: ReadonlySet<number>;
  timeZone: string;
  /** Start only once the first rows are painted. */
  ready: boolean;
  refreshToken: string;
}

/**
 * Sign-ins, failures and withdrawals over time for the current filter, findings marked, in
 * plain SVG coloured by the theme's variables. The same numbers are written out in a sentence
 * and, on request, as a table.
 */
export function ActivityChart(props: ChartProps) {
  const { db, filter, timeZone, ready } = props;
  const [chart, setChart] = useState<ChartData | undefined>();
  const [busy, setBusy] = useState(true);
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    if (!ready) return;
    const controller = new AbortController();
    setBusy(true);
    const timer = setTimeout(() => {
      loadChart(db, filter, { ...props, now: Date.now(), signal: controller.signal })
        .then((data) => {
          if (!data || controller.signal.aborted) return;
          setChart(data);
          setBusy(false);
        })
        .catch((error: unknown) => console.error('log chart', error));
    }, 50);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [ready, filterKey, props.refreshToken, timeZone]);

  return (
    <section class="panel chart" aria-labelledby="log-chart-heading" aria-busy={busy}>
      <h2 id="log-chart-heading">{t('logChartTitle')}</h2>
      {chart ? (
        <ChartView chart={chart} timeZone={timeZone} />
      ) : (
        <p class="muted">{t('logChartLoading')}</p>
      )}
    </section>
  );
}

function ChartView({ chart, timeZone }: { chart: ChartData; timeZone: string }) {
  const summaryId = useId();
  const [table, setTable] = useState(false);
  // The same element while the numbers are the same: the page re-rendering skips the picture.
  const picture = useMemo(
    () => <Picture chart={chart} timeZone={timeZone} summaryId={summaryId} />,
    [chart, timeZone, summaryId],
  );
  const { edges, unit } = chart.buckets;
  const label = (i: number) => formatBucket(edges[i] as number, unit, timeZone);
  return (
    <>
      {picture}
      <button type="button" aria-expanded={table} onClick={() => setTable(!table)}>
        {table ? t('logChartHideTable') : t('logChartShowTable')}
      </button>
      {table && <ChartTable chart={chart} rows={summarize(chart).nonEmpty} label={label} />}
    </>
  );
}

function Picture({
  chart,
  timeZone,
  summaryId,
}: {
  chart: ChartData;
  timeZone: string;
  summaryId: string;
}) {
  const { edges, unit } = chart.buckets;
  const n = edges.length - 1;
  const summary = summarize(chart);
  const max = niceMax(Math.max(1, ...SERIES.flatMap((s) => chart.counts[s])));
  const x = (i: number) => M.left + ((i + 0.5) * PLOT_W) / n;
  const y = (v: number) => M.top + PLOT_H - (v / max) * PLOT_H;
  const label = (i: number) => formatBucket(edges[i] as number, unit, timeZone);
  const marks = new Map<number, Finding[]>();
  for (const { bucket, finding } of chart.findings) {
    marks.set(bucket, [...(marks.get(bucket) ?? []), finding]);
  }
  const lastDay = formatBucket((edges.at(-1) as number) - 1, unit, timeZone);

  return (
    <>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={summaryId}
        class="chart-svg"
        data-unit={unit}
        data-end={new Date(edges.at(-1) as number).toISOString()}
      >
        {[0, max / 2, max].map((v) => (
          <g key={v} class="grid">
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
            <text x={M.left - 6} y={y(v) + 4} text-anchor="end">
              {formatNumber(v)}
            </text>
          </g>
        ))}
        {[...marks].map(([bucket, findings]) => (
          <g key={bucket} class="finding-mark">
            <line x1={x(bucket)} x2={x(bucket)} y1={M.top} y2={M.top + PLOT_H} />
            <path d={`M${x(bucket) - 5},${M.top - 12} h10 l-5,8 z`}>
              <title>{`${label(bucket)}: ${findings.map((f) => findingTitle(f.ruleId)).join(', ')}`}</title>
            </path>
          </g>
        ))}
        {SERIES.map((series) => (
          <g key={series} class={`series series-${series}`}>
            <polyline points={chart.counts[series].map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
            {n <= 62 &&
              chart.counts[series].map((v, i) => <circle key={i} cx={x(i)} cy={y(v)} r={2.5} />)}
          </g>
        ))}
        <g class="axis">
          <text x={M.left} y={H - 6}>
            {label(0)}
          </text>
          {n > 2 && (
            <text x={M.left + PLOT_W / 2} y={H - 6} text-anchor="middle">
              {label(Math.floor(n / 2))}
            </text>
          )}
          <text x={W - M.right} y={H - 6} text-anchor="end">
            {label(n - 1)}
          </text>
        </g>
      </svg>
      <ul class="legend">
        {SERIES.map((series) => (
          <li key={series}>
            <svg width="24" height="10" aria-hidden="true" class={`series series-${series}`}>
              <line x1="0" x2="24" y1="5" y2="5" />
            </svg>
            {t('logLegendItem', t(SERIES_LABEL[series]), summary.totals[series])}
          </li>
        ))}
        <li>
          <svg width="12" height="10" aria-hidden="true" class="finding-mark">
            <path d="M1,1 h10 l-5,8 z" />
          </svg>
          {t('logLegendItem', t('logSeriesFindings'), chart.findings.length)}
        </li>
      </ul>
      <p id={summaryId} class="summary">
        {t(
          'logChartSummary',
          label(0),
          lastDay,
          summary.totals.signIns,
          summary.totals.failures,
          summary.totals.withdrawals,
          chart.findings.length,
        )}
        {summary.busiest >= 0 &&
          ` ${t('logChartBusiest', label(summary.busiest), summary.busiestCount)}`}
      </p>
    </>
  );
}
