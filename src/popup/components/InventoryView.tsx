import { useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { t } from '../../shared/i18n';
import { buildInventory, filterGroups } from '../inventory-model';
import { type PopupData, ROWS_FIRST_SCREEN } from '../use-popup-data';
import { AccountGroupView, ROWS_FIRST_DRAWN, ROWS_PER_PAGE } from './AccountGroupView';
import { AddRecordForm } from './AddRecordForm';
import { DeletedHistory } from './DeletedHistory';
import { EmptyState } from './EmptyState';
import { SearchBox } from './SearchBox';

/** Search appears once the list no longer fits at a glance. */
export const SEARCH_FROM = 9;

export function InventoryView({ data }: { data: PopupData }) {
  const { records, effective } = data;
  const interval = effective?.settings.reviewIntervalDays ?? DEFAULT_SETTINGS.reviewIntervalDays;
  // One "now" for the popup's short life, so every row and every count agree, and rows whose record
  // did not change need not re-render.
  const now = useMemo(() => Date.now(), [interval]);
  const inventory = useMemo(() => (records ? buildInventory(records, interval, now) : null), [records, interval, now]);
  const [query, setQuery] = useState('');
  const groups = useMemo(() => (inventory ? filterGroups(inventory.groups, query) : []), [inventory, query]);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  // Stable for the popup's life (the actions only use functional state updates), so memoised rows
  // do not re-render when another row or the search text changes.
  const actions = useMemo(() => ({ review: data.review, update: data.update, remove: data.remove, startGuide: data.startGuide }), []);

  if (!inventory) return <p class="muted">{t('popupLoading')}</p>;
  let budget = data.firstScreen ? ROWS_FIRST_SCREEN : ROWS_FIRST_DRAWN;
  const initialRows = groups.map((group) => {
    const rows = Math.min(ROWS_PER_PAGE, group.active.length, budget);
    budget -= rows;
    return rows;
  });
  const closeAdd = () => {
    setAdding(false);
    queueMicrotask(() => addButton.current?.focus());
  };

  return (
    <section class="inventory" aria-label={t('popupInventoryTab')}>
      {/* Counted over every record: while only the first accounts are read, a line of the same height. */}
      <p class="summary" data-testid="summary" aria-busy={!data.recordsComplete}>
        {data.recordsComplete ? t('popupSummary', [String(inventory.activeCount), String(inventory.staleCount)]) : '\u00a0'}
      </p>
      <div class="toolbar">
        <button type="button" class="primary" onClick={() => void data.startGuide({ kind: 'create' })}>
          {t('popupCreate')}
        </button>
        <button type="button" ref={addButton} aria-expanded={adding} onClick={() => setAdding(!adding)}>
          {t('popupAddByHand')}
        </button>
      </div>
      {adding && <AddRecordForm defaultAccount={inventory.groups.length === 1 ? inventory.groups[0].account : ''} onAdd={data.add} onClose={closeAdd} />}
      {inventory.activeCount === 0 && <EmptyState />}
      {inventory.activeCount >= SEARCH_FROM && <SearchBox value={query} onInput={setQuery} />}
      {query && groups.length === 0 && <p class="muted">{t('popupNoMatches')}</p>}
      {groups.map((group, index) => (
        // Keyed by account and query: a new search starts each group at its first page again.
        <AccountGroupView key={`${group.account}\n${query}`} group={group} index={index} initialRows={initialRows[index]} now={now} actions={actions} />
      ))}
      <DeletedHistory records={inventory.deleted} />
    </section>
  );
}
