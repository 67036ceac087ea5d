/**
 * The popup's data and every change it asks the background for. What it shows is read straight from
 * storage (data/read-stored.ts), so it draws at once whether the service worker runs or not; every
 * change goes to the background, the only writer. Replies update local state directly; changes made
 * elsewhere (another popup, the guide on Microsoft's page, IT policy) arrive through data/watch-stored.ts.
 * Each outcome is announced through the status line so screen-reader users hear it.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { AppPasswordRecord } from '../shared/record';
import type { NewRecordInput, RecordChanges } from '../shared/messages/inventory';
import type { GuideTaskInput } from '../shared/messages/guide';
import { type EffectiveSettings, type Policy, type Settings, resolveSettings, sanitiseSettings } from '../shared/settings';
import type { Status } from '../shared/protocol';
import type { Result } from '../shared/result';
import { send } from '../shared/send';
import { isolate, t } from '../shared/i18n';
import type { TransferFormat } from '../shared/export/limits';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CHARS } from '../shared/export/limits';
import { type TextEncodingName, decodeFile } from '../shared/export/encoding';
import { jsonFile } from '../shared/export/json-format';
import { openTab } from './open-tab';
import { formatOf, saveFile } from './transfer';
import { errorText } from './error-text';
import { takeFirstRead } from './data/first-read';
import { problemOf, readStoredPolicy, readStoredRecords } from './data/read-stored';
import { type StoredChange, watchStored } from './data/watch-stored';
import { lastPolicy, rememberPolicy } from './data/policy-cache';
import { SECURITY_INFO_URL } from '../shared/microsoft';

/** How the popup names the encoding an import was read in (the names are the same in every language). */
const ENCODING_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

/** Rows drawn in the popup's first frame: what fits above the fold; the rest follow after it is painted. */
export const ROWS_FIRST_SCREEN = 8;

export interface PopupData {
  records: AppPasswordRecord[] | null;
  /**
   * False while `records` holds only the first accounts of a large inventory (read for the first
   * frame); the rest follows right after the first paint. Counts over every record (the summary)
   * wait for it.
   */
  recordsComplete: boolean;
  /**
   * True until the first frame with the records in it is painted: draw the first screenful only
   * (ROWS_FIRST_SCREEN rows), the rest right after.
   */
  firstScreen: boolean;
  effective: EffectiveSettings | null;
  status: Status | null;
  /** Polite announcement of the last outcome. */
  notice: string;
  /** The last failure, shown as an alert. */
  error: string | null;
  review: (record: AppPasswordRecord) => Promise<boolean>;
  update: (changes: RecordChanges) => Promise<boolean>;
  remove: (record: AppPasswordRecord) => Promise<boolean>;
  /** Puts a removed record back exactly as it was (its id, dates and notes): the Undo of remove. */
  restore: (record: AppPasswordRecord) => Promise<boolean>;
  /** Gives records found without their account (account "") the one the user names. */
  assignAccount: (records: readonly AppPasswordRecord[], account: string) => Promise<boolean>;
  add: (input: NewRecordInput) => Promise<boolean>;
  changeSettings: (partial: Partial<Settings>) => Promise<boolean>;
  startGuide: (task: GuideTaskInput) => Promise<boolean>;
  dismissStorageProblem: () => Promise<void>;
  exportRecords: (format: TransferFormat) => Promise<boolean>;
  importFile: (file: File) => Promise<boolean>;
  /** This page in a browser tab, e.g. to choose a file, which a toolbar popup cannot keep open for. */
  openInTab: (hash: string) => Promise<void>;
}

/** Runs `work` now, or once more after the run in progress: a burst of changes costs at most two reads. */
function coalesced(work: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await work();
      } while (again);
    } finally {
      running = false;
    }
  };
  return () => void run();
}

export function usePopupData(): PopupData {
  // Started by main.tsx before the first render; what has arrived by now is drawn in that render.
  const [first] = useState(takeFirstRead);
  const [drawnWithFirst] = useState(() => first.value !== undefined);
  const [records, setRecords] = useState<AppPasswordRecord[] | null>(first.value?.records?.records ?? null);
  const [recordsComplete, setRecordsComplete] = useState(first.value?.records?.complete ?? true);
  const [userSettings, setUserSettings] = useState<Settings | null>(first.value?.local?.settings ?? null);
  // Until the managed read arrives (seconds after a browser start in Chromium), the last one seen.
  const [policy, setPolicy] = useState<Policy | null>(lastPolicy);
  const [status, setStatus] = useState<Status | null>(() =>
    first.value?.local ? { lastPage: first.value.lastPage, storageProblem: first.value.local.storageProblem } : null,
  );
  const [firstScreen, setFirstScreen] = useState(true);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);

  const effective = useMemo<EffectiveSettings | null>(
    () => (userSettings ? resolveSettings(userSettings, policy ?? {}) : null),
    [userSettings, policy],
  );

  const applyEffective = (value: EffectiveSettings) => {
    setUserSettings(value.settings);
    setPolicy(value.policy);
  };

  /** From storage, else (no database yet, or it cannot be read here) from the background. */
  const [loadRecords] = useState(() =>
    coalesced(async () => {
      const stored = await readStoredRecords();
      const reply = stored ? null : await send('records/list');
      if (reply && !reply.ok) return setError(errorText(reply.error));
      setRecords(stored?.records ?? reply!.value);
      setRecordsComplete(true);
    }),
  );

  useEffect(() => {
    const loadPolicy = coalesced(async () => {
      const read = await readStoredPolicy();
      rememberPolicy(read);
      setPolicy(read);
    });
    const apply = (change: StoredChange) => {
      if (change.kind === 'records') loadRecords();
      else if (change.kind === 'policy') loadPolicy();
      else if (change.kind === 'settings') setUserSettings(sanitiseSettings(change.value));
      else if (change.kind === 'storage-problem')
        setStatus((current) => ({ lastPage: current?.lastPage ?? null, storageProblem: problemOf(change.value) }));
      else setStatus((current) => ({ lastPage: (change.value as Status['lastPage']) ?? null, storageProblem: current?.storageProblem ?? null }));
    };
    const stop = watchStored(apply);
    first.stopNoting();
    void first.promise.then(async ({ records: read, local, lastPage }) => {
      // Arrived after the first render (a read slower than main.tsx waits for): drawn now.
      if (read && !drawnWithFirst) {
        setRecords(read.records);
        setRecordsComplete(read.complete);
      }
      // The rest of a large inventory, or the database itself when the first frame drew the
      // background's summary, once the first frame is painted (a frame, then a task after it).
      if (!read) loadRecords();
      else if (!read.complete || read.fromSummary) requestAnimationFrame(() => setTimeout(loadRecords));
      if (local) {
        setUserSettings((current) => current ?? local.settings);
        setStatus((current) => current ?? { lastPage, storageProblem: local.storageProblem });
      } else {
        const [settings, state] = await Promise.all([send('settings/get'), send('status/get')]);
        if (settings.ok) applyEffective(settings.value);
        else setError(errorText(settings.error));
        if (state.ok) setStatus(state.value);
      }
      // What changed while the first read ran is applied on top of it.
      for (const change of first.missed.splice(0)) apply(change);
    });
    loadPolicy();
    return stop;
  }, []);

  const haveRecords = records !== null;
  useEffect(() => {
    // A frame, then a task after it: the browser has painted the first screenful by then.
    if (haveRecords && firstScreen) requestAnimationFrame(() => setTimeout(() => setFirstScreen(false)));
  }, [haveRecords]);
  // Everything drawn: tests and the benchmark wait for this rather than guess at timing.
  const settled = !firstScreen && recordsComplete;
  useEffect(() => {
    document.documentElement.toggleAttribute('data-popup-settled', settled);
  }, [settled]);

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
    recordsComplete,
    firstScreen,
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
        await send('records/import', { format: 'json', text: jsonFile([record], Date.now()) }),
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
    changeSettings: async (partial) => settle(await send('settings/set', { partial }), applyEffective, t('popupSettingsSavedNotice')),
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
      const tooLarge = () => {
        setError(t('importTooLarge', String(MAX_IMPORT_CHARS / 1_000_000)));
        return false;
      };
      if (file.size > MAX_IMPORT_BYTES) return tooLarge();
      // Read as bytes: a spreadsheet's CSV may be UTF-16 or Windows-1252, which file.text() would garble.
      const { text, encoding } = decodeFile(await file.arrayBuffer());
      if (text.length > MAX_IMPORT_CHARS) return tooLarge();
      const reply = await send('records/import', { format: formatOf(file.name, text), text });
      if (!reply.ok) return settle(reply, () => {}, '');
      loadRecords();
      const { added, merged, unchanged } = reply.value;
      const summary = t('popupImportedNotice', [String(added), String(merged), String(unchanged)]);
      return settle(reply, () => {}, `${summary} ${t('popupImportEncoding', ENCODING_NAMES[encoding])}`);
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
