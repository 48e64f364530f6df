import { findingTitle } from '../../wording/finding-title';
import { formatNumber, t, type MessageKey } from '../../wording/i18n';
import { SERIES, type ChartData, type Series } from './chart-data';

export const SERIES_LABEL: Record<Series, MessageKey> = {
  signIns: 'logSeriesSignIns',
  failures: 'logSeriesFailures',
  withdrawals: 'logSeriesWithdrawals',
};

const CAPTION: Record<ChartData['buckets']['unit'], MessageKey> = {
  hour: 'logChartTablePerHour',
  day: 'logChartTablePerDay',
  month: 'logChartTablePerMonth',
};

/** The chart's numbers as a table: one row per hour, day or month with anything in it. */
export function ChartTable({
  chart,
  rows,
  label,
}: {
  chart: ChartData;
  rows: number[];
  label: (bucket: number) => string;
}) {
  return (
    <div class="chart-table">
      <table>
        <caption>{t(CAPTION[chart.buckets.unit])}</caption>
        <thead>
          <tr>
            <th scope="col">{t('logChartPeriod')}</th>
            {SERIES.map((series) => (
              <th scope="col" key={series}>
                {t(SERIES_LABEL[series])}
              </th>
            ))}
            <th scope="col">{t('logColFindings')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={5}>{t('logChartEmpty')}</td>
            </tr>
          )}
          {rows.map((bucket) => (
            <tr key={bucket}>
              <th scope="row">{label(bucket)}</th>
              {SERIES.map((series) => (
                <td key={series} class="num">
                  {formatNumber(chart.counts[series][bucket] as number)}
                </td>
              ))}
              <td>
                {chart.findings
                  .filter((f) => f.bucket === bucket)
                  .map((f) => findingTitle(f.finding.ruleId))
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
