import type { Finding } from '../../model/event-types';
import { type MessageKey } from '../../wording/i18n';

/**
 * What a finding asks of the person, rule by rule (issue 15): one main action that fits it, and
 * "This was me" only where the person's own action can explain it (a new destination, an unusual
 * hour or amount, a burst of their own sign-ins or withdrawals). A frozen account or a KYC notice
 * is not something they did: there the way to put it aside is "Already handled".
 */
type Main = 'recover' | 'withdrawals' | 'address' | 'secure' | 'open-case' | 'review' | 'guide';

interface Plan {
  main: Main;
  /** The person's own action may explain it: offer "This was me". */
  mine?: boolean;
  /** No recovery case fits it (nothing is blocked, or it is about a case already). */
  noCase?: boolean;
}

const PLANS: Record<string, Plan> = {
  'account-frozen': { main: 'recover' },
  'address-poisoning': { main: 'address' },
  'case-overdue': { main: 'open-case', noCase: true },
  'compliance-restriction': { main: 'recover' },
  'failed-login-burst': { main: 'secure', mine: true },
  'kyc-required': { main: 'recover' },
  'login-unusual-hour': { main: 'secure', mine: true },
  'lookalike-domain': { main: 'guide', noCase: true },
  maintenance: { main: 'guide', noCase: true },
  'no-second-factor': { main: 'secure', noCase: true },
  'review-overdue': { main: 'review', noCase: true },
  'site-outage': { main: 'guide', noCase: true },
  'withdrawal-amount-outlier': { main: 'withdrawals', mine: true },
  'withdrawal-failures-repeated': { main: 'guide' },
  'withdrawal-limit-daily': { main: 'withdrawals', mine: true },
  'withdrawal-limit-monthly': { main: 'withdrawals', mine: true },
  'withdrawal-limit-near': { main: 'withdrawals', mine: true },
  'withdrawal-new-destination': { main: 'address', mine: true },
  'withdrawal-velocity': { main: 'withdrawals', mine: true },
};

export interface FindingPlan {
  main: Main;
  mine: boolean;
  /** Money may be blocked or gone: offer a recovery case (warnings and critical ones only). */
  recovery: boolean;
}

export function planOf(finding: Finding): FindingPlan {
  const plan = PLANS[finding.ruleId] ?? { main: 'guide' };
  // The site's own limit notice ("over the daily limit"): the person set no limit there.
  const siteLimit = finding.params?.source === 'site';
  return {
    main: plan.main,
    mine: Boolean(plan.mine) && !siteLimit,
    recovery: !plan.noCase && finding.severity !== 'info',
  };
}

/** The guide's box for this finding: the five steps under it (guide.html reads `finding`). */
export const guideHref = (f: Finding) =>
  `guide.html?finding=${encodeURIComponent(f.id)}#${encodeURIComponent(f.guide)}`;
export const newCaseHref = (f: Finding) => `cases.html?finding=${encodeURIComponent(f.id)}`;
export const caseHref = (id: number) => `cases.html?case=${id}`;

const WITHDRAWAL_KINDS = [
  'withdrawal.attempt',
  'withdrawal.pending',
  'withdrawal.success',
  'withdrawal.failure',
];

function logHref(f: Finding, text?: string): string {
  const params = new URLSearchParams();
  if (f.walletId !== 'all') params.append('wallet', f.walletId);
  for (const kind of WITHDRAWAL_KINDS) params.append('kind', kind);
  if (text) params.set('q', text);
  return `log.html?${params}`;
}

export interface MainAction {
  label: MessageKey;
  href: string;
  /** The guide is this action's target: no separate "What to do" link beside it. */
  isGuide: boolean;
}

/** The finding's main action: what its button says and where it goes. */
export function mainAction(finding: Finding): MainAction {
  const { main } = planOf(finding);
  const p = finding.params ?? {};
  switch (main) {
    case 'recover':
      // Recovery starts with a case: its checklist for this cause, the messages, the countdown
      // (issue 16); the guide's steps stay one link away on the card and in the case.
      return { label: 'actionStartRecovery', href: newCaseHref(finding), isGuide: false };
    case 'withdrawals':
      return { label: 'actionReviewWithdrawals', href: logHref(finding), isGuide: false };
    case 'address':
      return {
        label: 'actionCheckAddress',
        href: logHref(finding, typeof p.destination === 'string' ? p.destination : undefined),
        isGuide: false,
      };
    case 'secure':
      return { label: 'actionSecureAccount', href: guideHref(finding), isGuide: true };
    case 'open-case':
      return {
        label: 'actionOpenCase',
        href: typeof p.caseId === 'number' ? caseHref(p.caseId) : 'cases.html',
        isGuide: false,
      };
    case 'review':
      return { label: 'actionReviewActivity', href: 'log.html', isGuide: false };
    case 'guide':
      return { label: 'popupWhatToDo', href: guideHref(finding), isGuide: true };
  }
}
