import { userZone } from '../../model/time';
import { bootPage } from '../components/boot';
import { t } from '../../wording/i18n';
import { GuideApp } from './guide-app';
import { readGuideQuery } from './guide-query';

await bootPage(({ db, settings }) => {
  document.title = `${t('guideTitle')} · ${t('extName')}`;
  return (
    <GuideApp db={db} query={readGuideQuery(location.search)} zone={userZone(settings?.timeZone)} />
  );
});
