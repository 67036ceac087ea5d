import { t } from '../../shared/i18n';

export type View = 'inventory' | 'settings';

/**
 * A segmented control of two toggle buttons: Tab reaches both and Enter/Space switches, with no
 * arrow-key rules to learn. The active one is filled, bold and pressed (aria-pressed), not only underlined.
 */
export function ViewSwitch({ view, onChange, count }: { view: View; onChange: (view: View) => void; count: number | null }) {
  return (
    <nav class="switch" aria-label={t('popupViewsLabel')}>
      {(['inventory', 'settings'] as const).map((name) => (
        <button type="button" key={name} class="segment" aria-pressed={view === name} onClick={() => onChange(name)}>
          {t(name === 'inventory' ? 'popupListTab' : 'popupSettingsTab')}
          {name === 'inventory' && count !== null && (
            <span class="count-badge" aria-hidden="true">
              {count}
            </span>
          )}
        </button>
      ))}
    </nav>
  );
}
