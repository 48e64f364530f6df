import type { ImportError, ImportResult } from '../../export/import';
import type { FieldProblem } from '../../export/import-validate';
import type { LimitFailure } from '../../export/parse';
import type { VerifyFailure, VerifyResult } from '../../export/verify';
import { plural, t } from '../../wording/i18n';

/** What a verification or an import found, in the user's language (also the Node script's). */
export function describeVerify(result: VerifyResult): string {
  if (result.ok) return plural('exportVerifyIntact', result.count, result.head);
  return describeFailure(result);
}

const MB = 1024 * 1024;

/** A cap the file broke: said plainly, with the cap, never a crash (issue 19). */
function describeLimit({ limit, max, line }: LimitFailure): string {
  switch (limit) {
    case 'file-size':
      return t('exportVerifyLimitFileSize', Math.round(max / MB));
    case 'records':
      return t('exportVerifyLimitRecords', max);
    case 'line-length':
      return t('exportVerifyLimitLine', line ?? 1, max);
    case 'zip-entries':
      return t('exportVerifyLimitZipEntries', max);
    case 'zip-entry-size':
      return t('exportVerifyLimitZipEntry', Math.round(max / MB));
  }
}

function describeFailure(failure: VerifyFailure): string {
  if (failure.reason === 'limit') return describeLimit(failure);
  const { reason, index, id, line } = failure;
  const record = id === null ? '?' : String(id);
  if (index === -1) {
    return reason === 'changed' ? t('exportVerifyHeaderChanged') : t('exportVerifyNotExport');
  }
  switch (reason) {
    case 'changed':
      return t('exportVerifyChanged', record, line);
    case 'removed':
      return id === null
        ? t('exportVerifyRemovedEnd', line - 1)
        : t('exportVerifyRemoved', record, line);
    case 'reordered':
      return t('exportVerifyReordered', record, line);
    case 'malformed':
      return t('exportVerifyMalformed', line);
  }
}

const PROBLEM_KEYS = {
  missing: 'dataFieldProblemMissing',
  invalid: 'dataFieldProblemInvalid',
  'too-large': 'dataFieldProblemTooLarge',
  'unknown-field': 'dataFieldProblemUnknown',
  'out-of-range': 'dataFieldProblemOutOfRange',
  'wrong-wallet': 'dataFieldProblemWrongWallet',
} as const satisfies Record<FieldProblem, string>;

function describeImportError(error: ImportError): string {
  switch (error.code) {
    case 'too-large':
      return t('dataImportTooLarge', error.limitMb);
    case 'not-verified':
      return t('dataImportNotVerified', describeFailure(error.failure));
    case 'bad-record':
      return t(
        'dataImportBadRecord',
        error.id,
        error.index + 2,
        error.field,
        t(PROBLEM_KEYS[error.problem]),
      );
    case 'conflict':
      return t('dataImportConflict', error.id);
    case 'predates':
      return t('dataImportPredates', error.id);
    case 'storage':
      return t('dataImportStorage', error.detail);
    case 'cancelled':
      return t('dataImportCancelled');
    case 'unreadable':
      return t('dataImportNotVerified', t('exportVerifyUnreadable', error.detail));
  }
}

export function describeImport(result: ImportResult): string {
  if (!result.ok) return describeImportError(result.error);
  return t('dataImportDone', result.added, result.skipped);
}
