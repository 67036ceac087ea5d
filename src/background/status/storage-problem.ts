/**
 * The last storage problem the user has not yet seen, kept in storage.local so that a failure the
 * page could not show (a capture from Microsoft's page that could not be saved, the records
 * database deleted from outside) is still told in the popup, after any number of worker restarts.
 */
import browser from 'webextension-polyfill';
import type { StorageProblem } from '../../shared/messages/status';

export const PROBLEM_KEY = 'storageProblem';
/** Set once the records database exists, so a database that later vanishes is noticed. */
export const DATABASE_MARKER_KEY = 'recordsDatabase';

export async function noteStorageProblem(kind: StorageProblem['kind'], now = Date.now()): Promise<void> {
  const problem: StorageProblem = { kind, at: now };
  try {
    await browser.storage.local.set({ [PROBLEM_KEY]: problem });
  } catch (error) {
    // A full disk may refuse this too; the reply to the message that failed still says so.
    console.warn('App Password Guide: could not keep a note of a storage problem', error);
  }
}

export async function storageProblem(): Promise<StorageProblem | null> {
  const stored = await browser.storage.local.get(PROBLEM_KEY);
  const value = stored[PROBLEM_KEY] as StorageProblem | undefined;
  return value && typeof value.at === 'number' && typeof value.kind === 'string' ? value : null;
}

export async function dismissStorageProblem(): Promise<void> {
  await browser.storage.local.remove(PROBLEM_KEY);
}

/**
 * Called after each open. A database created just now while the marker says one existed before
 * was deleted outside the extension: what it held cannot be restored, but the user should know.
 */
export async function checkDatabaseKept(createdNow: boolean, now = Date.now()): Promise<void> {
  try {
    const marked = (await browser.storage.local.get(DATABASE_MARKER_KEY))[DATABASE_MARKER_KEY] !== undefined;
    if (createdNow && marked) await noteStorageProblem('lost', now);
    if (!marked) await browser.storage.local.set({ [DATABASE_MARKER_KEY]: { since: now } });
  } catch (error) {
    // The records still work without the marker; only the notice of a lost database depends on it.
    console.warn('App Password Guide: could not check whether the records database was kept', error);
  }
}
