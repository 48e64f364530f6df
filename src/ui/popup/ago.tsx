import { formatDistance } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';
import { formatMoment } from '../../wording/format';
import { language } from '../../wording/i18n';

/** "5 minutes ago" / "5 分钟前", by date-fns in the page's language. */
export function ago(at: number, now = Date.now()): string {
  return formatDistance(at, now, {
    addSuffix: true,
    locale: language() === 'zh_CN' ? zhCN : enUS,
  });
}

/**
 * One time on a line: how long ago, the moment on hover (issue 15) — written as the log's row and
 * the report write it (`formatMoment`, in the person's zone), so the two read the same.
 */
export function Ago({ at, zone }: { at: number; zone: string }) {
  return (
    <time dateTime={new Date(at).toISOString()} title={formatMoment(at, zone)}>
      {ago(at)}
    </time>
  );
}
