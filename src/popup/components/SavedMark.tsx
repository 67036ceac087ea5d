import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { Icon } from './Icon';

/** How long a setting's own "Saved" stays after its change was stored. */
const SAVED_MS = 2500;

/**
 * Each setting saves as soon as it changes and says so beside itself. The mark always takes its
 * place (hidden when idle), so showing it moves nothing. Screen readers hear the popup's status line.
 */
export function useSaved(): [boolean, (saved: boolean) => void] {
  const [at, setAt] = useState(0);
  useEffect(() => {
    if (!at) return;
    const timer = setTimeout(() => setAt(0), SAVED_MS);
    return () => clearTimeout(timer);
  }, [at]);
  return [at !== 0, (saved) => saved && setAt(Date.now())];
}

export function SavedMark({ shown }: { shown: boolean }) {
  return (
    <span class={`saved${shown ? ' shown' : ''}`} aria-hidden="true" data-testid="saved">
      <Icon name="check" size={14} />
      {t('popupSavedInline')}
    </span>
  );
}
