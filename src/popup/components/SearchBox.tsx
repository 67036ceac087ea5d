import { useMemo } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { type Inventory, filterGroups } from '../inventory-model';
import { Icon } from './Icon';

/** The search field, with how many app passwords match: shown in the field, and announced. */
export function SearchBox({ value, onInput, inventory }: { value: string; onInput: (value: string) => void; inventory: Inventory }) {
  const shown = useMemo(() => filterGroups(inventory.groups, value).reduce((sum, group) => sum + group.active.length, 0), [inventory, value]);
  const total = String(inventory.activeCount);
  return (
    <div class="search">
      <label for="search" class="sr-only">
        {t('popupSearchLabel')}
      </label>
      <Icon name="search" />
      <input
        id="search"
        type="search"
        value={value}
        placeholder={t('popupSearchPlaceholder')}
        autoComplete="off"
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Escape empties the box first, as in most search fields, instead of closing the popup.
          if (event.key === 'Escape' && value) {
            event.preventDefault();
            onInput('');
          }
        }}
      />
      {value && (
        <span class="match-count" aria-hidden="true" data-testid="match-count">
          {t('popupMatchCount', [String(shown), total])}
        </span>
      )}
      <span class="sr-only" role="status" aria-live="polite">
        {value ? t('popupMatchAnnounce', [String(shown), total]) : ''}
      </span>
    </div>
  );
}
