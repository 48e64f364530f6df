import {
  regulatorsIn,
  type Regulator,
  type RegulatorRegion,
  type RegulatorTopic,
} from '../../catalog/regulators';
import type { Region } from '../../catalog/types';
import { language, t, type MessageKey } from '../../wording/i18n';
import { ExternalLink } from '../components/external-link';
import { orderRegions } from './region-order';
import { REGULATORS_ID } from './sections';

export const REGION_LABEL: Record<RegulatorRegion, MessageKey> = {
  cn: 'guideRegionCn',
  hk: 'guideRegionHk',
  tw: 'guideRegionTw',
  sg: 'guideRegionSg',
  us: 'guideRegionUs',
  uk: 'guideRegionUk',
  eu: 'guideRegionEu',
};

const TOPIC_LABEL: Record<RegulatorTopic, MessageKey> = {
  banking: 'guideTopicBanking',
  consumer: 'guideTopicConsumer',
  fraud: 'guideTopicFraud',
  payments: 'guideTopicPayments',
  securities: 'guideTopicSecurities',
  'virtual-assets': 'guideTopicVirtualAssets',
};

export const regionSectionId = (region: RegulatorRegion) => `${REGULATORS_ID}-${region}`;

/** The wallet whose regions come first; `name` as shown on screen. */
export interface DirectoryWallet {
  name: string;
  regions: readonly Region[];
}

function Body({ body }: { body: Regulator }) {
  const zh = language() === 'zh_CN';
  const [primary, secondary] = zh ? [body.name.zh, body.name.en] : [body.name.en, body.name.zh];
  return (
    <li class="body">
      <h4>{primary}</h4>
      {secondary !== primary && (
        <p class="other-name" lang={zh ? 'en' : 'zh-CN'}>
          {secondary}
        </p>
      )}
      <dl class="facts">
        <dt>{t('guideRegulatorHandles')}</dt>
        <dd>
          <ul class="topics">
            {body.handles.map((topic) => (
              <li key={topic} class="chip">
                {t(TOPIC_LABEL[topic])}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('guideRegulatorHowTo')}</dt>
        <dd>{zh ? body.howToFile.zh : body.howToFile.en}</dd>
        <dt>{t('guideRegulatorWebsite')}</dt>
        <dd>
          <ExternalLink href={body.url}>{new URL(body.url).hostname}</ExternalLink>
        </dd>
        {body.phone && (
          <>
            <dt>{t('guideRegulatorPhone')}</dt>
            <dd>
              <a href={`tel:${body.phone.replace(/[^+0-9]/g, '')}`}>{body.phone}</a>
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}

function WalletNote({ wallet }: { wallet: DirectoryWallet }) {
  const own = orderRegions(wallet.regions).filter((r) => wallet.regions.includes(r));
  if (own.length > 0) return <p class="wallet-note">{t('guideRegulatorsOwn', wallet.name)}</p>;
  if (wallet.regions.includes('global')) {
    return <p class="wallet-note">{t('guideRegulatorsGlobal', wallet.name)}</p>;
  }
  return null;
}

export function RegulatorDirectory({ wallet }: { wallet?: DirectoryWallet }) {
  return (
    <section id={REGULATORS_ID} class="guide-section" tabIndex={-1}>
      <h2>{t('guideRegulatorsHeading')}</h2>
      <p>{t('guideRegulatorsIntro')}</p>
      <p class="note">{t('guideRegulatorsCheck')}</p>
      {wallet && <WalletNote wallet={wallet} />}
      {orderRegions(wallet?.regions).map((region) => (
        <section
          key={region}
          id={regionSectionId(region)}
          class="region"
          tabIndex={-1}
          data-region={region}
        >
          <h3>
            {t(REGION_LABEL[region])}
            {wallet?.regions.includes(region) && ' '}
            {wallet?.regions.includes(region) && (
              <span class="badge">{t('guideRegionOwnBadge', wallet.name)}</span>
            )}
          </h3>
          <ul class="bodies">
            {regulatorsIn(region).map((body) => (
              <Body key={body.id} body={body} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
