/**
 * The guide's section ids. The first fourteen are the contract of ../shared/DESIGN.md: findings
 * store one of them in `guide`, and other pages link to `guide.html#<anchor>`. Never rename one.
 */
export const GUIDE_ANCHORS = [
  'step-status',
  'step-support',
  'step-appeal',
  'step-track',
  'step-escalate',
  'cause-technical',
  'cause-security',
  'cause-compliance',
  'cause-limits',
  'why-frozen',
  'secure-account',
  'support-tips',
  'support-failed',
  'choose-wallet',
] as const;
export type GuideAnchor = (typeof GUIDE_ANCHORS)[number];

export function isGuideAnchor(value: string): value is GuideAnchor {
  return (GUIDE_ANCHORS as readonly string[]).includes(value);
}
