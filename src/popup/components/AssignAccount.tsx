import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { checkRecordFields } from '../validation';

/**
 * One step to give records found without their account the right one: the field is filled with
 * the only known account when there is one (then a single press), and suggests the known ones.
 */
export function AssignAccount({ accounts, onAssign }: { accounts: string[]; onAssign: (account: string) => Promise<boolean> }) {
  const [account, setAccount] = useState(accounts.length === 1 ? accounts[0] : '');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const value = account.trim();
    const problem = value ? checkRecordFields({ account: value }, Date.now()).account : 'popupErrorAccount';
    setError(problem ? t(problem) : null);
    if (!problem) await onAssign(value);
  };
  return (
    <form class="assign" noValidate onSubmit={(event) => void submit(event)} data-testid="assign-account">
      <p id="assign-hint" class="assign-hint">
        {t('popupUnknownAccountHint')}
      </p>
      <div class="assign-row">
        <label for="assign-account" class="sr-only">
          {t('popupAssignLabel')}
        </label>
        <input
          id="assign-account"
          type="email"
          list="assign-accounts"
          placeholder="name@example.com"
          value={account}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'assign-hint assign-error' : 'assign-hint'}
          onInput={(event) => setAccount(event.currentTarget.value)}
        />
        <datalist id="assign-accounts">
          {accounts.map((known) => (
            <option key={known} value={known} />
          ))}
        </datalist>
        <button type="submit" class="primary">
          {t('popupAssign')}
        </button>
      </div>
      {error && (
        <small id="assign-error" class="field-error">
          {error}
        </small>
      )}
    </form>
  );
}
