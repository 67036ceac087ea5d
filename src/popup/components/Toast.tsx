import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppPasswordRecord } from '../../shared/record';
import { t } from '../../shared/i18n';
import { Icon } from './Icon';

/** How long an announcement stays on screen; with an Undo, longer. Hovering or focusing it keeps it. */
const TOAST_MS = 5000;
const UNDO_MS = 10_000;

interface Props {
  notice: string;
  error: string | null;
  /** The record just removed, while its Undo is on offer. */
  undo: AppPasswordRecord | null;
  onUndo: (record: AppPasswordRecord) => void;
  /** The toast went away: its Undo is no longer offered. */
  onUndoExpired: () => void;
  /** Notices that are already shown where the change happened (a setting's own "Saved"). */
  quiet: boolean;
}

/**
 * Outcomes float over the bottom of the popup instead of being inserted above the list, so
 * nothing moves when one appears. The live regions exist from the first render (one added at the
 * moment of the change is not announced by most screen readers) and keep their text while hidden.
 */
export function Toast({ notice, error, undo, onUndo, onUndoExpired, quiet }: Props) {
  const [shown, setShown] = useState(false);
  const [hold, setHold] = useState(false);
  const [dismissedError, setDismissedError] = useState<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    setShown(Boolean(notice) && !quiet);
  }, [notice]);
  useEffect(() => {
    if (!shown && undo) onUndoExpired();
  }, [shown]);
  useEffect(() => {
    if (!shown || hold) return;
    const timer = setTimeout(() => setShown(false), undo ? UNDO_MS : TOAST_MS);
    return () => clearTimeout(timer);
  }, [shown, hold, notice, undo]);
  useEffect(() => {
    // The removed row took the focus with it: Undo is where the keyboard goes next.
    if (undo) undoButton.current?.focus();
  }, [undo]);

  const errorShown = Boolean(error) && error !== dismissedError;
  return (
    <div class="toasts">
      <div class={`toast error-toast${errorShown ? ' shown' : ''}`}>
        <p class="error" role="alert">
          {error ?? ''}
        </p>
        {errorShown && (
          <button type="button" class="icon-button" aria-label={t('popupDismiss')} title={t('popupDismiss')} onClick={() => setDismissedError(error)}>
            <Icon name="close" />
          </button>
        )}
      </div>
      <div
        class={`toast${shown ? ' shown' : ''}`}
        onMouseEnter={() => setHold(true)}
        onMouseLeave={() => setHold(false)}
        onFocusIn={() => setHold(true)}
        onFocusOut={() => setHold(false)}
      >
        <div class="toast-text">
          <p class="notice" role="status" aria-live="polite" data-testid="notice">
            {notice}
          </p>
          {undo && (
            <p class="toast-hint" id="undo-hint">
              {t('popupRemovedHint')}
            </p>
          )}
        </div>
        {undo && (
          <button type="button" class="toast-action" ref={undoButton} aria-describedby="undo-hint" onClick={() => onUndo(undo)}>
            {t('popupUndo')}
          </button>
        )}
        {shown && (
          <button type="button" class="icon-button" aria-label={t('popupDismiss')} title={t('popupDismiss')} onClick={() => setShown(false)}>
            <Icon name="close" />
          </button>
        )}
      </div>
    </div>
  );
}
