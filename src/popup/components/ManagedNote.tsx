import { t } from '../../shared/i18n';

/** Shown next to a setting IT has fixed; the control points at it with aria-describedby. */
export function ManagedNote({ id }: { id: string }) {
  return (
    <small id={id} class="managed" data-testid="managed">
      {t('popupSetByOrganisation')}
    </small>
  );
}
