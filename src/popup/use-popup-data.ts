/**
 * The popup's data and every change it asks the background for. Replies update local state
 * directly (no re-listing thousands of records after each click); each outcome is announced
 * through the status line so screen-reader users hear it.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AppPasswordRecord } from '../shared/record';
import type { NewRecordInput, RecordChanges } from '../shared/messages/records';
import type { GuideTaskInput } from '../shared/messages/guide-task';
import type { EffectiveSettings, Settings } from '../shared/settings';
import type { Status } from '../shared/protocol';
import type { Result } from '../shared/result';
import { send } from '../shared/send';
import { isolate, t } from '../shared/i18n';
import type { TransferFormat } from '../shared/export/limits';
import { MAX_IMPORT_CHARS } from '../shared/export/limits';
import { toJson } from '../shared/export/json';
import { openTab } from './open-tab';
import { formatOf, saveFile } from './transfer';
import { errorText } from './error-text';

export const SECURITY_INFO_URL = 'https://mysignins.microsoft.com/security-info';

export interface PopupData {
  records: AppPasswordRecord[] | null;
  effective: EffectiveSettings | null;
  status: Status | null;
  /** Polite announcement of the last outcome. */
  notice: string;
  /** The last failure, shown as an alert. */
  error: string | null;
  review(record: AppPasswordRecord): Promise<boolean>;
  update(changes: RecordChanges): Promise<boolean>;
  remove(record: AppPasswordRecord): Promise<boolean>;
  /** Puts a removed record back exactly as it was (its id, dates and notes): the Undo of remove. */
  restore(record: AppPasswordRecord): Promise<boolean>;
  /** Gives records found without their account (account "") the one the user names. */
  assignAccount(records: readonly AppPasswordRecord[], account: string): Promise<boolean>;
  add(input: NewRecordInput): Promise<boolean>;
  changeSettings(partial: Partial<Settings>): Promise<boolean>;
  startGuide(task: GuideTaskInput): Promise<boolean>;
  dismissStorageProblem(): Promise<void>;
  exportRecords(format: TransferFormat): Promise<boolean>;
  importFile(file: File): Promise<boolean>;
  /** This page in a browser tab, e.g. to choose a file, which a toolbar popup cannot keep open for. */
  openInTab(hash: string): Promise<void>;
}

export function usePopupData(): PopupData {
  const [records, setRecords] = useState<AppPasswordRecord[] | null>(null);
  const [effective, setEffective] = useState<EffectiveSettings | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);

  const loadRecords = () => send('records/list').then((reply) => (reply.ok ? setRecords(reply.value) : setError(errorText(reply.error))));

  useEffect(() => {
    void loadRecords();
    void send('settings/get').then((reply) => (reply.ok ? setEffective(reply.value) : setError(errorText(reply.error))));
    void send('status/get').then((reply) => reply.ok && setStatus(reply.value));
  }, []);

  /** Applies a reply: on success updates state and announces; on failure shows the error. */
  const settle = useCallback(<T>(reply: Result<T>, apply: (value: T) => void, announce: string): boolean => {
    if (!reply.ok) {
      setError(errorText(reply.error));
      return false;
    }
    apply(reply.value);
    setError(null);
    setNotice(announce);
    return true;
  }, []);

  const replace = (next: AppPasswordRecord) => setRecords((list) => list?.map((r) => (r.id === next.id ? next : r)) ?? [next]);

  return {
    records,
    effective,
    status,
    notice,
    error,
    review: async (record) => settle(await send('records/review', { id: record.id }), replace, t('popupReviewedNotice', isolate(record.name))),
    update: async (changes) => settle(await send('records/update', changes), replace, t('popupSavedNotice')),
    remove: async (record) =>
      settle(
        await send('records/remove', { id: record.id }),
        () => setRecords((list) => list?.filter((r) => r.id !== record.id) ?? []),
        t('popupRemovedNotice', isolate(record.name)),
      ),
    restore: async (record) =>
      // The import path takes a whole record, id and dates included, and merges by id: so the
      // record comes back as it was rather than as a new one "added by hand".
      settle(
        await send('records/import', { format: 'json', text: toJson([record], Date.now()) }),
        () => setRecords((list) => [...(list ?? []).filter((r) => r.id !== record.id), record]),
        t('popupRestoredNotice', isolate(record.name)),
      ),
    assignAccount: async (list, account) => {
      let done = 0;
      for (const record of list) {
        const reply = await send('records/update', { id: record.id, account });
        if (!settle(reply, replace, '')) return false;
        done++;
      }
      setNotice(t('popupAssignedNotice', [isolate(account), String(done)]));
      return true;
    },
    add: async (input) =>
      settle(await send('records/add', input), (added) => setRecords((list) => [...(list ?? []), added]), t('popupAddedNotice', isolate(input.name))),
    changeSettings: async (partial) => settle(await send('settings/set', { partial }), setEffective, t('popupSettingsSavedNotice')),
    dismissStorageProblem: async () => {
      const reply = await send('status/dismiss-storage-problem');
      if (reply.ok) setStatus((current) => current && { ...current, storageProblem: null });
      else setError(errorText(reply.error));
    },
    exportRecords: async (format) => {
      const reply = await send('records/export', { format });
      return settle(reply, saveFile, reply.ok ? t('popupExportedNotice', reply.value.filename) : '');
    },
    importFile: async (file) => {
      // Refused here, in the user's language, before the browser would refuse so large a message.
      if (file.size > MAX_IMPORT_CHARS) {
        setError(t('importTooLarge', String(MAX_IMPORT_CHARS / 1_000_000)));
        return false;
      }
      const text = await file.text();
      const reply = await send('records/import', { format: formatOf(file.name, text), text });
      if (!reply.ok) return settle(reply, () => {}, '');
      await loadRecords();
      const { added, merged, unchanged } = reply.value;
      return settle(reply, () => {}, t('popupImportedNotice', [String(added), String(merged), String(unchanged)]));
    },
    openInTab: async (hash) => {
      await openTab(location.href.split('#')[0] + hash);
      window.close();
    },
    startGuide: async (task) => {
      const ok = settle(await send('guide/task-set', task), () => {}, t('popupGuideStartedNotice'));
      // Opening the tab closes a real popup, so the task is stored first.
      if (ok) await openTab(SECURITY_INFO_URL);
      return ok;
    },
  };
}
