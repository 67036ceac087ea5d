import type { ComponentChildren } from 'preact';
import { t } from '../../shared/i18n';

interface Props {
  /** The form's accessible name: a heading inside it (by id) or a text of its own. */
  labelledBy?: string;
  label?: string;
  /** Shown as the sheet's title when the form has no heading of its own. */
  title?: string;
  submitLabel: string;
  onSubmit: () => void;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * The popup's forms (add, edit) as a sheet over the list: the list under it does not move, and the
 * form has the whole popup to itself. Checked by our own validation rather than the browser's
 * bubbles, so messages come from _locales; Escape or Cancel closes without saving. Tab stays inside.
 */
export function InlineForm({ labelledBy, label, title, submitLabel, onSubmit, onClose, children }: Props) {
  return (
    <div class="sheet-backdrop" role="dialog" aria-modal="true" aria-labelledby={labelledBy} aria-label={label}>
      <form
        class="inline-form sheet"
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
            event.stopPropagation();
            onClose();
          }
          if (event.key === 'Tab') keepFocusInside(event);
        }}
      >
        {title && <h2 class="sheet-title">{title}</h2>}
        <div class="sheet-body">{children}</div>
        <div class="form-actions">
          <button type="button" onClick={onClose}>
            {t('popupCancel')}
          </button>
          <button type="submit" class="primary">
            {submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
}

function keepFocusInside(event: KeyboardEvent): void {
  const form = event.currentTarget as HTMLElement;
  const focusable = [...form.querySelectorAll<HTMLElement>('input, textarea, button, select')].filter((el) => !(el as HTMLInputElement).disabled);
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
}
