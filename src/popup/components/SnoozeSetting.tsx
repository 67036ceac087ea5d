import { DAY_MS } from '../../shared/stale';
import { t } from '../../shared/i18n';
import { formatDate } from '../format';
import { ManagedNote } from './ManagedNote';

export const SNOOZE_DAYS = 7;

interface Props {
  snoozedUntil: number;
  remindersEnabled: boolean;
  locked: boolean;
  onChange: (snoozedUntil: number) => Promise<boolean>;
}

export function SnoozeSetting({ snoozedUntil, remindersEnabled, locked, onChange }: Props) {
  const now = Date.now();
  const snoozed = snoozedUntil > now;
  return (
    <div class="setting">
      <p id="snooze-state" data-testid="snooze-state">
        {snoozed ? t('popupSnoozedUntil', formatDate(snoozedUntil)) : t('popupNotSnoozed')}
      </p>
      <button
        type="button"
        disabled={locked || !remindersEnabled}
        aria-describedby={`snooze-state${locked ? ' snooze-managed' : ''}`}
        onClick={() => void onChange(snoozed ? 0 : now + SNOOZE_DAYS * DAY_MS)}
      >
        {snoozed ? t('popupResumeReminders') : t('popupSnoozeFor', String(SNOOZE_DAYS))}
      </button>
      {locked && <ManagedNote id="snooze-managed" />}
    </div>
  );
}
