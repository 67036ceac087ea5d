import { useState } from 'preact/hooks';
import { REVIEW_INTERVAL_RANGE } from '../../shared/settings';
import { t } from '../../shared/i18n';
import { ManagedNote } from './ManagedNote';

interface Props {
  value: number;
  locked: boolean;
  onSave: (days: number) => Promise<boolean>;
}

/** A number with an explicit Save (Enter in the field saves): half-typed numbers are never stored. */
export function IntervalSetting({ value, locked, onSave }: Props) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  // Follow a new stored value (policy, another window) during render, not in an effect: an effect
  // runs after paint and, late on a busy machine, overwrote what the user had begun to type.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(String(value));
  }

  const submit = async (event: Event) => {
    event.preventDefault();
    const days = Number(text);
    if (!Number.isInteger(days) || days < REVIEW_INTERVAL_RANGE.min || days > REVIEW_INTERVAL_RANGE.max) {
      setError(t('popupErrorInterval', [String(REVIEW_INTERVAL_RANGE.min), String(REVIEW_INTERVAL_RANGE.max)]));
      return;
    }
    setError(null);
    await onSave(days);
  };

  const described = ['interval-hint', error && 'interval-error', locked && 'interval-managed'].filter(Boolean).join(' ');
  return (
    <form class="setting" noValidate onSubmit={submit}>
      <label for="interval">{t('popupIntervalLabel')}</label>
      <div class="inline">
        <input
          id="interval"
          type="number"
          inputMode="numeric"
          min={REVIEW_INTERVAL_RANGE.min}
          max={REVIEW_INTERVAL_RANGE.max}
          value={text}
          disabled={locked}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit" disabled={locked}>
          {t('popupSave')}
        </button>
      </div>
      <small id="interval-hint" class="muted">
        {t('popupIntervalHint')}
      </small>
      {error && (
        <small id="interval-error" class="field-error">
          {error}
        </small>
      )}
      {locked && <ManagedNote id="interval-managed" />}
    </form>
  );
}
