import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, openDB } from 'idb';
import type { AppPasswordRecord } from '../../shared/record';
import { StorageError } from './storage-errors';
import { checkDatabaseKept } from '../status/storage-problem';
import { forgetFirstScreen } from './forget-first-screen';

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

/**
 * How long an upgrade may wait for an older connection (a page still running the previous version)
 * to let go before the caller is told so. The open itself keeps waiting: once the other side closes
 * it completes, and the next operation uses it.
 */
const BLOCKED_WAIT = { ms: 5000 };

/** Tests shorten the wait; the extension never calls this. */
export function setBlockedWaitForTests(ms: number): void {
  BLOCKED_WAIT.ms = ms;
}

interface Opening {
  db: Promise<IDBPDatabase<GuideDB>>;
  /** Set once the browser has said an older connection elsewhere holds up the upgrade. */
  blocked: boolean;
  /** Callers waiting for the open, to be told if it turns out blocked. */
  onBlocked: Array<() => void>;
  /** The connection, once open. */
  open?: IDBPDatabase<GuideDB>;
}

let opening: Opening | undefined;

function forget(which: Opening): void {
  if (opening === which) opening = undefined;
}

function start(): Opening {
  let created = false;
  const current: Opening = { blocked: false, onBlocked: [], db: undefined as never };
  current.db = openDB<GuideDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      created = oldVersion === 0;
      for (let version = oldVersion; version < DB_VERSION; version++) MIGRATIONS[version](db, tx);
    },
    blocked() {
      current.blocked = true;
      for (const notify of current.onBlocked.splice(0)) notify();
    },
    blocking() {
      // Another context wants a newer version or is deleting the database: let it, rather than
      // wedge it; the next operation here opens afresh.
      forget(current);
      void current.db.then((db) => db.close());
    },
    terminated() {
      // Closed by the browser (site data cleared, database deleted from DevTools): open again next time.
      forget(current);
    },
  }).then(
    async (db) => {
      current.open = db;
      await checkDatabaseKept(created);
      // A new database: a summary left from before describes records that are gone.
      if (created) await forgetFirstScreen();
      return db;
    },
    (error: unknown) => {
      forget(current);
      throw error;
    },
  );
  return current;
}

/** Rejects BLOCKED_WAIT after the open is (or becomes) blocked; the caller's own wait, so each call waits its turn. */
function givingUpWhenBlocked(current: Opening): Promise<never> {
  const giveUp = new Promise<never>((_resolve, reject) => {
    const arm = () => setTimeout(() => reject(new StorageError('blocked')), BLOCKED_WAIT.ms);
    if (current.blocked) arm();
    else current.onBlocked.push(arm);
  });
  giveUp.catch(() => {});
  return giveUp;
}

/** Opened lazily and cached for the life of this worker; a worker restart simply opens it again. */
export function openDatabase(): Promise<IDBPDatabase<GuideDB>> {
  opening ??= start();
  if (opening.open) return opening.db;
  return Promise.race([opening.db, givingUpWhenBlocked(opening)]);
}

/** Drops a connection that failed, unless another call already replaced it: the next call opens afresh. */
export function dropDatabase(db: IDBPDatabase<GuideDB>): void {
  if (opening?.open !== db) return;
  opening = undefined;
  db.close();
}

/** Closes the cached connection; the next call opens afresh (after a deletion, or between tests). */
export async function closeDatabase(): Promise<void> {
  const current = opening;
  opening = undefined;
  if (current) (await current.db.catch(() => undefined))?.close();
}
