import type { ComponentChildren } from 'preact';
import { t } from '../../shared/i18n';

interface Props {
  /** The form's accessible name: a heading inside it (by id) or a text of its own. */
  labelledBy?: string;
  label?: string;
  submitLabel: string;
  onSubmit: () => void;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * The popup's inline forms (add, edit): checked by our own validation rather than the browser's
 * bubbles, so messages come from _locales; Escape or Cancel closes without saving.
 */
export function InlineForm({ labelledBy, label, submitLabel, onSubmit, onClose, children }: Props) {
  return (
    <form
      class="inline-form"
      noValidate
      aria-labelledby={labelledBy}
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {children}
      <div class="form-actions">
        <button type="submit" class="primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onClose}>
          {t('popupCancel')}
        </button>
      </div>
    </form>
  );
}
