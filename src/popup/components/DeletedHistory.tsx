import { useState } from 'preact/hooks';
import type { AppPasswordRecord } from '../../shared/record';
import { t } from '../../shared/i18n';
import { formatDate } from '../format';
import { ROWS_PER_PAGE } from './AccountGroupView';

/** Deleted app passwords, collapsed: history, not work. Rows are only rendered once opened. */
export function DeletedHistory({ records }: { records: AppPasswordRecord[] }) {
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState(ROWS_PER_PAGE);
  if (!records.length) return null;
  return (
    <details class="history" onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="history">
      <summary>{t('popupHistoryTitle', String(records.length))}</summary>
      {open && (
        <>
          <ul>
            {records.slice(0, shown).map((record) => (
              <li key={record.id}>
                <bdi class="name">{record.name}</bdi>
                {record.account && <span class="muted"> · <bdi>{record.account}</bdi></span>}
                <span class="muted"> · {t('popupDeletedOn', formatDate(record.deletedAt!))}</span>
              </li>
            ))}
          </ul>
          {records.length > shown && (
            <button type="button" class="more" onClick={() => setShown((n) => n + ROWS_PER_PAGE)}>
              {t('popupShowMore', [String(Math.min(records.length - shown, ROWS_PER_PAGE)), String(records.length - shown)])}
            </button>
          )}
        </>
      )}
    </details>
  );
}
