import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isolate, t } from '../shared/i18n';
import type { AppPasswordRecord } from '../shared/record';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { usePopupData } from './use-popup-data';
import { buildInventory } from './inventory-model';
import { Header } from './components/Header';
import type { View } from './components/ViewSwitch';
import { Toast } from './components/Toast';
import { InventoryView } from './components/InventoryView';
import { SettingsView } from './components/SettingsView';
import { OrganisationHelp } from './components/OrganisationHelp';
import { GuideLastSeen } from './components/GuideLastSeen';
import { StorageProblemNotice } from './components/StorageProblemNotice';
import { Skeleton } from './components/Skeleton';

export function App() {
  const data = usePopupData();
  // The notification's "Review" opens this page in a tab; #settings (and #import, where a file can be
  // chosen) land on settings.
  const [view, setView] = useState<View>(/^#(settings|import)$/.test(location.hash) ? 'settings' : 'inventory');
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const [removed, setRemoved] = useState<AppPasswordRecord | null>(null);
  // Removing forgets at once (a popup can close at any moment, so nothing waits for a timer) and
  // offers Undo, which puts the record back as it was.
  const remove = useCallback(async (record: AppPasswordRecord) => {
    const ok = await data.remove(record);
    if (ok) setRemoved(record);
    return ok;
  }, []);
  const undo = useCallback(async (record: AppPasswordRecord) => {
    setRemoved(null);
    if (await data.restore(record))
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-record-id="${CSS.escape(record.id)}"] .menu-button`)?.focus());
  }, []);

  useEffect(() => {
    document.documentElement.lang = t('@@ui_locale').replace('_', '-');
  }, []);

  const interval = data.effective?.settings.reviewIntervalDays ?? DEFAULT_SETTINGS.reviewIntervalDays;
  // One "now" for the popup's short life, so every row and every count agree, and rows whose record
  // did not change need not re-render.
  const now = useMemo(() => Date.now(), [interval]);
  // The order rows were first shown in is kept while the popup is open: "Still needed" or an edit
  // changes a row in place instead of moving it away from the pointer.
  const order = useRef<ReadonlyMap<string, number> | undefined>(undefined);
  const inventory = useMemo(() => {
    if (!data.records) return null;
    const built = buildInventory(data.records, interval, now, order.current);
    // The first order shown stays for the popup's life: a removed record that is restored goes back
    // to its place, and a new one (rank unknown) shows first.
    order.current ??= built.order;
    return built;
  }, [data.records, interval, now]);

  return (
    <div class="app">
      <Toast
        notice={data.notice}
        error={data.error}
        undo={removed && data.notice === t('popupRemovedNotice', isolate(removed.name)) ? removed : null}
        onUndo={(record) => void undo(record)}
        onUndoExpired={() => setRemoved(null)}
        quiet={data.notice === t('popupSettingsSavedNotice')}
      />
      <Header view={view} onView={setView} inventory={inventory} data={data} query={query} onQuery={setQuery} adding={adding} onAdding={setAdding} />
      <main class="content">
        <StorageProblemNotice problem={data.status?.storageProblem ?? null} onDismiss={() => void data.dismissStorageProblem()} />
        {view === 'inventory' ? (
          inventory ? <InventoryView data={data} remove={remove} inventory={inventory} query={query} now={now} onAdd={() => setAdding(true)} /> : <Skeleton />
        ) : data.effective ? (
          <SettingsView data={data} />
        ) : (
          <Skeleton />
        )}
      </main>
      <footer class="foot">
        {data.effective && <OrganisationHelp policy={data.effective.policy} />}
        <GuideLastSeen status={data.status} />
      </footer>
    </div>
  );
}
