import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import type { PopupData } from '../use-popup-data';
import { GuideSitesSetting } from './GuideSitesSetting';
import { IntervalSetting } from './IntervalSetting';
import { SnoozeSetting } from './SnoozeSetting';
import { ToggleSetting } from './ToggleSetting';
import { TransferSetting } from './TransferSetting';
import { PageReportsSetting } from './PageReportsSetting';

/** Three cards, each titled once; the view switch above already says "Settings". */
export function SettingsView({ data }: { data: PopupData }) {
  if (!data.effective) return null;
  const { settings, locked } = data.effective;
  const isLocked = (key: keyof Settings) => locked.includes(key);
  return (
    <section class="settings" aria-label={t('popupSettingsTab')}>
      <section class="card" aria-labelledby="reminders-title">
        <h2 id="reminders-title" class="card-title">
          {t('popupSectionReminders')}
        </h2>
        <ToggleSetting
          id="reminders"
          label={t('popupRemindersLabel')}
          hint={t('popupRemindersHint')}
          checked={settings.remindersEnabled}
          locked={isLocked('remindersEnabled')}
          onChange={(remindersEnabled) => data.changeSettings({ remindersEnabled })}
        />
        <IntervalSetting
          value={settings.reviewIntervalDays}
          locked={isLocked('reviewIntervalDays')}
          onSave={(reviewIntervalDays) => data.changeSettings({ reviewIntervalDays })}
        />
        <SnoozeSetting
          snoozedUntil={settings.snoozedUntil}
          remindersEnabled={settings.remindersEnabled}
          locked={isLocked('snoozedUntil')}
          onChange={(snoozedUntil) => data.changeSettings({ snoozedUntil })}
        />
      </section>
      <section class="card" aria-labelledby="guide-title">
        <h2 id="guide-title" class="card-title">
          {t('popupSectionGuide')}
        </h2>
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
      </section>
      <TransferSetting data={data} />
      <PageReportsSetting />
    </section>
  );
}
