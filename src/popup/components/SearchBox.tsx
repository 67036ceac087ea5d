import { t } from '../../shared/i18n';

export function SearchBox({ value, onInput }: { value: string; onInput: (value: string) => void }) {
  return (
    <div class="search">
      <label for="search">{t('popupSearchLabel')}</label>
      <input
        id="search"
        type="search"
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Escape empties the box first, as in most search fields, instead of closing the popup.
          if (event.key === 'Escape' && value) {
            event.preventDefault();
            onInput('');
          }
        }}
      />
    </div>
  );
}
