import type { MessageKey } from '../../wording/i18n';

/**
 * The guide's text, as data: each section is a heading and blocks of message keys, so the page
 * renders every word as text through `t()` and tests can walk the structure. Written from the
 * product brief (../shared/seed), in the brief's order of need: act now, the five steps, the four
 * causes, then the questions around them. The regulator directory follows (regulator-directory.tsx).
 */

/** A list item: plain text, or a bold lead followed by its text. */
export type Item = MessageKey | readonly [lead: MessageKey, text: MessageKey];

export type Block =
  | { p: MessageKey }
  | { ul: readonly Item[] }
  | { ol: readonly Item[] }
  /** A caution paragraph, set apart. */
  | { note: MessageKey }
  /** "See also:" links to other sections, labelled by their headings. */
  | { see: readonly string[] }
  /** A paragraph that links to the recovery cases page. */
  | { cases: MessageKey };

export interface GuideSection {
  id: string;
  heading: MessageKey;
  blocks: readonly Block[];
  children?: readonly GuideSection[];
}

export const REGULATORS_ID = 'regulators';

export const GUIDE_SECTIONS: readonly GuideSection[] = [
  {
    id: 'first-steps',
    heading: 'guideFirstHeading',
    blocks: [
      { p: 'guideFirstIntro' },
      {
        ul: [
          ['guideFirstCheckLead', 'guideFirstCheck'],
          ['guideFirstNewsLead', 'guideFirstNews'],
          ['guideFirstEvidenceLead', 'guideFirstEvidence'],
          ['guideFirstSupportLead', 'guideFirstSupport'],
        ],
      },
      // The red flags the brief's advice implies (never pay to unlock, official channels only),
      // said as the shapes scams take after a freeze (issue 16's review of the guide).
      { note: 'guideRedFlagsIntro' },
      {
        ul: [
          ['guideRedFlagFeeLead', 'guideRedFlagFee'],
          ['guideRedFlagAgentsLead', 'guideRedFlagAgents'],
          ['guideRedFlagScreenLead', 'guideRedFlagScreen'],
          ['guideRedFlagAppLead', 'guideRedFlagApp'],
        ],
      },
    ],
  },
  {
    id: 'steps',
    heading: 'guideStepsHeading',
    blocks: [{ p: 'guideStepsIntro' }],
    children: [
      {
        id: 'step-status',
        heading: 'guideStepStatusHeading',
        blocks: [
          { p: 'guideStepStatusBody' },
          { ul: ['guideStepStatusTime', 'guideStepStatusBalance', 'guideStepStatusShots'] },
        ],
      },
      {
        id: 'step-support',
        heading: 'guideStepSupportHeading',
        blocks: [
          { p: 'guideStepSupportBody' },
          {
            ul: [
              'guideStepSupportId',
              'guideStepSupportDescribe',
              'guideStepSupportAttach',
              'guideStepSupportTicket',
            ],
          },
          { see: ['support-tips'] },
        ],
      },
      {
        id: 'step-appeal',
        heading: 'guideStepAppealHeading',
        blocks: [
          { p: 'guideStepAppealBody' },
          { ul: ['guideStepAppealAsk', 'guideStepAppealEvidence', 'guideStepAppealCopy'] },
        ],
      },
      {
        id: 'step-track',
        heading: 'guideStepTrackHeading',
        blocks: [{ p: 'guideStepTrackBody' }, { cases: 'guideStepTrackCase' }],
      },
      {
        id: 'step-escalate',
        heading: 'guideStepEscalateHeading',
        blocks: [
          { p: 'guideStepEscalateBody' },
          {
            ul: ['guideStepEscalateMove', 'guideStepEscalateComplain', 'guideStepEscalatePolice'],
          },
          { see: ['support-failed', REGULATORS_ID, 'choose-wallet'] },
        ],
      },
    ],
  },
  {
    id: 'causes',
    heading: 'guideCausesHeading',
    blocks: [{ p: 'guideCausesIntro' }],
    children: [
      {
        id: 'cause-technical',
        heading: 'guideCauseTechnicalHeading',
        blocks: [
          { p: 'guideCauseTechnicalBody' },
          {
            ul: [
              'guideCauseTechnicalStatus',
              'guideCauseTechnicalRepeat',
              'guideCauseTechnicalTxid',
            ],
          },
        ],
      },
      {
        id: 'cause-security',
        heading: 'guideCauseSecurityHeading',
        blocks: [
          { p: 'guideCauseSecurityBody' },
          {
            ul: ['guideCauseSecurityNotMe', 'guideCauseSecurityVerify', 'guideCauseSecurityWasMe'],
          },
          { see: ['secure-account', 'why-frozen'] },
        ],
      },
      {
        id: 'cause-compliance',
        heading: 'guideCauseComplianceHeading',
        blocks: [
          { p: 'guideCauseComplianceBody' },
          {
            ul: ['guideCauseComplianceKyc', 'guideCauseComplianceAsk', 'guideCauseComplianceLeave'],
          },
          { see: ['why-frozen'] },
        ],
      },
      {
        id: 'cause-limits',
        heading: 'guideCauseLimitsHeading',
        blocks: [
          { p: 'guideCauseLimitsBody' },
          { ul: ['guideCauseLimitsFind', 'guideCauseLimitsWait', 'guideCauseLimitsRaise'] },
        ],
      },
    ],
  },
  {
    id: 'why-frozen',
    heading: 'guideFrozenHeading',
    blocks: [
      { p: 'guideFrozenIntro' },
      {
        ul: [
          ['guideFrozenSuspiciousLead', 'guideFrozenSuspicious'],
          ['guideFrozenKycLead', 'guideFrozenKyc'],
          ['guideFrozenTermsLead', 'guideFrozenTerms'],
          ['guideFrozenLegalLead', 'guideFrozenLegal'],
        ],
      },
      // Where a frozen-account warning's guide link lands: what to do comes with the causes,
      // with a branch for freezes ordered by police or a court.
      { p: 'guideFrozenDoIntro' },
      {
        ol: [
          'guideFrozenDoRead',
          'guideFrozenDoAsk',
          'guideFrozenDoSend',
          ['guideFrozenDoLegalLead', 'guideFrozenDoLegal'],
          'guideFrozenDoAppeal',
        ],
      },
      { see: ['steps', 'cause-security', 'cause-compliance'] },
      { p: 'guideFrozenAvoid' },
    ],
  },
  {
    id: 'secure-account',
    heading: 'guideSecureHeading',
    blocks: [
      {
        ul: [
          ['guideSecurePasswordLead', 'guideSecurePassword'],
          ['guideSecure2faLead', 'guideSecure2fa'],
          ['guideSecureReviewLead', 'guideSecureReview'],
          ['guideSecureShareLead', 'guideSecureShare'],
        ],
      },
    ],
  },
  {
    id: 'support-tips',
    heading: 'guideTipsHeading',
    blocks: [
      {
        ul: [
          ['guideTipsPrepareLead', 'guideTipsPrepare'],
          ['guideTipsPreciseLead', 'guideTipsPrecise'],
          ['guideTipsRecordsLead', 'guideTipsRecords'],
        ],
      },
      { p: 'guideTipsOneTicket' },
    ],
  },
  {
    id: 'support-failed',
    heading: 'guideFailedHeading',
    blocks: [
      {
        ol: [
          ['guideFailedProgressLead', 'guideFailedProgress'],
          ['guideFailedSocialLead', 'guideFailedSocial'],
          ['guideFailedFormalLead', 'guideFailedFormal'],
          ['guideFailedOutsideLead', 'guideFailedOutside'],
        ],
      },
      { see: [REGULATORS_ID] },
      { note: 'guideFailedScam' },
    ],
  },
  {
    id: 'choose-wallet',
    heading: 'guideChooseHeading',
    blocks: [
      { p: 'guideChooseIntro' },
      {
        ul: [
          ['guideChooseSecurityLead', 'guideChooseSecurity'],
          ['guideChooseLicenceLead', 'guideChooseLicence'],
          ['guideChooseEaseLead', 'guideChooseEase'],
          ['guideChooseFeaturesLead', 'guideChooseFeatures'],
          ['guideChooseServiceLead', 'guideChooseService'],
        ],
      },
    ],
  },
];

/** Every section, parents before their children, in page order. */
export function flatSections(sections = GUIDE_SECTIONS): GuideSection[] {
  return sections.flatMap((s) => [s, ...flatSections(s.children ?? [])]);
}

/** Heading key of each section id, for "see also" links (the directory included). */
export function headingOf(id: string): MessageKey | undefined {
  if (id === REGULATORS_ID) return 'guideRegulatorsHeading';
  return flatSections().find((s) => s.id === id)?.heading;
}
