import { useState } from 'preact/hooks';
import { APP_PASSWORD_LIMIT } from '../../shared/microsoft';
import { t } from '../../shared/i18n';
import type { AccountGroup } from '../inventory-model';
import { AssignAccount } from './AssignAccount';
import { Icon } from './Icon';
import { type RowActions, RecordRow } from './RecordRow';

/** Rows rendered at first and per "show more": keeps the popup fast with thousands of records. */
export const ROWS_PER_PAGE = 50;
/**
 * Rows drawn at first across all groups together: three accounts at Microsoft's limit. An audit of
 * hundreds of accounts then opens as fast as one account; later groups start at "show more".
 */
export const ROWS_FIRST_DRAWN = 120;
/** From here on the user is warned that Microsoft's limit of 40 is near. */
const LIMIT_WARNING_AT = 35;

interface Props {
  group: AccountGroup;
  index: number;
  /** Rows this group draws before its first "show more" (what is left of ROWS_FIRST_DRAWN). */
  initialRows: number;
  now: number;
  actions: RowActions;
  /** Known accounts, offered when assigning one to the "Account not known" group. */
  accounts: string[];
  assign: (account: string) => Promise<boolean>;
  /** Every known account is full and the header's primary action already says "Delete one first". */
  limitInHeader: boolean;
}

export function AccountGroupView({ group, index, initialRows, now, actions, accounts, assign, limitInHeader }: Props) {
  // Pages opened by "show more", on top of what the group draws at first: a group that grows (an
  // account assigned, an Undo, another popup's change, the rest of a large inventory after the first
  // screenful) shows its new rows without asking.
  const [pages, setPages] = useState(0);
  const shown = initialRows + pages * ROWS_PER_PAGE;
  const headingId = `account-${index}`;
  const near = group.account !== '' && group.total >= LIMIT_WARNING_AT;
  const reached = group.total >= APP_PASSWORD_LIMIT;
  const remaining = group.active.length - shown;
  const count = t('popupLimitCount', [String(group.total), String(APP_PASSWORD_LIMIT)]);
  return (
    <section class={`group${group.account ? '' : ' unknown'}`} aria-labelledby={headingId} data-testid="account-group">
      <div class="group-head">
        <Icon name="user" size={14} />
        <h2 id={headingId} class="account" title={group.account || undefined}>
          {group.account || t('popupUnknownAccount')}
        </h2>
        <div class={`limit${near ? ' warn' : ''}${reached ? ' full' : ''}`} data-testid="limit">
          {/* "12 of 40" leaves the account its width; the whole sentence is the tooltip and what screen readers hear. */}
          <span class="limit-count" aria-hidden="true" title={count}>
            {t('popupLimitShort', [String(group.total), String(APP_PASSWORD_LIMIT)])}
          </span>
          <span class="sr-only">{count}</span>
          {near && !(reached && limitInHeader) && <p class="limit-note">{t(reached ? 'popupLimitReached' : 'popupLimitNear')}</p>}
        </div>
      </div>
      {!group.account && <AssignAccount accounts={accounts} onAssign={assign} />}
      <ul class="records">
        {group.active.slice(0, shown).map((view) => (
          <RecordRow key={view.record.id} view={view} now={now} actions={actions} />
        ))}
      </ul>
      {remaining > 0 && (
        <button type="button" class="more" onClick={() => setPages((n) => n + 1)}>
          {t('popupShowMore', [String(Math.min(remaining, ROWS_PER_PAGE)), String(remaining)])}
        </button>
      )}
    </section>
  );
}
