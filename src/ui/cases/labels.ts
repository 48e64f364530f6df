import type { CaseAuthor, CaseChannel, CaseStatus } from '../../model/case-types';
import { CaseInputError } from '../../storage/cases';
import { t, type MessageKey } from '../../wording/i18n';

export const statusLabel = (s: CaseStatus) => t(`status_${s.replaceAll('-', '_')}` as MessageKey);
export const channelLabel = (c: CaseChannel) => t(`channel_${c}`);
export const authorLabel = (w: CaseAuthor) => t(`who_${w}`);

/** A validation error in the user's language; anything else is shown as it is. */
export function errorText(error: unknown): string {
  if (error instanceof CaseInputError) return t(`caseError_${error.code}`);
  return t('caseErrorGeneric', error instanceof Error ? error.message : String(error));
}

export { userZone } from '../../model/time';
