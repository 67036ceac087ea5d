/**
 * The popup's first read, started before anything is drawn (main.tsx), so the first render can
 * already hold the list and the settings: one storage.local read when the background's first-screen
 * summary is there (shared/first-screen.ts), else the first accounts from IndexedDB. Changes
 * announced while it runs are noted, so the hook reads again rather than show what was read just
 * before them.
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

/** What public/popup-early.js started before the modules loaded. */
interface EarlyRead {
  local: Promise<Record<string, unknown>>;
  session: Promise<Record<string, unknown>>;
  /** Something changed after those reads began: they may be older than storage. */
  changed: boolean;
  stop(): void;
}

/** The early reads, once per page; none if anything changed since they began (then read afresh). */
function takeEarlyRead(): EarlyRead | undefined {
  const scope = globalThis as { __popupEarlyRead?: EarlyRead };
  const early = scope.__popupEarlyRead;
  delete scope.__popupEarlyRead;
  // Called after watchStored listens, so no change falls between its listeners and ours.
  early?.stop();
  return early && !early.changed ? early : undefined;
}

export function readFirst(): FirstRead {
  const read: FirstRead = { missed: [], promise: undefined as never, stopNoting: () => {} };
  read.stopNoting = watchStored((change) => read.missed.push(change));
  const early = takeEarlyRead();
  read.promise = Promise.all([readStoredLocal(early?.local), readLastPage(early?.session)]).then(async ([local, lastPage]) => {
    // The background's summary of the first screen needs no database open; without one (the
    // background is writing the records just now, or has not written it yet) the database is read.
    const summary = local?.firstScreen;
    const records = summary ? { ...summary, fromSummary: true } : await readStoredRecords({ firstScreen: true });
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
