import { useEffect, useRef, useState } from 'preact/hooks';
import type { NewRecordInput } from '../../shared/messages/inventory';
import { t } from '../../shared/i18n';
import { parseDateInput } from '../format';
import { type FieldErrors, type RecordFields, checkRecordFields } from '../validation';
import { InlineForm } from './InlineForm';
import { TextField } from './TextField';

interface Props {
  /** Prefilled when the user has only one account: the usual case. */
  defaultAccount: string;
  /** Known accounts, offered as suggestions. */
  accounts: string[];
  onAdd: (input: NewRecordInput) => Promise<boolean>;
  onClose: () => void;
}

/** For app passwords made before the extension was installed, or on another computer. */
export function AddRecordForm({ defaultAccount, accounts, onAdd, onClose }: Props) {
  const [fields, setFields] = useState<RecordFields>({ name: '', account: defaultAccount, usedWhere: '', notes: '', createdOn: '' });
  const [errors, setErrors] = useState<FieldErrors<keyof RecordFields>>({});
  const first = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  useEffect(() => first.current?.focus(), []);

  const set = (key: keyof RecordFields) => (value: string) => setFields((current) => ({ ...current, [key]: value }));
  const error = (key: keyof RecordFields) => errors[key] && t(errors[key]!);

  const submit = async () => {
    const found = checkRecordFields(fields, Date.now());
    setErrors(found);
    if (Object.keys(found).length) {
      // Send keyboard and screen-reader users to the first problem.
      document.getElementById(`add-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    const added = await onAdd({
      name: fields.name.trim(),
      account: fields.account.trim(),
      usedWhere: fields.usedWhere.trim(),
      notes: fields.notes.trim(),
      createdAt: fields.createdOn ? parseDateInput(fields.createdOn) : null,
    });
    if (added) onClose();
  };

  return (
    <InlineForm labelledBy="add-title" submitLabel={t('popupAddSubmit')} onSubmit={() => void submit()} onClose={onClose}>
      <h2 id="add-title" class="sheet-title">
        {t('popupAddTitle')}
      </h2>
      <TextField id="add-name" label={t('popupNameLabel')} hint={t('popupNameHint')} value={fields.name} error={error('name')} inputRef={first} onInput={set('name')} />
      <TextField id="add-account" type="email" label={t('popupAccountLabel')} value={fields.account} error={error('account')} list="known-accounts" onInput={set('account')} />
      <datalist id="known-accounts">
        {accounts.map((account) => (
          <option key={account} value={account} />
        ))}
      </datalist>
      <TextField id="add-usedWhere" label={t('popupUsedWhereLabel')} hint={t('popupUsedWhereHint')} value={fields.usedWhere} error={error('usedWhere')} onInput={set('usedWhere')} />
      <TextField id="add-createdOn" type="date" label={t('popupCreatedOnLabel')} value={fields.createdOn} error={error('createdOn')} onInput={set('createdOn')} />
      <TextField id="add-notes" label={t('popupNotesLabel')} value={fields.notes} multiline error={error('notes')} onInput={set('notes')} />
    </InlineForm>
  );
}
