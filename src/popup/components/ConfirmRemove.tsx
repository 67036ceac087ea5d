import { useEffect, useRef } from 'preact/hooks';
import type { AppPasswordRecord } from '../../shared/record';
import { isolate, t } from '../../shared/i18n';

interface Props {
  record: AppPasswordRecord;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before forgetting a record, and says plainly that the app password itself keeps working:
 * users easily mistake "remove from this list" for "delete at Microsoft". Focus starts on Cancel.
 */
export function ConfirmRemove({ record, onConfirm, onCancel }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const id = `confirm-${record.id}`;
  return (
    <div
      class="confirm"
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <p id={`${id}-title`} class="strong">
        {t('popupRemoveQuestion', isolate(record.name))}
      </p>
      <p id={`${id}-text`}>{t('popupRemoveExplain')}</p>
      <div class="form-actions">
        <button type="button" class="danger" onClick={onConfirm}>
          {t('popupRemoveConfirm')}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {t('popupCancel')}
        </button>
      </div>
    </div>
  );
}
