import { t } from '../../shared/i18n';

export type View = 'inventory' | 'settings';

/** Two plain toggle buttons: Tab reaches both and Enter/Space switches, with no arrow-key rules to learn. */
export function ViewSwitch({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  return (
    <nav class="switch" aria-label={t('popupViewsLabel')}>
      {(['inventory', 'settings'] as const).map((name) => (
        <button type="button" key={name} aria-pressed={view === name} onClick={() => onChange(name)}>
          {t(name === 'inventory' ? 'popupInventoryTab' : 'popupSettingsTab')}
        </button>
      ))}
    </nav>
  );
}
