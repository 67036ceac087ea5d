/**
 * What changes under an open popup: the records (announced by the background on a BroadcastChannel
 * after each write), the settings, a storage problem, where the guide last ran, and IT policy
 * (storage.onChanged). Another popup, the same page in a tab, Microsoft's page through the guide, an
 * admin: whoever caused it, every open popup shows the same.
 */
import { ext } from '../../shared/ext';
import { LAST_PAGE_KEY, PROBLEM_KEY, RECORDS_CHANGED_CHANNEL, SETTINGS_KEY } from '../../shared/stored';

export type StoredChange =
  | { kind: 'records' }
  | { kind: 'settings'; value: unknown }
  | { kind: 'storage-problem'; value: unknown }
  | { kind: 'last-page'; value: unknown }
  | { kind: 'policy' };

type StorageChanges = Record<string, { newValue?: unknown }>;

/** Calls `onChange` for each change until the returned function is called. */
export function watchStored(onChange: (change: StoredChange) => void): () => void {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(RECORDS_CHANGED_CHANNEL) : null;
  if (channel) channel.onmessage = () => onChange({ kind: 'records' });
  const onStorage = (changes: StorageChanges, area: string) => {
    if (area === 'managed') onChange({ kind: 'policy' });
    if (area === 'local' && SETTINGS_KEY in changes) onChange({ kind: 'settings', value: changes[SETTINGS_KEY].newValue });
    if (area === 'local' && PROBLEM_KEY in changes) onChange({ kind: 'storage-problem', value: changes[PROBLEM_KEY].newValue });
    if (area === 'session' && LAST_PAGE_KEY in changes) onChange({ kind: 'last-page', value: changes[LAST_PAGE_KEY].newValue });
  };
  const onChanged = ext().storage.onChanged;
  onChanged.addListener(onStorage);
  return () => {
    channel?.close();
    onChanged.removeListener(onStorage);
  };
}
