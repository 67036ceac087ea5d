/**
 * The popup's first-screen summary (issue #18): the background rewrites it after every write to the
 * records, whichever path wrote (by hand, capture, import, a failed write), and no popup can read a
 * summary older than the records: it is gone before a write commits.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { closeDatabase, openDatabase } from '../../src/background/inventory/db';
import { addRecord, markReviewed, removeRecord, updateRecord } from '../../src/background/inventory/records-store';
import { writeRecords } from '../../src/background/inventory/transaction';
import { captureCreated, captureDeleted } from '../../src/background/capture/apply-capture';
import { importInventory } from '../../src/background/transfer/import-export';
import { ensureFirstScreen } from '../../src/background/inventory/first-screen-summary';
import { FIRST_SCREEN_KEY, FIRST_SCREEN_RECORDS, readFirstScreen } from '../../src/shared/first-screen';
import { readStoredLocal, readStoredRecords } from '../../src/popup/data/read-stored';
import { readFirst } from '../../src/popup/data/first-read';
import { fakeBrowser, resetFakeBrowser } from '../fakes/browser';

const stored = async () => (await fakeBrowser.storage.local.get(FIRST_SCREEN_KEY))[FIRST_SCREEN_KEY] as { records: { id: string; name: string }[]; complete: boolean } | undefined;
const names = async () => (await stored())?.records.map((r) => r.name).sort();

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  await resetFakeBrowser();
});
afterEach(closeDatabase);

describe('the first-screen summary', () => {
  it('is rewritten by every write to the records, whichever path made it', async () => {
    const ada = 'ada@contoso.com';
    const outlook = await addRecord({ name: 'Outlook', account: ada }, 'manual');
    expect(await names()).toEqual(['Outlook']);
    await updateRecord({ id: outlook.id, name: 'Outlook on laptop' });
    expect(await names()).toEqual(['Outlook on laptop']);
    const reviewed = await markReviewed(outlook.id, 1234);
    expect((await stored())?.records[0]).toEqual(reviewed);
    await captureCreated({ flowId: 'flow-0001', name: 'Thunderbird', account: ada });
    expect(await names()).toEqual(['Outlook on laptop', 'Thunderbird']);
    await captureDeleted({ name: 'Thunderbird', account: ada, remaining: 0 });
    expect((await stored())?.records.find((r) => r.name === 'Thunderbird')).toMatchObject({ deletedAt: expect.any(Number) });
    await importInventory('csv', 'name,account\nScanner,bob@contoso.com\n');
    expect(await names()).toEqual(['Outlook on laptop', 'Scanner', 'Thunderbird']);
    await removeRecord(outlook.id);
    expect(await names()).toEqual(['Scanner', 'Thunderbird']);
    expect((await stored())?.complete).toBe(true);
  });

  it('is what the popup would read from the database for its first frame, also for a large inventory', async () => {
    const accounts = ['', 'ada@contoso.com', 'bob@contoso.com', 'cy@contoso.com'];
    const rows = Array.from({ length: FIRST_SCREEN_RECORDS + 60 }, (_, i) => `App ${i},${accounts[i % accounts.length]}`);
    await importInventory('csv', `name,account\n${rows.join('\n')}\n`);
    const fromDatabase = await readStoredRecords({ firstScreen: true });
    expect(fromDatabase?.complete).toBe(false);
    expect(await stored()).toEqual({ records: fromDatabase!.records, complete: false });
  });

  it('is gone before a write commits, and back after a write that fails', async () => {
    await addRecord({ name: 'Outlook', account: '' }, 'manual');
    let seenDuringWrite: unknown = 'not looked';
    await expect(
      writeRecords(async (store) => {
        seenDuringWrite = await stored();
        await store.put({ ...(await store.getAll())[0], name: 'Half-written' });
        throw new Error('refused part-way');
      }),
    ).rejects.toThrow('refused part-way');
    expect(seenDuringWrite).toBeUndefined();
    // The failed write changed nothing, and the summary says so.
    expect(await names()).toEqual(['Outlook']);
  });

  it('is not stored from a read that a later write overtook', async () => {
    const first = await addRecord({ name: 'One', account: '' }, 'manual');
    // Writes racing each other: whatever order they finish in, the summary ends as the database.
    await Promise.all([
      addRecord({ name: 'Two', account: '' }, 'manual'),
      updateRecord({ id: first.id, name: 'One renamed' }),
      addRecord({ name: 'Three', account: 'ada@contoso.com' }, 'manual'),
    ]);
    const db = await openDatabase();
    expect(await stored()).toEqual(await readFirstScreen(db.transaction('records').store));
    expect(await names()).toEqual(['One renamed', 'Three', 'Two']);
  });

  it('is written at worker start when an older version left none, once the database exists', async () => {
    await ensureFirstScreen();
    expect(await stored()).toBeUndefined();
    expect(await indexedDB.databases()).toEqual([]);
    await addRecord({ name: 'Outlook', account: '' }, 'manual');
    await fakeBrowser.storage.local.remove(FIRST_SCREEN_KEY);
    await ensureFirstScreen();
    expect(await names()).toEqual(['Outlook']);
  });

  it('is dropped when the database is created anew (it was deleted from outside)', async () => {
    await addRecord({ name: 'Outlook', account: '' }, 'manual');
    await closeDatabase();
    globalThis.indexedDB = new IDBFactory();
    await openDatabase();
    expect(await stored()).toBeUndefined();
  });
});

describe('the popup\'s first read', () => {
  it('draws from the summary without opening the database', async () => {
    await addRecord({ name: 'Outlook', account: 'ada@contoso.com' }, 'manual');
    await closeDatabase();
    // A database that never answers: the summary alone draws the first frame.
    const never = vi.spyOn(indexedDB, 'open').mockImplementation(() => ({}) as IDBOpenDBRequest);
    try {
      const read = readFirst();
      const first = await read.promise;
      read.stopNoting();
      expect(first.records).toMatchObject({ records: [{ name: 'Outlook' }], complete: true, fromSummary: true });
      expect((await readStoredLocal())?.firstScreen?.records).toHaveLength(1);
    } finally {
      never.mockRestore();
    }
  });

  it('reads the database when there is no summary (a write in flight) or it is damaged', async () => {
    await addRecord({ name: 'Outlook', account: '' }, 'manual');
    await fakeBrowser.storage.local.set({ [FIRST_SCREEN_KEY]: { records: [{ id: 1 }], complete: true } });
    const read = readFirst();
    const first = await read.promise;
    read.stopNoting();
    expect(first.records).toMatchObject({ records: [{ name: 'Outlook' }], complete: true });
    expect(first.records?.fromSummary).toBeUndefined();
  });
});
