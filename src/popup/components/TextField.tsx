interface Props {
  id: string;
  label: string;
  value: string;
  error?: string | null;
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'date' | 'email';
  /** A datalist of suggestions. */
  list?: string;
  inputRef?: { current: HTMLInputElement | HTMLTextAreaElement | null };
  onInput: (value: string) => void;
}

/** A labelled field whose error is tied to it (aria-invalid + aria-describedby), so it is read out on focus. */
export function TextField({ id, label, value, error, hint, multiline, type = 'text', list, inputRef, onInput }: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} ref={inputRef as { current: HTMLTextAreaElement | null }} />
      ) : (
        <input {...common} type={type as 'text'} list={list} ref={inputRef as { current: HTMLInputElement | null }} />
      )}
      {hint && (
        <small id={`${id}-hint`} class="muted">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} class="field-error">
          {error}
        </small>
      )}
    </div>
  );
}
