import { ManagedNote } from './ManagedNote';

interface Props {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  locked: boolean;
  onChange: (checked: boolean) => Promise<boolean>;
}

/** A checkbox saved as soon as it changes; Space toggles it, as for any checkbox. */
export function ToggleSetting({ id, label, hint, checked, locked, onChange }: Props) {
  return (
    <div class="setting">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={locked}
        aria-describedby={`${id}-hint${locked ? ` ${id}-managed` : ''}`}
        onChange={(event) => {
          const input = event.currentTarget;
          // Shown as it is until the background agrees; a refusal puts the box back.
          void onChange(input.checked).then((saved) => !saved && (input.checked = checked));
        }}
      />
      <label for={id}>{label}</label>
      <small id={`${id}-hint`} class="muted">
        {hint}
      </small>
      {locked && <ManagedNote id={`${id}-managed`} />}
    </div>
  );
}
