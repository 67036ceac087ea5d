import type { Status } from '../../shared/protocol';
import { t } from '../../shared/i18n';

/** Where the guide last ran: tells the user whether it is working on Microsoft's page. */
export function GuideLastSeen({ status }: { status: Status | null }) {
  if (!status) return null;
  return (
    <div class="last-seen">
      <p data-testid="status">
        {status.lastPage
          ? t('popupLastSeen', [status.lastPage.host, t(`stepName_${status.lastPage.step.replaceAll('-', '_')}`)])
          : t('popupNotSeen')}
      </p>
    </div>
  );
}
