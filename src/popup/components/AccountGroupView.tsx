import { useState } from 'preact/hooks';
import { LIMIT_PER_ACCOUNT } from '../../shared/record';
import { t } from '../../shared/i18n';
import type { AccountGroup } from '../inventory-model';
import type { PopupData } from '../use-popup-data';
import { RecordRow } from './RecordRow';

/** Rows rendered at first and per "show more": keeps the popup fast with thousands of records. */
export const ROWS_PER_PAGE = 50;
/**
 * Rows drawn at first across all groups together: three accounts at Microsoft's limit. An audit of
 * hundreds of accounts then opens as fast as one account; later groups start at "show more".
 */
export const ROWS_FIRST_DRAWN = 120;
/** From here on the user is warned that Microsoft's limit of 40 is near. */
export const LIMIT_WARNING_AT = 35;

interface Props {
  group: AccountGroup;
  index: number;
  /** Rows this group draws before its first "show more" (what is left of ROWS_FIRST_DRAWN). */
  initialRows: number;
  now: number;
  actions: Pick<PopupData, 'review' | 'update' | 'remove' | 'startGuide'>;
}

export function AccountGroupView({ group, index, initialRows, now, actions }: Props) {
  const [expanded, setShown] = useState(initialRows);
  // Records that arrive later (another popup's change, the rest of a large inventory) are drawn up to
  // what this group would have drawn at first, not hidden behind "show more".
  const shown = Math.max(expanded, initialRows);
  const headingId = `account-${index}`;
  const near = group.total >= LIMIT_WARNING_AT;
  const remaining = group.active.length - shown;
  return (
    <section class="group" aria-labelledby={headingId} data-testid="account-group">
      <h2 id={headingId} class="account">
        {group.account || t('popupUnknownAccount')}
      </h2>
      <p class={`limit${near ? ' warn' : ''}`} data-testid="limit">
        {t('popupLimitCount', [String(group.total), String(LIMIT_PER_ACCOUNT)])}
        {near && ` — ${t(group.total >= LIMIT_PER_ACCOUNT ? 'popupLimitReached' : 'popupLimitNear')}`}
      </p>
      <ul class="records">
        {group.active.slice(0, shown).map((view) => (
          <RecordRow key={view.record.id} view={view} now={now} actions={actions} />
        ))}
      </ul>
      {remaining > 0 && (
        <button type="button" class="more" onClick={() => setShown(shown + ROWS_PER_PAGE)}>
          {t('popupShowMore', [String(Math.min(remaining, ROWS_PER_PAGE)), String(remaining)])}
        </button>
      )}
    </section>
  );
}
