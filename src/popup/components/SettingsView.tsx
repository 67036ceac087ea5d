import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import type { PopupData } from '../use-popup-data';
import { GuideSitesSetting } from './GuideSitesSetting';
import { IntervalSetting } from './IntervalSetting';
import { SnoozeSetting } from './SnoozeSetting';
import { ToggleSetting } from './ToggleSetting';
import { TransferSetting } from './TransferSetting';

export function SettingsView({ data }: { data: PopupData }) {
  if (!data.effective) return <p class="muted">{t('popupLoading')}</p>;
  const { settings, locked } = data.effective;
  const isLocked = (key: keyof Settings) => locked.includes(key);
  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('popupSettingsTab')}</h2>
      <IntervalSetting
        value={settings.reviewIntervalDays}
        locked={isLocked('reviewIntervalDays')}
        onSave={(reviewIntervalDays) => data.changeSettings({ reviewIntervalDays })}
      />
      <ToggleSetting
        id="reminders"
        label={t('popupRemindersLabel')}
        hint={t('popupRemindersHint')}
        checked={settings.remindersEnabled}
        locked={isLocked('remindersEnabled')}
        onChange={(remindersEnabled) => data.changeSettings({ remindersEnabled })}
      />
      <SnoozeSetting
        snoozedUntil={settings.snoozedUntil}
        remindersEnabled={settings.remindersEnabled}
        locked={isLocked('snoozedUntil')}
        onChange={(snoozedUntil) => data.changeSettings({ snoozedUntil })}
      />
      <ToggleSetting
        id="guide"
        label={t('popupGuideLabel')}
        hint={t('popupGuideHint')}
        checked={settings.guideEnabled}
        locked={isLocked('guideEnabled')}
        onChange={(guideEnabled) => data.changeSettings({ guideEnabled })}
      />
      <GuideSitesSetting
        disabledHosts={settings.guideDisabledHosts}
        guideOff={!settings.guideEnabled}
        locked={isLocked('guideDisabledHosts')}
        onChange={(guideDisabledHosts) => data.changeSettings({ guideDisabledHosts })}
      />
      <TransferSetting data={data} />
    </section>
  );
}
