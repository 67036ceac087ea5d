import type { StorageProblem } from '../../shared/messages/status';
import { t } from '../../shared/i18n';
import { problemText } from '../error-text';

/**
 * A storage failure the user did not see happen (a capture on Microsoft's page that could not be
 * saved, the database deleted outside the extension): shown until dismissed, so it is not missed.
 */
export function StorageProblemNotice({ problem, onDismiss }: { problem: StorageProblem | null; onDismiss: () => void }) {
  if (!problem) return null;
  return (
    <div class="storage-problem" role="alert" data-testid="storage-problem">
      <p>{problemText(problem)}</p>
      <button type="button" onClick={onDismiss}>
        {t('popupDismiss')}
      </button>
    </div>
  );
}
