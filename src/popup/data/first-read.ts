/**
 * The popup's first read, started before anything is drawn (main.tsx), so the first render can
 * already hold the list and the settings. Changes announced while it runs are noted, so the hook
 * reads again rather than show what was read just before them.
 */
import type { PageSeen } from '../../shared/protocol';
import { type StoredLocal, type StoredRecords, readLastPage, readStoredLocal, readStoredRecords } from './read-stored';
import { watchStored, type StoredChange } from './watch-stored';

export interface FirstData {
  records: StoredRecords | null;
  local: StoredLocal | null;
  lastPage: PageSeen | null;
}

export interface FirstRead {
  promise: Promise<FirstData>;
  /** Set once the read has arrived. */
  value?: FirstData;
  /** Changes announced since the read started, for the hook to apply once it listens. */
  missed: StoredChange[];
  stopNoting(): void;
}

let started: FirstRead | undefined;

function readFirst(): FirstRead {
  const read: FirstRead = { missed: [], promise: undefined as never, stopNoting: () => {} };
  read.stopNoting = watchStored((change) => read.missed.push(change));
  read.promise = Promise.all([readStoredRecords({ firstScreen: true }), readStoredLocal(), readLastPage()]).then(([records, local, lastPage]) => {
    read.value = { records, local, lastPage };
    return read.value;
  });
  return read;
}

/** Starts the first read once; main.tsx calls this before anything else. */
export function startFirstRead(): Promise<FirstData> {
  started ??= readFirst();
  return started.promise;
}

/** Hands the started read to the hook (once), or starts one (tests render the App directly). */
export function takeFirstRead(): FirstRead {
  const read = started ?? readFirst();
  started = undefined;
  return read;
}
