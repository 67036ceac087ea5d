import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, MIGRATIONS, closeDatabase, openDatabase } from '../../src/background/inventory/db';
import type { AppPasswordRecord } from '../../src/shared/record';
import { SAMPLE } from '../fixtures/records';
import { route } from '../../src/background/router';
import { OWN, senderFor } from '../support/senders';

/**
 * What the store held at each schema version, as a user of that version would have it: several
 * accounts (and none), shared names, deleted and list-found records, names in other scripts, and
 * hundreds of rows.
 */
const NAMES = ['Outlook on laptop', 'Thunderbird', 'Drucker im Büro', 'Imprimante – 2ᵉ étage', 'スキャナー 東京', 'طابعة المكتب', '📠 Fax', 'iPhone Mail', "O'Brien's PC", '=SUM(1,2)'];
const REALISTIC: AppPasswordRecord[] = [
  ...SAMPLE,
  ...Array.from({ length: 400 }, (_, i) => ({
    ...SAMPLE[i % SAMPLE.length],
    id: `bulk-${i}`,
    name: `${NAMES[i % NAMES.length]}${i % 3 ? ` ${i}` : ''}`,
    account: i % 11 === 0 ? '' : `user${i % 7}@contoso.com`,
    deletedAt: i % 4 === 0 ? SAMPLE[0].updatedAt + i : null,
    deletedHow: i % 4 === 0 ? (['guided', 'elsewhere', 'manual'] as const)[i % 3] : null,
    createdAt: i % 5 === 0 ? null : SAMPLE[0].updatedAt - i * 60_000,
    source: i % 5 === 0 ? ('list' as const) : ('guided' as const),
  })),
];

const INDEXES_AT: Record<number, string[]> = { 1: ['account'], 2: ['account', 'account-name'] };

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

/** Builds the database exactly as version `version` of the extension left it. */
async function databaseAt(version: number, records: AppPasswordRecord[]) {
  const db = await openDB<any>(DB_NAME, version, {
    upgrade(database, oldVersion, _new, tx) {
      for (let v = oldVersion; v < version; v++) MIGRATIONS[v](database, tx as never);
    },
  });
  for (const record of records) await db.add('records', record);
  db.close();
}

describe('schema migrations', () => {
  it('has one migration per version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
    expect(Object.keys(INDEXES_AT).map(Number)).toContain(DB_VERSION);
  });

  it('creates the current schema on a fresh install', async () => {
    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('records').store.indexNames].sort()).toEqual(INDEXES_AT[DB_VERSION]);
  });

  for (let from = 1; from < DB_VERSION; from++) {
    it(`upgrades from version ${from} to ${DB_VERSION} losing nothing`, async () => {
      await databaseAt(from, REALISTIC);
      const db = await openDatabase();
      expect(db.version).toBe(DB_VERSION);
      const byId = (list: AppPasswordRecord[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(await db.getAll('records'))).toEqual(byId(REALISTIC));
      expect([...db.transaction('records').store.indexNames].sort()).toEqual(INDEXES_AT[DB_VERSION]);
      // The new indexes cover the old records too.
      const outlook = await db.getAllFromIndex('records', 'account-name', ['ada@contoso.com', 'Outlook on laptop']);
      expect(outlook.map((r) => r.id).sort()).toEqual(REALISTIC.filter((r) => r.account === 'ada@contoso.com' && r.name === 'Outlook on laptop').map((r) => r.id).sort());
      expect(await db.countFromIndex('records', 'account', 'user3@contoso.com')).toBe(REALISTIC.filter((r) => r.account === 'user3@contoso.com').length);
      expect(await db.countFromIndex('records', 'account', '')).toBe(REALISTIC.filter((r) => r.account === '').length);
    });

    it(`after upgrading from version ${from}, the extension works on the old records through its own messages`, async () => {
      await databaseAt(from, REALISTIC);
      const call = (type: string, payload: unknown = {}) => route({ type, payload }, senderFor(type), OWN) as Promise<any>;
      const listed = await call('records/list');
      expect(listed.ok).toBe(true);
      expect(listed.value).toHaveLength(REALISTIC.length);
      // Capture reconciles by the account-name index, which the upgrade built over the old rows.
      const live = REALISTIC.filter((r) => r.account === 'user1@contoso.com' && r.deletedAt === null);
      const reply = await call('capture/list', { account: 'user1@contoso.com', names: live.slice(1).map((r) => r.name), legacy: false });
      expect(reply).toMatchObject({ ok: true, value: { added: 0, markedDeleted: 1, restored: 0 } });
      const exported = await call('records/export', { format: 'json' });
      expect(JSON.parse(exported.value.text).records).toHaveLength(REALISTIC.length);
    });
  }

  it('upgrades while the old version was open in another context, once that one lets go', async () => {
    const old = await openDB<any>(DB_NAME, 1, {
      upgrade(database, _o, _n, tx) {
        MIGRATIONS[0](database, tx as never);
      },
      blocking() {
        old.close();
      },
    });
    await old.add('records', SAMPLE[0]);
    const db = await openDatabase();
    expect(await db.getAll('records')).toEqual([SAMPLE[0]]);
  });
});
