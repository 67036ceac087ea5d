import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, openDB } from 'idb';
import type { AppPasswordRecord } from '../shared/record';

/** Database and store names are a contract with acceptance tests outside this project. */
export const DB_NAME = 'app-password-guide';
export const DB_VERSION = 2;

export interface GuideDB extends DBSchema {
  records: {
    key: string;
    value: AppPasswordRecord;
    indexes: { account: string; 'account-name': [string, string] };
  };
}

/**
 * Each entry upgrades from the version before it. Migrations only ever add or transform: they must
 * never drop a record, and each one has a test that starts from every earlier version.
 */
export type UpgradeTransaction = IDBPTransaction<GuideDB, StoreNames<GuideDB>[], 'versionchange'>;

export const MIGRATIONS: Array<(db: IDBPDatabase<GuideDB>, tx: UpgradeTransaction) => void> = [
  // v1: the records store, keyed by our own id, with an index to group by account.
  (db) => {
    const store = db.createObjectStore('records', { keyPath: 'id' });
    store.createIndex('account', 'account');
  },
  // v2: capture looks records up by account and name (several app passwords may share a name), so
  // index the pair. Adds an index only; every stored record is kept as it was.
  (_db, tx) => {
    tx.objectStore('records').createIndex('account-name', ['account', 'name']);
  },
];

let opening: Promise<IDBPDatabase<GuideDB>> | undefined;

/** Opened lazily and cached for the life of this worker; a worker restart simply opens it again. */
export function openDatabase(): Promise<IDBPDatabase<GuideDB>> {
  opening ??= openDB<GuideDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DB_VERSION; version++) MIGRATIONS[version](db, tx);
    },
    blocking() {
      // Another context wants a newer version: let it upgrade rather than wedge it.
      void opening?.then((db) => db.close());
      opening = undefined;
    },
    terminated() {
      opening = undefined;
    },
  }).catch((error) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** Closes the cached connection; the next call opens afresh (after a deletion, or between tests). */
export async function closeDatabase(): Promise<void> {
  const current = opening;
  opening = undefined;
  if (current) (await current.catch(() => undefined))?.close();
}
