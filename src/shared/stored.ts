/**
 * Where the background keeps what the popup shows. The background is the only writer; the popup
 * reads these directly (read-only) so that it can draw at once, even while the service worker is
 * stopped, instead of waiting for the worker to start and answer. test/unit/popup-read-stored.test.ts
 * checks that the background uses the same names.
 */

/** IndexedDB database and store (a contract with acceptance tests outside this project). */
export const DB_NAME = 'app-password-guide';
export const RECORDS_STORE = 'records';

/** storage.local: the user's settings, and a storage problem the user has not yet dismissed. */
export const SETTINGS_KEY = 'settings';
export const PROBLEM_KEY = 'storageProblem';
/** storage.session: where the guide last ran. */
export const LAST_PAGE_KEY = 'lastPage';

/**
 * The background posts on this BroadcastChannel after every write to the records, so every open
 * popup (and the same page in a tab) reads them again and all of them agree. It carries no data:
 * the records are read from the database itself.
 */
export const RECORDS_CHANGED_CHANNEL = 'app-password-guide/records-changed';
