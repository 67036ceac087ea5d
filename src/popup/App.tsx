import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { usePopupData } from './use-popup-data';
import { ViewSwitch, type View } from './components/ViewSwitch';
import { StatusLine } from './components/StatusLine';
import { InventoryView } from './components/InventoryView';
import { SettingsView } from './components/SettingsView';
import { OrganisationHelp } from './components/OrganisationHelp';
import { GuideLastSeen } from './components/GuideLastSeen';
import { StorageProblemNotice } from './components/StorageProblemNotice';

export function App() {
  const data = usePopupData();
  // The notification's "Review" opens this page in a tab; #settings (and #import, where a file can be
  // chosen) land on settings.
  const [view, setView] = useState<View>(/^#(settings|import)$/.test(location.hash) ? 'settings' : 'inventory');

  useEffect(() => {
    document.documentElement.lang = t('@@ui_locale').replace('_', '-');
  }, []);

  return (
    <main>
      <header class="top">
        <h1>{t('extName')}</h1>
        <ViewSwitch view={view} onChange={setView} />
      </header>
      <StatusLine notice={data.notice} error={data.error} />
      <StorageProblemNotice problem={data.status?.storageProblem ?? null} onDismiss={() => void data.dismissStorageProblem()} />
      {view === 'inventory' ? <InventoryView data={data} /> : <SettingsView data={data} />}
      {data.effective && <OrganisationHelp policy={data.effective.policy} />}
      <GuideLastSeen status={data.status} />
    </main>
  );
}
