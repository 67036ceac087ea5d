import { useMemo } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { APP_PASSWORD_LIMIT } from '../../shared/microsoft';
import { type Inventory, filterGroups } from '../inventory-model';
import { type PopupData, ROWS_FIRST_SCREEN } from '../use-popup-data';
import { AccountGroupView, ROWS_FIRST_DRAWN, ROWS_PER_PAGE } from './AccountGroupView';
import { DeletedHistory } from './DeletedHistory';
import { EmptyState } from './EmptyState';
import type { RowActions } from './RecordRow';

interface Props {
  data: PopupData;
  /** Remove record, with its Undo. */
  remove: RowActions['remove'];
  inventory: Inventory;
  query: string;
  now: number;
  /** Opens the add-by-hand sheet. */
  onAdd: () => void;
}

export function InventoryView({ data, remove, inventory, query, now, onAdd }: Props) {
  const groups = useMemo(() => filterGroups(inventory.groups, query), [inventory, query]);
  // Stable for the popup's life (the actions only use functional state updates), so memoised rows
  // do not re-render when another row or the search text changes.
  const actions = useMemo(() => ({ review: data.review, update: data.update, remove, startGuide: data.startGuide }), []);

  const known = inventory.groups.filter((group) => group.account);
  const allFull = data.recordsComplete && known.length > 0 && known.every((group) => group.total >= APP_PASSWORD_LIMIT);
  let budget = data.firstScreen ? ROWS_FIRST_SCREEN : ROWS_FIRST_DRAWN;
  const initialRows = groups.map((group) => {
    const rows = Math.min(ROWS_PER_PAGE, group.active.length, budget);
    budget -= rows;
    return rows;
  });

  return (
    <section class="inventory" aria-label={t('popupInventoryTab')}>
      {inventory.activeCount === 0 && <EmptyState onAdd={onAdd} />}
      {query && groups.length === 0 && <p class="no-matches">{t('popupNoMatches')}</p>}
      {groups.map((group, index) => (
        // Keyed by account and query: a new search starts each group at its first page again.
        <AccountGroupView
          key={`${group.account}\n${query}`}
          group={group}
          index={index}
          initialRows={initialRows[index]}
          now={now}
          actions={actions}
          accounts={inventory.accounts}
          limitInHeader={allFull}
          assign={(account) => data.assignAccount(inventory.groups.find((g) => g.account === '')?.active.map((v) => v.record) ?? [], account)}
        />
      ))}
      <DeletedHistory records={inventory.deleted} />
    </section>
  );
}
