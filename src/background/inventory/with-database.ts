/**
 * The one way to the records database (transaction.ts writes through it too): a connection closed
 * or lost under us (database deleted, site data cleared, an upgrade elsewhere) is dropped and the
 * work tried once more on a fresh one; anything else IndexedDB refuses (no room left, a newer
 * schema) becomes a typed StorageError.
 */
import type { IDBPDatabase } from 'idb';
import { type GuideDB, dropDatabase, openDatabase } from './db';
import { classifyStorageError, isLostConnection } from './storage-errors';

export async function withDatabase<T>(work: (db: IDBPDatabase<GuideDB>) => Promise<T>): Promise<T> {
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

export function readRecords<T>(read: (db: IDBPDatabase<GuideDB>) => Promise<T>): Promise<T> {
  return withDatabase(read);
}
