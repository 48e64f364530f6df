import { PageFooter, PageHeader } from '../components/page-frame';
import { getWallet } from '../../catalog';
import { REGULATOR_REGIONS } from '../../catalog/regulators';
import type { SentinelDb } from '../../storage/db';
import type { Finding } from '../../model/event-types';
import { useLiveQuery } from '../components/use-live-query';
import { language, t } from '../../wording/i18n';
import { walletName } from '../../wording/wallet-name';
import { FINDING_BOX_ID, FindingContextBox, WalletContextBox } from './context-box';
import { coerceFinding } from './finding-record';
import type { GuideQuery } from './guide-query';
import { orderRegions } from './region-order';
import { RegulatorDirectory, regionSectionId, type DirectoryWallet } from './regulator-directory';
import { useSectionFocus } from './section-focus';
import { GuideSections } from './guide-sections';
import { flatSections, GUIDE_SECTIONS, REGULATORS_ID } from './sections';
import { Toc } from './toc';

/** Every id the URL hash may name. */
const KNOWN_IDS = [
  ...flatSections().map((s) => s.id),
  REGULATORS_ID,
  ...REGULATOR_REGIONS.map(regionSectionId),
];

const MAIN_ID = 'guide-main';

/** The id is only a database key: whatever it is, the lookup finds a row or nothing. */
function readFinding(db: SentinelDb, id: string | undefined): Promise<Finding | undefined> {
  if (!id) return Promise.resolve(undefined);
  return db.findings.get(id).then(coerceFinding);
}

function directoryWallet(walletId: string | undefined): DirectoryWallet | undefined {
  if (!walletId) return undefined;
  const wallet = getWallet(walletId);
  return { name: walletName(walletId, language()), regions: wallet?.regions ?? [] };
}

/** `zone`: the person's zone (settings, else the browser's), for the finding's time. */
export function GuideApp(props: { db: SentinelDb; query: GuideQuery; zone: string }) {
  const { db, query, zone } = props;
  const finding = useLiveQuery(() => readFinding(db, query.findingId), [query.findingId]);
  const found = finding.status === 'ready' ? finding.value : undefined;
  const walletId = query.walletId ?? found?.walletId;
  const wallet = directoryWallet(walletId);
  useSectionFocus(KNOWN_IDS, finding.status !== 'loading', found ? FINDING_BOX_ID : undefined);
  const casesHref = found ? `cases.html?finding=${encodeURIComponent(found.id)}` : 'cases.html';
  return (
    <>
      <a
        class="skip-link"
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
      >
        {t('guideSkip')}
      </a>
      <PageHeader title={t('guideTitle')}>
        <p class="intro">{t('guideIntro')}</p>
      </PageHeader>
      {/* The finding's box comes first, above the contents, also on narrow screens: the warning
          and what to do now; the guide below explains. */}
      <main id={MAIN_ID} tabIndex={-1}>
        {(query.findingId || query.walletId) && (
          <div class="context-wrap">
            {query.findingId && <FindingContextBox state={finding} zone={zone} />}
            {query.walletId && <WalletContextBox walletId={query.walletId} />}
          </div>
        )}
        <div class="layout">
          <Toc sections={GUIDE_SECTIONS} regions={orderRegions(wallet?.regions)} />
          <div class="content">
            <GuideSections sections={GUIDE_SECTIONS} casesHref={casesHref} />
            <RegulatorDirectory wallet={wallet} />
          </div>
        </div>
      </main>
      <PageFooter>{t('guideFooter')}</PageFooter>
    </>
  );
}
