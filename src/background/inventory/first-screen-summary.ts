/**
 * Keeps the popup's first-screen summary (shared/first-screen.ts) in storage.local, so an opening
 * popup draws its list without opening IndexedDB. Every write to the records goes through
 * writeRecords (transaction.ts), which calls these two around it:
 * - before: the summary is removed (and that awaited) before the write can commit, so a popup
 *   opened while the records change finds no summary and reads the database instead;
 * - after (committed or not): once no write is in flight, the summary is read from the database and
 *   stored, unless another write began meanwhile (that one will store its own).
 * This worker is the only writer of the records and of the summary, so counting its writes is enough.
 */
import browser from 'webextension-polyfill';
import { FIRST_SCREEN_KEY, readFirstScreen } from '../../shared/first-screen';
import { forgetFirstScreen } from './forget-first-screen';
import { readRecords } from './with-database';
import { DATABASE_MARKER_KEY } from '../status/storage-problem';

let inFlight = 0;
/** Bumped by every write: a summary read before a later write began is not stored. */
let generation = 0;

export async function beforeRecordsWrite(): Promise<void> {
  inFlight++;
  generation++;
  await forgetFirstScreen();
}

export async function afterRecordsWrite(): Promise<void> {
  inFlight--;
  if (inFlight === 0) await storeFirstScreen();
}

/** Reads the summary from the database and stores it, unless a write began meanwhile. */
async function storeFirstScreen(): Promise<void> {
  const seen = generation;
  try {
    const summary = await readRecords((db) => readFirstScreen(db.transaction('records').store));
    // storage.local applies one extension's calls in order: a write that began after this check
    // removes the summary after this set.
    if (seen === generation && inFlight === 0) await browser.storage.local.set({ [FIRST_SCREEN_KEY]: summary });
  } catch (error) {
    // Without a summary the popup reads the database itself: slower to draw, never wrong.
    console.warn('App Password Guide: could not keep the popup\'s first screen ready', error);
  }
}

/**
 * At worker start: an update from a version without the summary, or storage cleared, leave none;
 * it is written once here so the next popup open has it. Before the records database exists there
 * is nothing to summarise, and it is not created for this.
 */
export async function ensureFirstScreen(): Promise<void> {
  try {
    const stored = await browser.storage.local.get([FIRST_SCREEN_KEY, DATABASE_MARKER_KEY]);
    if (stored[FIRST_SCREEN_KEY] === undefined && stored[DATABASE_MARKER_KEY] !== undefined && inFlight === 0) await storeFirstScreen();
  } catch (error) {
    console.warn('App Password Guide: could not keep the popup\'s first screen ready', error);
  }
}
