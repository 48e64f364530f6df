import type { WeeklySummary } from '../rules/weekly-summary';
import { formatMoney, joinList } from './format';
import { t } from './i18n';

/** The weekly summary's title: "all normal" said as such, else how many warnings need the person. */
export function weeklyTitle(summary: WeeklySummary): string {
  const needing = summary.openWarnings.critical + summary.openWarnings.warning;
  return summary.allNormal ? t('weeklyTitleNormal') : t('weeklyTitleAttention', needing);
}

/** The summary's lines, for the notification and the log page's "This week" section. */
export function weeklyLines(summary: WeeklySummary): string[] {
  const lines = [
    t('weeklyLineSignIns', summary.signIns.succeeded, summary.signIns.failed),
    t(
      'weeklyLineWithdrawals',
      summary.withdrawals.completed,
      summary.withdrawals.pending,
      summary.withdrawals.failed,
    ),
  ];
  if (summary.amounts.length > 0)
    lines.push(
      t(
        'weeklyLineAmounts',
        joinList(summary.amounts.map((a) => formatMoney(a.value, a.currency))),
      ),
    );
  if (summary.newDestinations > 0)
    lines.push(t('weeklyLineNewDestinations', summary.newDestinations));
  const open = summary.openWarnings;
  if (open.critical + open.warning + open.info > 0)
    lines.push(t('weeklyLineWarnings', open.critical, open.warning, open.info));
  if (summary.overdueCases > 0) lines.push(t('weeklyLineOverdue', summary.overdueCases));
  if (summary.allNormal) lines.push(t('weeklyAllNormal'));
  return lines;
}
