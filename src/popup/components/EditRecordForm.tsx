import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppPasswordRecord } from '../../shared/record';
import type { RecordChanges } from '../../shared/messages/inventory';
import { isolate, t } from '../../shared/i18n';
import { type FieldErrors, type RecordFields, checkRecordFields } from '../validation';
import { InlineForm } from './InlineForm';
import { TextField } from './TextField';

interface Props {
  record: AppPasswordRecord;
  onSave: (changes: RecordChanges) => Promise<boolean>;
  onClose: () => void;
}

/** A sheet over the list, so the user keeps their place in a long list; Escape closes it without saving. */
export function EditRecordForm({ record, onSave, onClose }: Props) {
  const [usedWhere, setUsedWhere] = useState(record.usedWhere);
  const [notes, setNotes] = useState(record.notes);
  const [errors, setErrors] = useState<FieldErrors<keyof RecordFields>>({});
  const first = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  useEffect(() => first.current?.focus(), []);

  const prefix = `edit-${record.id}`;
  const submit = async () => {
    const found = checkRecordFields({ usedWhere, notes }, Date.now());
    setErrors(found);
    if (Object.keys(found).length) {
      document.getElementById(`${prefix}-${found.usedWhere ? 'used' : 'notes'}`)?.focus();
      return;
    }
    if (await onSave({ id: record.id, usedWhere: usedWhere.trim(), notes: notes.trim() })) onClose();
  };

  return (
    <InlineForm label={t('popupEditFormLabel', isolate(record.name))} title={t('popupEditFormLabel', isolate(record.name))} submitLabel={t('popupSave')} onSubmit={() => void submit()} onClose={onClose}>
      <TextField
        id={`${prefix}-used`}
        label={t('popupUsedWhereLabel')}
        hint={t('popupUsedWhereHint')}
        value={usedWhere}
        error={errors.usedWhere && t(errors.usedWhere)}
        inputRef={first}
        onInput={setUsedWhere}
      />
      <TextField id={`${prefix}-notes`} label={t('popupNotesLabel')} value={notes} multiline error={errors.notes && t(errors.notes)} onInput={setNotes} />
    </InlineForm>
  );
}
