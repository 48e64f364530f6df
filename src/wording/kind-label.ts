import type { EventKind } from '../model/event-types';
import { t, type MessageKey } from './i18n';

const KIND_KEYS: Record<EventKind, MessageKey> = {
  'login.attempt': 'kindLoginAttempt',
  'login.challenge': 'kindLoginChallenge',
  'login.failure': 'kindLoginFailure',
  'login.success': 'kindLoginSuccess',
  logout: 'kindLogout',
  notice: 'kindNotice',
  'site.error': 'kindSiteError',
  'visit.lookalike': 'kindVisitLookalike',
  'withdrawal.attempt': 'kindWithdrawalAttempt',
  'withdrawal.failure': 'kindWithdrawalFailure',
  'withdrawal.pending': 'kindWithdrawalPending',
  'withdrawal.success': 'kindWithdrawalSuccess',
};

export function kindLabel(kind: EventKind): string {
  return t(KIND_KEYS[kind]);
}
