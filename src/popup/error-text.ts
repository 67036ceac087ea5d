/**
 * What the popup says for a failed request. Errors the user can act on have their own text in the
 * user's language; the rest show the background's message, which names what went wrong.
 */
import type { Failure } from '../shared/result';
import type { StorageProblem } from '../shared/messages/status';
import { t } from '../shared/i18n';
import { formatDate } from './format';

export function errorText(error: Failure['error']): string {
  switch (error.code) {
    case 'locked-by-policy':
      return t('popupLockedError');
    case 'storage-full':
      return t('popupStorageFullError');
    case 'storage-blocked':
      return t('popupStorageBlockedError');
    case 'storage-newer':
      return t('popupStorageNewerError');
    case 'storage-failed':
      return t('popupStorageFailedError');
    default:
      return error.message;
  }
}

const PROBLEM_KEYS: Record<StorageProblem['kind'], string> = {
  full: 'popupProblemFull',
  blocked: 'popupProblemBlocked',
  newer: 'popupProblemNewer',
  failed: 'popupProblemFailed',
  lost: 'popupProblemLost',
};

export function problemText(problem: StorageProblem): string {
  return t(PROBLEM_KEYS[problem.kind] ?? 'popupProblemFailed', formatDate(problem.at));
}
