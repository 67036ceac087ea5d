import { t } from '../../shared/i18n';

/** The first thing a new user sees: what app passwords are, when to make one, and what is better. */
export function EmptyState({ onAdd }: { onAdd: () => void }) {
  return (
    <section class="empty" aria-labelledby="empty-title" data-testid="empty-state">
      <h2 id="empty-title">{t('popupEmptyTitle')}</h2>
      <p>{t('popupEmptyWhat')}</p>
      <p>{t('popupEmptyWhen')}</p>
      <p>{t('popupEmptyBetter')}</p>
      <p>{t('popupEmptyHow')}</p>
      <button type="button" class="empty-add" onClick={onAdd}>
        {t('popupAddByHand')}
      </button>
    </section>
  );
}
