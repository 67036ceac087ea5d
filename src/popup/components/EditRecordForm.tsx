import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppPasswordRecord } from '../../shared/record';
import type { RecordChanges } from '../../shared/messages/records';
import { t } from '../../shared/i18n';
import { type FieldErrors, type RecordFields, checkRecordFields } from '../validation';
import { TextField } from './TextField';

interface Props {
  record: AppPasswordRecord;
  onSave: (changes: RecordChanges) => Promise<boolean>;
  onClose: () => void;
}

/** Inline, so the user keeps their place in a long list; Escape closes it without saving. */
export function EditRecordForm({ record, onSave, onClose }: Props) {
  const [usedWhere, setUsedWhere] = useState(record.usedWhere);
  const [notes, setNotes] = useState(record.notes);
  const [errors, setErrors] = useState<FieldErrors<keyof RecordFields>>({});
  const first = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = checkRecordFields({ usedWhere, notes }, Date.now());
    setErrors(found);
    if (Object.keys(found).length) return;
    if (await onSave({ id: record.id, usedWhere: usedWhere.trim(), notes: notes.trim() })) onClose();
  };

  const prefix = `edit-${record.id}`;
  return (
    <form
      class="inline-form"
      noValidate
      aria-label={t('popupEditFormLabel', record.name)}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
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
      <div class="form-actions">
        <button type="submit" class="primary">
          {t('popupSave')}
        </button>
        <button type="button" onClick={onClose}>
          {t('popupCancel')}
        </button>
      </div>
    </form>
  );
}
