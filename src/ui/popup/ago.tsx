import { formatDistance } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';
import { formatDateTime, language } from '../../wording/i18n';

/** "5 minutes ago" / "5 分钟前", by date-fns in the page's language. */
export function ago(at: number, now = Date.now()): string {
  return formatDistance(at, now, {
    addSuffix: true,
    locale: language() === 'zh_CN' ? zhCN : enUS,
  });
}

/** One time on a line: how long ago, the date and time on hover (issue 15). */
export function Ago({ at }: { at: number }) {
  return (
    <time dateTime={new Date(at).toISOString()} title={formatDateTime(at)}>
      {ago(at)}
    </time>
  );
}
