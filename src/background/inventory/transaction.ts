/**
 * Every use of the records database goes through here, so that a failure is handled in one way:
 * a connection closed or lost under us (database deleted, site data cleared, an upgrade elsewhere)
 * is dropped and the work tried once more on a fresh one; anything else IndexedDB refuses (no room
 * left, a newer schema) becomes a typed StorageError. A write is one transaction: all or nothing,
 * and the popup's first-screen summary is kept in step with it (first-screen-summary.ts).
 */
import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import { type GuideDB, dropDatabase, openDatabase } from './db';
import { StorageError, classifyStorageError, isLostConnection } from './storage-errors';
import { noteStorageProblem } from '../status/storage-problem';
import { afterRecordsWrite, beforeRecordsWrite } from './first-screen-summary';

type Store = IDBPObjectStore<GuideDB, ['records'], 'records', 'readwrite'>;

async function withDatabase<T>(work: (db: IDBPDatabase<GuideDB>) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    let db: IDBPDatabase<GuideDB> | undefined;
    try {
      db = await openDatabase();
      return await work(db);
    } catch (error) {
      if (db && isLostConnection(error)) dropDatabase(db);
      if (attempt === 0 && db && isLostConnection(error)) continue;
      throw classifyStorageError(error);
    }
  }
}

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

export function readRecords<T>(read: (db: IDBPDatabase<GuideDB>) => Promise<T>): Promise<T> {
  return withDatabase(read);
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
