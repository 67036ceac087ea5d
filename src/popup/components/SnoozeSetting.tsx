import { SNOOZE_DAYS } from '../../shared/settings';
import { DAY_MS } from '../../shared/stale';
import { t } from '../../shared/i18n';
import { formatDate } from '../format';
import { ManagedNote } from './ManagedNote';
import { SavedMark, useSaved } from './SavedMark';

interface Props {
  snoozedUntil: number;
  remindersEnabled: boolean;
  locked: boolean;
  onChange: (snoozedUntil: number) => Promise<boolean>;
}

export function SnoozeSetting({ snoozedUntil, remindersEnabled, locked, onChange }: Props) {
  const [saved, markSaved] = useSaved();
  const now = Date.now();
  const snoozed = snoozedUntil > now;
  return (
    <div class="setting snooze">
      <div class="setting-head">
        <p id="snooze-state" class="snooze-state" data-testid="snooze-state">
          {snoozed ? t('popupSnoozedUntil', formatDate(snoozedUntil)) : t('popupNotSnoozed')}
        </p>
        <SavedMark shown={saved} />
      </div>
      <div class="inline">
        <button
          type="button"
          disabled={locked || !remindersEnabled}
          aria-describedby={`snooze-state${locked ? ' snooze-managed' : ''}`}
          onClick={() => void onChange(snoozed ? 0 : now + SNOOZE_DAYS * DAY_MS).then(markSaved)}
        >
          {snoozed ? t('popupResumeReminders') : t('popupSnoozeFor', String(SNOOZE_DAYS))}
        </button>
      </div>
      {locked && <ManagedNote id="snooze-managed" />}
    </div>
  );
}
