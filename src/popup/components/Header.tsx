import { useEffect, useRef } from 'preact/hooks';
import { isolate, t } from '../../shared/i18n';
import { APP_PASSWORD_LIMIT } from '../../shared/microsoft';
import type { Inventory } from '../inventory-model';
import type { PopupData } from '../use-popup-data';
import { AddRecordForm } from './AddRecordForm';
import { Icon } from './Icon';
import { SearchBox } from './SearchBox';
import { type View, ViewSwitch } from './ViewSwitch';

/** Search appears once the list no longer fits at a glance. */
export const SEARCH_FROM = 9;

interface Props {
  view: View;
  onView: (view: View) => void;
  inventory: Inventory | null;
  data: PopupData;
  query: string;
  onQuery: (query: string) => void;
  /** The add-by-hand sheet is open (it can also be opened from the empty state). */
  adding: boolean;
  onAdding: (adding: boolean) => void;
}

/**
 * Sticky: the view switch, the summary and the list's actions stay in reach however long the list.
 * Its height is published as --head-h so the account headings stick right below it.
 */
export function Header({ view, onView, inventory, data, query, onQuery, adding, onAdding }: Props) {
  const head = useRef<HTMLElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = head.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => document.documentElement.style.setProperty('--head-h', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const closeAdd = () => {
    onAdding(false);
    queueMicrotask(() => addButton.current?.focus());
  };

  // At the limit in every known account, creating cannot work: the primary action becomes
  // deleting the app password that was reviewed longest ago (first in its group's order).
  // Only once every record is read: the first read of a large inventory holds its first account alone.
  const complete = inventory !== null && data.recordsComplete;
  const known = (complete && inventory.groups.filter((group) => group.account)) || [];
  const full = known.length > 0 && known.every((group) => group.total >= APP_PASSWORD_LIMIT) ? known[0] : null;
  const stalest = full?.active[0]?.record;

  const searchable = inventory !== null && inventory.activeCount >= SEARCH_FROM;
  const search = inventory && <SearchBox value={query} onInput={onQuery} inventory={inventory} />;
  // Counted over every record: while only the first accounts are read, a line of the same height.
  const summary = (
    <span data-testid="summary" aria-busy={!complete}>
      {complete ? t('popupSummary', [String(inventory.activeCount), String(inventory.staleCount)]) : '\u00a0'}
    </span>
  );
  const primary =
    stalest && full ? (
      <>
        <button
          type="button"
          class={`primary${searchable ? '' : ' grow'}`}
          aria-describedby="delete-first-hint"
          onClick={() => void data.startGuide({ kind: 'delete', name: stalest.name, account: full.account })}
        >
          {t('popupDeleteOneFirst')}
        </button>
        <span id="delete-first-hint" class="sr-only">
          {t('popupDeleteOneFirstHint', [String(APP_PASSWORD_LIMIT), isolate(stalest.name)])}
        </span>
      </>
    ) : (
      <button type="button" class={`primary${searchable ? '' : ' grow'}`} aria-label={searchable ? t('popupCreate') : undefined} title={t('popupCreate')} onClick={() => void data.startGuide({ kind: 'create' })}>
        <Icon name="plus" />
        {t(searchable ? 'popupCreateShort' : 'popupCreate')}
      </button>
    );

  return (
    <header class="top" ref={head}>
      <div class="bar">
        <img class="logo" src="/icons/icon-32.png" width={22} height={22} alt="" />
        <h1 class="sr-only">{t('extName')}</h1>
        <ViewSwitch view={view} onChange={onView} count={complete ? inventory.activeCount : null} />
      </div>
      {view === 'inventory' && (
        <>
          <p class="summary">{summary}</p>
          <div class="actions-row">
            {searchable && search}
            {primary}
            <button
              type="button"
              class="icon-button framed"
              ref={addButton}
              aria-label={t('popupAddByHand')}
              title={t('popupAddByHand')}
              aria-expanded={adding}
              onClick={() => onAdding(!adding)}
            >
              <Icon name="note-add" size={18} />
            </button>
          </div>
        </>
      )}
      {adding && (
        <AddRecordForm
          defaultAccount={inventory?.groups.length === 1 ? inventory.groups[0].account : ''}
          accounts={inventory?.accounts ?? []}
          onAdd={data.add}
          onClose={closeAdd}
        />
      )}
    </header>
  );
}
