/**
 * Every write to the records database goes through here: one transaction, all or nothing, on the
 * connection with-database.ts keeps (and retries once when it was lost); a storage problem is noted
 * for the popup, and the popup's first-screen summary is kept in step (first-screen-summary.ts).
 */
import type { IDBPObjectStore } from 'idb';
import type { GuideDB } from './db';
import { StorageError } from './storage-errors';
import { withDatabase } from './with-database';
import { noteStorageProblem } from '../status/storage-problem';
import { afterRecordsWrite, beforeRecordsWrite } from './first-screen-summary';

type Store = IDBPObjectStore<GuideDB, ['records'], 'records', 'readwrite'>;

/**
 * Issues one write per item and waits for them all. When the transaction fails part-way, later writes
 * throw at once and earlier ones reject: every one is caught here, and the transaction's own error
 * is what writeRecords reports.
 */
export async function writeEach<T>(items: readonly T[], write: (item: T) => Promise<unknown>): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const item of items) pending.push(write(item));
  } finally {
    for (const request of pending) request.catch(() => {});
  }
  await Promise.all(pending);
}

/**
 * Runs `work` in one readwrite transaction and resolves once it has committed. If it fails, the
 * transaction is aborted (nothing of it is kept) and the error is the transaction's own, such as
 * QuotaExceededError, rather than the AbortError of whichever request happened to be pending.
 */
export async function writeRecords<T>(work: (store: Store) => Promise<T>): Promise<T> {
  // The popup's first-screen summary is dropped before the write and stored again after it.
  await beforeRecordsWrite();
  try {
    return await withDatabase(async (db) => {
      const tx = db.transaction('records', 'readwrite');
      // Awaited below on success; on failure the transaction's own error is what counts.
      tx.done.catch(() => {});
      const finished = new Promise<void>((resolve) => {
        tx.addEventListener('complete', () => resolve());
        tx.addEventListener('abort', () => resolve());
      });
      try {
        const result = await work(tx.store);
        await tx.done;
        return result;
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Already finished or aborting.
        }
        await finished;
        throw tx.error ?? error;
      }
    });
  } catch (error) {
    // A write the user did not see fail (a capture from Microsoft's page) is told in the popup later.
    if (error instanceof StorageError) await noteStorageProblem(error.kind);
    throw error;
  } finally {
    await afterRecordsWrite();
  }
}
