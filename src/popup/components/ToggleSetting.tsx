import { ManagedNote } from './ManagedNote';
import { SavedMark, useSaved } from './SavedMark';

interface Props {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  locked: boolean;
  onChange: (checked: boolean) => Promise<boolean>;
}

/** A switch (a checkbox with role="switch") saved as soon as it changes; Space toggles it. */
export function ToggleSetting({ id, label, hint, checked, locked, onChange }: Props) {
  const [saved, markSaved] = useSaved();
  return (
    <div class="setting toggle">
      <div class="toggle-text">
        <div class="setting-head">
          <label for={id}>{label}</label>
          <SavedMark shown={saved} />
        </div>
        <small id={`${id}-hint`} class="hint">
          {hint}
        </small>
        {locked && <ManagedNote id={`${id}-managed`} />}
      </div>
      <input
        id={id}
        type="checkbox"
        // The native checkbox gives the switch its state; ARIA in HTML says not to repeat it in aria-checked.
        // oxlint-disable-next-line jsx-a11y/role-has-required-aria-props
        role="switch"
        class="switch-input"
        checked={checked}
        disabled={locked}
        aria-describedby={`${id}-hint${locked ? ` ${id}-managed` : ''}`}
        onChange={(event) => {
          const input = event.currentTarget;
          // Shown as it is until the background agrees; a refusal puts the switch back.
          void onChange(input.checked).then((ok) => {
            if (!ok) input.checked = checked;
            markSaved(ok);
          });
        }}
      />
    </div>
  );
}
