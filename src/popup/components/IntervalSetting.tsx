import { useEffect, useRef, useState } from 'preact/hooks';
import { REVIEW_INTERVAL_RANGE } from '../../shared/settings';
import { t } from '../../shared/i18n';
import { ManagedNote } from './ManagedNote';
import { SavedMark, useSaved } from './SavedMark';

interface Props {
  value: number;
  locked: boolean;
  onSave: (days: number) => Promise<boolean>;
}

/**
 * A number saved like every other setting, as soon as the change is made: when the field is left,
 * Enter is pressed or the arrows step it ("change"), never while a number is half typed ("input").
 */
export function IntervalSetting({ value, locked, onSave }: Props) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const [saved, markSaved] = useSaved();
  // Follow a new stored value (policy, another window) during render, not in an effect: an effect
  // runs after paint and, late on a busy machine, overwrote what the user had begun to type.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(String(value));
  }

  const save = async (raw: string) => {
    const days = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(days) || days < REVIEW_INTERVAL_RANGE.min || days > REVIEW_INTERVAL_RANGE.max) {
      setError(t('popupErrorInterval', [String(REVIEW_INTERVAL_RANGE.min), String(REVIEW_INTERVAL_RANGE.max)]));
      return;
    }
    setError(null);
    if (days !== value) markSaved(await onSave(days));
  };

  // The native "change" event, by listener: preact/compat (used elsewhere in the popup) turns an
  // onChange prop on a number field into "input", which would save every keystroke.
  const input = useRef<HTMLInputElement>(null);
  const latestSave = useRef(save);
  latestSave.current = save;
  useEffect(() => {
    const element = input.current;
    const onChange = () => void latestSave.current(element!.value);
    element?.addEventListener('change', onChange);
    return () => element?.removeEventListener('change', onChange);
  }, []);

  const described = ['interval-hint', error && 'interval-error', locked && 'interval-managed'].filter(Boolean).join(' ');
  return (
    <form
      class="setting"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(text);
      }}
    >
      <div class="setting-head">
        <label for="interval">{t('popupIntervalLabel')}</label>
        <SavedMark shown={saved} />
      </div>
      <div class="number-field">
        <input
          id="interval"
          ref={input}
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
        <span class="unit" aria-hidden="true">
          {t('popupDays')}
        </span>
      </div>
      <small id="interval-hint" class="hint">
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
