import type { Finding, FindingStatus, Severity } from '../../model/event-types';
import type { LiveState } from '../components/use-live-query';
import { findingDetail } from '../../wording/finding-detail';
import { findingTitle } from '../../wording/finding-title';
import { formatDateTime, language, t, type MessageKey } from '../../wording/i18n';
import { walletName } from '../../wording/wallet-name';
import { isGuideAnchor } from './anchors';
import { ExternalLink } from './external-link';
import { walletHelp } from './finding-record';
import { REGULATORS_ID, headingOf } from './sections';
import { SectionLink } from './section-link';

const SEVERITY_LABEL: Record<Severity, MessageKey> = {
  info: 'guideSeverityInfo',
  warning: 'guideSeverityWarning',
  critical: 'guideSeverityCritical',
};
const STATUS_LABEL: Record<FindingStatus, MessageKey> = {
  open: 'guideStatusOpen',
  acknowledged: 'guideStatusAcknowledged',
  resolved: 'guideStatusResolved',
};

/** findingDetail is another module's work in progress: a throw there must not blank the guide. */
function whatHappened(finding: Finding): string {
  try {
    return findingDetail(finding);
  } catch {
    return findingTitle(finding.ruleId);
  }
}

function WalletLinks({ walletId }: { walletId: string }) {
  const help = walletHelp(walletId);
  const name = walletName(walletId, language());
  if (help.kind === 'unknown') return <p>{t('guideWalletUnknown')}</p>;
  if (help.kind === 'custom') {
    return (
      <>
        <dl class="facts">
          <dt>{t('guideFieldSite')}</dt>
          <dd class="origin">{help.origin}</dd>
        </dl>
        <p>{t('guideWalletCustom')}</p>
      </>
    );
  }
  const { wallet } = help;
  return (
    <ul class="actions">
      <li>
        <ExternalLink href={wallet.help} class="help-link">
          {t('guideWalletHelp', name)}
        </ExternalLink>
      </li>
      {wallet.contact !== wallet.help && (
        <li>
          <ExternalLink href={wallet.contact} class="contact-link">
            {t('guideWalletContact', name)}
          </ExternalLink>
        </li>
      )}
    </ul>
  );
}

function FindingFacts({ finding }: { finding: Finding }) {
  const known = Number.isFinite(finding.at);
  return (
    <dl class="facts">
      <dt>{t('guideFieldWallet')}</dt>
      <dd class="wallet-name">{walletName(finding.walletId, language())}</dd>
      <dt>{t('guideFieldWhat')}</dt>
      <dd class="what">{whatHappened(finding)}</dd>
      {known && (
        <>
          <dt>{t('guideFieldWhen')}</dt>
          <dd>
            <time dateTime={new Date(finding.at).toISOString()}>{formatDateTime(finding.at)}</time>
          </dd>
        </>
      )}
      <dt>{t('guideFieldSeverity')}</dt>
      <dd>
        <span class={`chip severity-${finding.severity}`}>
          {t(SEVERITY_LABEL[finding.severity])}
        </span>
      </dd>
      <dt>{t('guideFieldStatus')}</dt>
      <dd>{t(STATUS_LABEL[finding.status])}</dd>
    </dl>
  );
}

function NextSteps({ finding }: { finding: Finding }) {
  const section = isGuideAnchor(finding.guide) ? headingOf(finding.guide) : undefined;
  const name = walletName(finding.walletId, language());
  return (
    <ul class="actions">
      <li>
        <a class="case-link" href={`cases.html?finding=${encodeURIComponent(finding.id)}`}>
          {t('guideOpenCase')}
        </a>
      </li>
      {section && (
        <li>
          <SectionLink to={finding.guide}>{t('guideReadSection', t(section))}</SectionLink>
        </li>
      )}
      <li>
        <SectionLink to={REGULATORS_ID}>{t('guideRegulatorsFor', name)}</SectionLink>
      </li>
    </ul>
  );
}

function stateName(state: LiveState<Finding | undefined>): string {
  if (state.status !== 'ready') return state.status;
  return state.value ? 'found' : 'missing';
}

/** On top of the guide when it was opened from a finding (`?finding=`). */
export function FindingContextBox({ state }: { state: LiveState<Finding | undefined> }) {
  return (
    <section class="context" aria-labelledby="context-heading" data-state={stateName(state)}>
      <h2 id="context-heading">{t('guideContextTitle')}</h2>
      {state.status === 'loading' && <p>{t('guideContextLoading')}</p>}
      {state.status === 'error' && <p class="calm">{t('guideContextError', state.error)}</p>}
      {state.status === 'ready' && !state.value && <p class="calm">{t('guideContextMissing')}</p>}
      {state.status === 'ready' && state.value && (
        <>
          <FindingFacts finding={state.value} />
          <WalletLinks walletId={state.value.walletId} />
          <NextSteps finding={state.value} />
        </>
      )}
    </section>
  );
}

/** On top of the guide when it was opened for a wallet (`?wallet=`). */
export function WalletContextBox({ walletId }: { walletId: string }) {
  return (
    <section class="context" aria-labelledby="context-heading">
      <h2 id="context-heading">{t('guideContextWalletTitle')}</h2>
      <dl class="facts">
        <dt>{t('guideFieldWallet')}</dt>
        <dd class="wallet-name">{walletName(walletId, language())}</dd>
      </dl>
      <WalletLinks walletId={walletId} />
    </section>
  );
}
