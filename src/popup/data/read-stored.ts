/**
 * Reads what the popup shows straight from storage (IndexedDB read-only, storage.local/session/
 * managed), without the service worker: a stopped worker takes tens of milliseconds to start, and
 * the popup should draw as fast as an empty page. Every change still goes through the background,
 * the only writer. Each reader answers null when it cannot read, and the caller then asks the
 * background instead, which can also create or upgrade the database.
 */
import { type IDBPDatabase, openDB } from 'idb';
import type { AppPasswordRecord } from '../../shared/record';
import type { PageSeen } from '../../shared/protocol';
import type { StorageProblem } from '../../shared/messages/status';
import { type Policy, type Settings, sanitisePolicy, sanitiseSettings } from '../../shared/settings';
import { ext } from '../../shared/ext';
import { DB_NAME, LAST_PAGE_KEY, PROBLEM_KEY, RECORDS_STORE, SETTINGS_KEY } from '../../shared/stored';
import { FIRST_SCREEN_KEY, type FirstScreen, firstScreenOf, readFirstScreen } from '../../shared/first-screen';

export { FIRST_SCREEN_RECORDS } from '../../shared/first-screen';

export interface StoredRecords extends FirstScreen {
  /** Read from the background's first-screen summary in storage.local, not from the database. */
  fromSummary?: boolean;
}

/**
 * The records as the background last wrote them, or null when there is no database yet (only the
 * background creates it, with its migrations) or it cannot be read now. With `firstScreen`, an
 * inventory larger than FIRST_SCREEN_RECORDS is read only as far as its first accounts, whole
 * (shared/first-screen.ts, the same rule as the background's summary).
 */
export async function readStoredRecords({ firstScreen = false } = {}): Promise<StoredRecords | null> {
  let db: IDBPDatabase | undefined;
  try {
    // No version: whatever version the background left. A database that does not exist yet would be
    // created here at version 1, so that upgrade is aborted and nothing is created.
    db = await openDB(DB_NAME, undefined, {
      upgrade: (_db, _old, _new, tx) => {
        tx.done.catch(() => {});
        tx.abort();
      },
      // The background wants to upgrade: never hold it up.
      blocking: () => db?.close(),
    });
  } catch {
    return null;
  }
  try {
    if (!db.objectStoreNames.contains(RECORDS_STORE)) return null;
    const store = db.transaction(RECORDS_STORE).store;
    if (firstScreen) return await readFirstScreen(store);
    return { records: (await store.getAll()) as AppPasswordRecord[], complete: true };
  } catch {
    return null;
  } finally {
    db.close();
  }
}

export interface StoredLocal {
  settings: Settings;
  storageProblem: StorageProblem | null;
  /** The background's summary for the first frame (see shared/first-screen.ts), when there is one. */
  firstScreen: FirstScreen | null;
}

type Items = Record<string, unknown>;

/**
 * Settings, a storage problem and the first-screen summary: one storage.local read (`started`: the
 * same read, already started by public/popup-early.js).
 */
export async function readStoredLocal(started?: Promise<Items>): Promise<StoredLocal | null> {
  try {
    const stored = await (started ?? ext().storage.local.get([SETTINGS_KEY, PROBLEM_KEY, FIRST_SCREEN_KEY]));
    return {
      settings: sanitiseSettings(stored[SETTINGS_KEY]),
      storageProblem: problemOf(stored[PROBLEM_KEY]),
      firstScreen: firstScreenOf(stored[FIRST_SCREEN_KEY]),
    };
  } catch {
    return null;
  }
}

export function problemOf(value: unknown): StorageProblem | null {
  const problem = value as StorageProblem | undefined;
  return problem && typeof problem.at === 'number' && typeof problem.kind === 'string' ? problem : null;
}

export async function readLastPage(started?: Promise<Items>): Promise<PageSeen | null> {
  try {
    return ((await (started ?? ext().storage.session.get(LAST_PAGE_KEY)))[LAST_PAGE_KEY] as PageSeen | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * IT policy. Chromium's first read of managed storage after a browser start can take seconds, so
 * nothing waits for this: the popup draws with the policy it saw last time (see policy-cache.ts).
 * Firefox rejects the read when no policy is installed: that means none.
 */
export async function readStoredPolicy(): Promise<Policy> {
  try {
    return sanitisePolicy(await ext().storage.managed.get());
  } catch {
    return {};
  }
}

