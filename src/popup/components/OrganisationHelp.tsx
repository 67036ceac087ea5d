import type { Policy } from '../../shared/settings';
import { isolate, t } from '../../shared/i18n';

/** Who manages this extension and how to reach them; only what IT put in the policy. */
export function OrganisationHelp({ policy }: { policy: Policy }) {
  if (!policy.organisationName && !policy.helpDeskUrl && !policy.helpDeskText) return null;
  return (
    <aside class="org" aria-label={t('popupOrgLabel')} data-testid="organisation">
      {policy.organisationName && <p>{t('popupManagedBy', isolate(policy.organisationName))}</p>}
      {policy.helpDeskText && <p>{policy.helpDeskText}</p>}
      {policy.helpDeskUrl && (
        <p>
          <a href={policy.helpDeskUrl} target="_blank" rel="noopener noreferrer">
            {t('popupHelpDeskLink')}
          </a>
        </p>
      )}
    </aside>
  );
}
