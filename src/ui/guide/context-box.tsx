import type { ComponentChildren } from 'preact';
import type { Finding, FindingStatus, Severity } from '../../model/event-types';
import type { LiveState } from '../components/use-live-query';
import { findingDetail } from '../../wording/finding-detail';
import { findingTitle } from '../../wording/finding-title';
import { formatMoment } from '../../wording/format';
import { language, t, type MessageKey } from '../../wording/i18n';
import { walletName } from '../../wording/wallet-name';
import { isGuideAnchor } from './anchors';
import { ExternalLink } from '../components/external-link';
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

function FindingFacts({ finding, zone }: { finding: Finding; zone: string }) {
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
            <time dateTime={new Date(finding.at).toISOString()}>
              {formatMoment(finding.at, zone)}
            </time>
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

/** The five steps of the box: where each one is explained in full, its lead and its sentence. */
const NOW_STEPS = {
  status: { to: 'step-status', lead: 'guideNowStatusLead', text: 'guideNowStatus' },
  support: { to: 'step-support', lead: 'guideNowSupportLead', text: 'guideNowSupport' },
  appeal: { to: 'step-appeal', lead: 'guideNowAppealLead', text: 'guideNowAppeal' },
  track: { to: 'step-track', lead: 'guideNowTrackLead', text: 'guideNowTrack' },
  escalate: { to: 'step-escalate', lead: 'guideNowEscalateLead', text: 'guideNowEscalate' },
} as const satisfies Record<string, { to: string; lead: MessageKey; text: MessageKey }>;

/** A step of the box's list: its lead links to the full step below, then one sentence and its link. */
function Step(props: {
  to: string;
  lead: MessageKey;
  text: MessageKey;
  children?: ComponentChildren;
}) {
  return (
    <li>
      <SectionLink to={props.to}>
        <strong>{t(props.lead)}</strong>
      </SectionLink>{' '}
      {t(props.text)}
      {props.children && <div class="step-action">{props.children}</div>}
    </li>
  );
}

/**
 * The five steps of the brief, one line each, right under the warning, with this wallet's own
 * links where a step needs one (issue 15: the person landed on an explanation, the warning and
 * the wallet's links scrolled away). Each lead links to the full step further down.
 */
function NowSteps({ finding }: { finding: Finding }) {
  const help = walletHelp(finding.walletId);
  const name = walletName(finding.walletId, language());
  const wallet = help.kind === 'catalog' ? help.wallet : undefined;
  return (
    <>
      <h3 id="now-heading">{t('guideNowHeading')}</h3>
      <ol class="now-steps" aria-labelledby="now-heading">
        <Step {...NOW_STEPS.status}>
          {wallet && (
            <ExternalLink href={wallet.help} class="help-link">
              {t('guideWalletHelp', name)}
            </ExternalLink>
          )}
        </Step>
        <Step {...NOW_STEPS.support}>
          {wallet && wallet.contact !== wallet.help && (
            <ExternalLink href={wallet.contact} class="contact-link">
              {t('guideWalletContact', name)}
            </ExternalLink>
          )}
        </Step>
        <Step {...NOW_STEPS.appeal}>
          {wallet?.appeal && (
            <>
              <ExternalLink href={wallet.appeal} class="appeal-link">
                {t('guideWalletAppeal', name)}
              </ExternalLink>{' '}
            </>
          )}
          <a class="case-link" href={`cases.html?finding=${encodeURIComponent(finding.id)}`}>
            {t('guideOpenCase')}
          </a>
        </Step>
        <Step {...NOW_STEPS.track} />
        <Step {...NOW_STEPS.escalate}>
          <SectionLink to={REGULATORS_ID}>{t('guideRegulatorsFor', name)}</SectionLink>
        </Step>
      </ol>
      {/* A site the user added, or one we do not know: no links, say where help is found. */}
      {help.kind !== 'catalog' && <WalletLinks walletId={finding.walletId} />}
    </>
  );
}

/** The section that explains this kind of warning, and that the full guide follows. */
function Explanations({ finding }: { finding: Finding }) {
  const section = isGuideAnchor(finding.guide) ? headingOf(finding.guide) : undefined;
  return (
    <p class="explain">
      {section && (
        <>
          <SectionLink to={finding.guide}>{t('guideExplainLink', t(section))}</SectionLink>{' '}
        </>
      )}
      {t('guideExplainBelow')}
    </p>
  );
}

function stateName(state: LiveState<Finding | undefined>): string {
  if (state.status !== 'ready') return state.status;
  return state.value ? 'found' : 'missing';
}

/** The id of the box, where the guide lands when it was opened from a warning. */
export const FINDING_BOX_ID = 'finding';

/**
 * On top of the guide when it was opened from a finding (`?finding=`): the warning, then what to
 * do now with the wallet's own links; the guide's explanations follow below the box.
 */
export function FindingContextBox(props: {
  state: LiveState<Finding | undefined>;
  /** The person's zone: the finding's moment reads as in the popup and the log. */
  zone: string;
}) {
  const { state, zone } = props;
  const found = state.status === 'ready' ? state.value : undefined;
  return (
    <section
      id={FINDING_BOX_ID}
      class="context"
      tabIndex={-1}
      aria-labelledby="context-heading"
      data-state={stateName(state)}
    >
      <h2 id="context-heading">
        {found
          ? t(
              'guideContextFinding',
              walletName(found.walletId, language()),
              findingTitle(found.ruleId),
            )
          : t('guideContextTitle')}
      </h2>
      {state.status === 'loading' && <p>{t('guideContextLoading')}</p>}
      {state.status === 'error' && <p class="calm">{t('guideContextError', state.error)}</p>}
      {state.status === 'ready' && !state.value && <p class="calm">{t('guideContextMissing')}</p>}
      {state.status === 'ready' && state.value && (
        <>
          <FindingFacts finding={state.value} zone={zone} />
          <NowSteps finding={state.value} />
          <Explanations finding={state.value} />
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
