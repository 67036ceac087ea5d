/**
 * The popup's first screen, kept ready by the background (issue #18). The background is the only
 * writer of the records; after every write it puts the records the popup's first frame draws into
 * storage.local under FIRST_SCREEN_KEY, so an opening popup draws its list from one storage.local
 * read, without opening IndexedDB (Chromium takes 10–75 ms to open it in a fresh page). The popup
 * still reads the database itself right after its first frame and draws what it finds there.
 *
 * Never stale: the background removes the summary before each write to the records and writes it
 * again once the write is over (background/inventory/first-screen-summary.ts), so a popup opened
 * in between finds none and reads the database.
 */
import type { AppPasswordRecord } from './record';

export const FIRST_SCREEN_KEY = 'firstScreen';

/**
 * Records the first frame can draw without reading a large inventory whole: the first known
 * accounts in the `account` index, each whole (up to Microsoft's 40 app passwords and their
 * history: more than the popup shows without scrolling), or every record when there are no more.
 */
export const FIRST_SCREEN_RECORDS = 100;

export interface FirstScreen {
  records: AppPasswordRecord[];
  /** False when only the first accounts are in `records`: counts over all records wait for the full read. */
  complete: boolean;
}

/** The two calls of an idb object store (or index) this needs, whichever database typing it has. */
interface Readable {
  getAll(query?: IDBKeyRange | string | null, count?: number): Promise<unknown[]>;
}
interface RecordsStore extends Readable {
  indexNames: DOMStringList | { contains(name: string): boolean };
  index(name: 'account'): Readable;
}

/** What the first frame shows, read from the records store (or the whole store if it is small). */
export async function readFirstScreen(store: RecordsStore): Promise<FirstScreen> {
  if (store.indexNames.contains('account')) {
    // Known accounts only ('' sorts first in the index but is drawn last), one more record than
    // kept: the last account read may be cut short, so it is left for the full read. (No count()
    // first: Chromium counts a store by walking it.)
    const byAccount = store.index('account');
    const page = (await byAccount.getAll(IDBKeyRange.lowerBound('', true), FIRST_SCREEN_RECORDS + 1)) as AppPasswordRecord[];
    if (page.length > FIRST_SCREEN_RECORDS) {
      const cut = page.at(-1)!.account;
      const whole = page.filter((record) => record.account !== cut);
      // One account larger than the page on its own: that account, whole.
      const records = whole.length ? whole : ((await byAccount.getAll(IDBKeyRange.only(cut))) as AppPasswordRecord[]);
      return { records, complete: false };
    }
  }
  return { records: (await store.getAll()) as AppPasswordRecord[], complete: true };
}

/** The stored summary, or null when there is none or it is not one (an older or damaged value). */
export function firstScreenOf(value: unknown): FirstScreen | null {
  const summary = value as FirstScreen | null | undefined;
  const valid =
    !!summary &&
    typeof summary === 'object' &&
    typeof summary.complete === 'boolean' &&
    Array.isArray(summary.records) &&
    summary.records.every((r) => r && typeof r.id === 'string' && typeof r.name === 'string' && typeof r.account === 'string');
  return valid ? summary : null;
}
