import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { DB_NAME as BACKGROUND_DB_NAME, closeDatabase } from '../../src/background/inventory/db';
import { SETTINGS_KEY as BACKGROUND_SETTINGS_KEY, writeUserSettings } from '../../src/background/settings/settings-store';
import { PROBLEM_KEY as BACKGROUND_PROBLEM_KEY, noteStorageProblem } from '../../src/background/status/storage-problem';
import { rememberPageSeen } from '../../src/background/status/page-seen';
import { addRecord } from '../../src/background/inventory/records-store';
import { recordsChanged } from '../../src/background/inventory/records-changed';
import { announceRecordChanges } from '../../src/background/inventory/announce';
import { DB_NAME, LAST_PAGE_KEY, PROBLEM_KEY, RECORDS_CHANGED_CHANNEL, SETTINGS_KEY } from '../../src/shared/stored';
import { FIRST_SCREEN_RECORDS, readLastPage, readStoredLocal, readStoredRecords } from '../../src/popup/data/read-stored';
import { fakeBrowser, resetFakeBrowser } from '../fakes/browser';

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  await resetFakeBrowser();
});
afterEach(closeDatabase);

describe('the popup reads where the background writes', () => {
  it('uses the background\'s names for the database and storage keys', async () => {
    expect(DB_NAME).toBe(BACKGROUND_DB_NAME);
    expect(SETTINGS_KEY).toBe(BACKGROUND_SETTINGS_KEY);
    expect(PROBLEM_KEY).toBe(BACKGROUND_PROBLEM_KEY);
    await rememberPageSeen('https://mysignins.microsoft.com/security-info', 'security-info');
    expect((await fakeBrowser.storage.session.get(LAST_PAGE_KEY))[LAST_PAGE_KEY]).toMatchObject({ host: 'mysignins.microsoft.com' });
  });

  it('reads records, settings, a storage problem and the last page as the background wrote them', async () => {
    const added = await addRecord({ name: 'Scanner', account: 'ada@contoso.com' }, 'manual');
    await writeUserSettings({ reviewIntervalDays: 30 });
    await noteStorageProblem('full', 5);
    await rememberPageSeen('https://mysignins.microsoft.com/security-info', 'security-info', 7);
    expect(await readStoredRecords()).toEqual({ records: [added], complete: true });
    expect(await readStoredLocal()).toMatchObject({ settings: { reviewIntervalDays: 30 }, storageProblem: { kind: 'full', at: 5 } });
    expect(await readLastPage()).toEqual({ host: 'mysignins.microsoft.com', step: 'security-info', at: 7 });
  });

  it('never creates the database: with none yet it answers null and leaves the creating to the background', async () => {
    expect(await readStoredRecords()).toBeNull();
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('reads only the first accounts, whole, of a large inventory for the first frame', async () => {
    const accounts = ['', 'ada@contoso.com', 'bob@contoso.com', 'cy@contoso.com', 'di@contoso.com'];
    for (let i = 0; i < FIRST_SCREEN_RECORDS + 200; i++) await addRecord({ name: `App ${i}`, account: accounts[i % accounts.length] }, 'manual');
    const first = await readStoredRecords({ firstScreen: true });
    expect(first?.complete).toBe(false);
    const counted = new Map<string, number>();
    for (const record of first!.records) counted.set(record.account, (counted.get(record.account) ?? 0) + 1);
    // Unknown accounts are drawn last, so they are not in the first read; every account read is whole.
    expect([...counted.keys()]).not.toContain('');
    for (const count of counted.values()) expect(count).toBe((FIRST_SCREEN_RECORDS + 200) / accounts.length);
    expect(first!.records.length).toBeLessThanOrEqual(FIRST_SCREEN_RECORDS);
    expect((await readStoredRecords())?.records).toHaveLength(FIRST_SCREEN_RECORDS + 200);
  });

  it('hears from the background after every write to the records', async () => {
    announceRecordChanges();
    const heard: unknown[] = [];
    const channel = new BroadcastChannel(RECORDS_CHANGED_CHANNEL);
    channel.onmessage = (event) => heard.push(event.data);
    recordsChanged();
    await expect.poll(() => heard.length).toBe(1);
    channel.close();
  });
});
