/**
 * IndexedDB failing under the extension: no room left, an upgrade blocked by an older page, the
 * database deleted or closed while the worker holds it. Each must end in a typed error code (never a
 * hang or a raw exception), keep every record already stored, and leave the extension working.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBObjectStore as FakeObjectStore, forceCloseDatabase } from 'fake-indexeddb';
import { openDB } from 'idb';
import { route } from '../../src/background/router';
import { DB_NAME, DB_VERSION, MIGRATIONS, closeDatabase, openDatabase, setBlockedWaitForTests } from '../../src/background/inventory/db';
import { PROBLEM_KEY } from '../../src/background/status/storage-problem';
import { createReporter } from '../../src/content/capture/report';
import type { PageFacts } from '../../src/content/page-facts';
import type { Message } from '../../src/shared/protocol';
import type { AppPasswordRecord } from '../../src/shared/record';
import { fakeBrowser, resetFakeBrowser } from '../fakes/browser';
import { SAMPLE } from '../fixtures/records';
import { OWN, senderFor } from '../support/senders';

const raw = (type: string, payload: unknown = {}) => route({ type, payload }, senderFor(type), OWN) as Promise<any>;
const byId = (records: AppPasswordRecord[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
async function stored(): Promise<AppPasswordRecord[]> {
  const reply = await raw('records/list');
  if (!reply.ok) throw new Error(JSON.stringify(reply));
  return byId(reply.value);
}

async function seed(records: AppPasswordRecord[]) {
  const db = await openDatabase();
  for (const record of records) await db.add('records', record);
}

/**
 * Makes every write fail the way Chrome reports a full disk: the requests are accepted, then the
 * transaction aborts with a QuotaExceededError. `mode: 'throw'` has the write itself throw instead.
 */
function fillTheDisk(mode: 'abort' | 'throw' = 'abort'): () => void {
  const proto = FakeObjectStore.prototype as any;
  const originals = { put: proto.put, add: proto.add, delete: proto.delete };
  for (const method of ['put', 'add', 'delete'] as const) {
    proto[method] = function (this: any, ...args: unknown[]) {
      if (mode === 'throw') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      const request = originals[method].apply(this, args);
      this.transaction._abort('QuotaExceededError');
      return request;
    };
  }
  return () => Object.assign(proto, originals);
}

let restoreDisk: (() => void) | undefined;

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  await resetFakeBrowser();
  setBlockedWaitForTests(100);
});

afterEach(() => {
  restoreDisk?.();
  restoreDisk = undefined;
  setBlockedWaitForTests(5000);
});

const CREATE: [string, unknown][] = [
  ['records/add', { name: 'Printer', account: 'ada@contoso.com' }],
  ['records/update', { id: 'a1', notes: 'changed' }],
  ['records/review', { id: 'a2' }],
  ['records/remove', { id: 'a3' }],
  ['capture/created', { flowId: 'flow-0001-abcd', name: 'Outlook on phone', account: 'ada@contoso.com' }],
  ['capture/deleted', { name: 'Outlook on laptop', account: 'ada@contoso.com', remaining: 0 }],
  ['capture/list', { account: 'ada@contoso.com', names: ['Only this one'], legacy: false }],
  ['records/import', { format: 'csv', text: 'name,account\r\nScanner,bob@contoso.com\r\n' }],
];

describe('no room left (QuotaExceededError)', () => {
  it.each(CREATE.flatMap(([type, payload]) => (['abort', 'throw'] as const).map((mode) => [type, mode, payload] as const)))(
    '%s (%s): answers storage-full, keeps every stored record, and notes it for the popup',
    async (type, mode, payload) => {
      await seed(SAMPLE);
      restoreDisk = fillTheDisk(mode);
      const reply = await raw(type, payload);
      expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full', message: expect.stringMatching(/no room left/) } });
      restoreDisk();
      restoreDisk = undefined;
      expect(await stored()).toEqual(byId(SAMPLE));
      const status = await raw('status/get');
      expect(status.value.storageProblem).toEqual({ kind: 'full', at: expect.any(Number) });
      // Storage works again: the same message now succeeds, so nothing stays wedged.
      expect(await raw(type, payload)).toMatchObject({ ok: true });
    },
  );

  it('keeps the guide on the page working: capture fails quietly, in order, and later captures still arrive', async () => {
    await seed(SAMPLE);
    const delivered: Array<{ type: string; code: string | null }> = [];
    const deliver = async (message: Message) => {
      const reply = await route(message, senderFor(message.type), OWN);
      delivered.push({ type: message.type, code: reply.ok ? null : reply.error.code });
      return reply;
    };
    let n = 0;
    const reporter = createReporter(deliver, () => `flow-${String(++n).padStart(8, '0')}`, async () => {});
    const facts = (step: PageFacts['step'], extra: Partial<PageFacts> = {}): PageFacts => ({
      step,
      url: 'https://mysignins.microsoft.com/security-info',
      account: 'ada@contoso.com',
      appPasswordNames: null,
      typedName: null,
      ...extra,
    });
    restoreDisk = fillTheDisk();
    expect(() => {
      reporter.report(facts('security-info', { appPasswordNames: ['Outlook on laptop', 'Outlook on laptop'] }));
      reporter.report(facts('name', { typedName: 'Mail on tablet' }));
      reporter.report(facts('copy-password'));
    }).not.toThrow();
    await reporter.idle();
    // A full disk is not retried (it would fail again) and nothing was written.
    expect(delivered).toEqual([
      { type: 'capture/list', code: 'storage-full' },
      { type: 'capture/created', code: 'storage-full' },
    ]);
    expect(await stored()).toEqual(byId(SAMPLE));
    restoreDisk();
    restoreDisk = undefined;
    // Room again: the next look at the list is sent again (it was not assumed known) and lands.
    reporter.report(facts('created', { appPasswordNames: ['Outlook on laptop', 'Outlook on laptop', 'Mail on tablet'] }));
    await reporter.idle();
    expect(delivered.at(-1)).toEqual({ type: 'capture/list', code: null });
    expect((await stored()).filter((r) => r.name === 'Mail on tablet')).toHaveLength(1);
    expect((await raw('status/get')).value.storageProblem.kind).toBe('full');
  });

  it('keeps reporting after a delivery that throws instead of answering', async () => {
    const sent: string[] = [];
    let first = true;
    const deliver = async (message: Message) => {
      if (first) {
        first = false;
        throw new Error('Extension context invalidated.');
      }
      sent.push(message.type);
      return route(message, senderFor(message.type), OWN);
    };
    const reporter = createReporter(deliver, () => 'flow-after-throw', async () => {});
    const base = { url: 'https://mysignins.microsoft.com/security-info', account: 'ada@contoso.com', typedName: null };
    reporter.report({ ...base, step: 'security-info', appPasswordNames: ['Printer'] });
    reporter.report({ ...base, step: 'name', appPasswordNames: null, typedName: 'Scanner' });
    reporter.report({ ...base, step: 'copy-password', appPasswordNames: null });
    await reporter.idle();
    expect(sent).toEqual(['capture/created']);
    expect((await stored()).map((r) => r.name)).toEqual(['Scanner']);
  });

  it('refuses an import that does not fit as a whole: not one of its rows is kept', async () => {
    await seed(SAMPLE);
    const proto = FakeObjectStore.prototype as any;
    const add = proto.add;
    let adds = 0;
    // The disk fills up part-way through the import.
    proto.add = function (this: any, ...args: unknown[]) {
      if (++adds === 300) this.transaction._abort('QuotaExceededError');
      return add.apply(this, args);
    };
    restoreDisk = () => (proto.add = add);
    const rows = Array.from({ length: 500 }, (_, i) => `Device ${i},user${i % 9}@contoso.com`);
    const reply = await raw('records/import', { format: 'csv', text: 'name,account\r\n' + rows.join('\r\n') });
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect(await stored()).toEqual(byId(SAMPLE));
  });
});

/** A page of the previous version, still open, that does not let go when asked. */
async function stubbornOldPage(version = 1) {
  return openDB<any>(DB_NAME, version, {
    upgrade(database, oldVersion, _new, tx) {
      for (let v = oldVersion; v < version; v++) MIGRATIONS[v](database, tx as never);
    },
  });
}

describe('an upgrade blocked by an older connection', () => {
  it('answers storage-blocked instead of hanging, then upgrades once the old page closes, losing nothing', async () => {
    const old = await stubbornOldPage(1);
    for (const record of SAMPLE) await old.add('records', record);
    const first = await raw('records/list');
    expect(first).toMatchObject({ ok: false, error: { code: 'storage-blocked' } });
    // Still blocked: asked again, it says so again at once rather than queueing another open.
    expect(await raw('capture/list', { account: 'ada@contoso.com', names: [], legacy: false })).toMatchObject({
      ok: false,
      error: { code: 'storage-blocked' },
    });
    old.close();
    expect(await stored()).toEqual(byId(SAMPLE));
    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('records').store.indexNames]).toContain('account-name');
  });

  it('the content script retries a blocked capture, so a creation is not lost if the old page closes soon', async () => {
    const old = await stubbornOldPage(1);
    let attempts = 0;
    const deliver = async (message: Message) => {
      attempts++;
      if (attempts === 2) old.close();
      return route(message, senderFor(message.type), OWN);
    };
    const reporter = createReporter(deliver, () => 'flow-blocked-1', async () => {});
    const base = { url: 'https://mysignins.microsoft.com/security-info', account: 'ada@contoso.com', appPasswordNames: null };
    reporter.report({ ...base, step: 'name', typedName: 'Scanner' });
    reporter.report({ ...base, step: 'copy-password', typedName: null });
    await reporter.idle();
    expect(attempts).toBe(2);
    expect((await stored()).map((r) => r.name)).toEqual(['Scanner']);
  });
});

describe('our connection when another context needs the database', () => {
  it('closes on "blocking" so a newer version can upgrade, and then says storage-newer instead of failing blindly', async () => {
    await seed(SAMPLE);
    const newer = await openDB<any>(DB_NAME, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    expect(await raw('records/list')).toMatchObject({ ok: false, error: { code: 'storage-newer' } });
    // Nothing was lost: the newer schema holds the same records.
    const check = await openDB<any>(DB_NAME, DB_VERSION + 1);
    expect(byId(await check.getAll('records'))).toEqual(byId(SAMPLE));
    check.close();
  });

  it('lets another context delete the database, recreates it on the next operation, and tells the user data was lost', async () => {
    await seed(SAMPLE);
    expect((await raw('status/get')).value.storageProblem).toBeNull();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(DB_NAME);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('deletion blocked by our connection'));
    });
    // The extension keeps working on a fresh, empty database with the current schema.
    expect(await stored()).toEqual([]);
    expect(await raw('capture/created', { flowId: 'flow-after-delete', name: 'Printer', account: 'ada@contoso.com' })).toMatchObject({
      ok: true,
      value: { isNew: true },
    });
    expect((await stored()).map((r) => r.name)).toEqual(['Printer']);
    const status = (await raw('status/get')).value;
    expect(status.storageProblem).toEqual({ kind: 'lost', at: expect.any(Number) });
    expect(await raw('status/dismiss-storage-problem')).toEqual({ ok: true, value: null });
    expect((await raw('status/get')).value.storageProblem).toBeNull();
  });

  it('reopens after the browser closes the connection (site data cleared, DevTools), keeping the records', async () => {
    await seed(SAMPLE);
    forceCloseDatabase((await openDatabase()) as any);
    expect(await stored()).toEqual(byId(SAMPLE));
    expect(await raw('records/review', { id: 'a1' })).toMatchObject({ ok: true });
    expect((await raw('status/get')).value.storageProblem).toBeNull();
  });

  it('retries once on a fresh connection when the cached one was closed under it', async () => {
    await seed(SAMPLE);
    // Closed without the cache knowing (a race with "blocking"): the next transaction throws InvalidStateError.
    (await openDatabase()).close();
    expect(await raw('records/update', { id: 'a1', notes: 'after reconnect' })).toMatchObject({ ok: true, value: { notes: 'after reconnect' } });
    expect(await stored()).toHaveLength(SAMPLE.length);
  });

  it('does not report a lost database on a fresh install or on a normal reopen', async () => {
    await seed(SAMPLE.slice(0, 1));
    await closeDatabase();
    await stored();
    expect(await fakeBrowser.storage.local.get(PROBLEM_KEY)).toEqual({});
  });
});
