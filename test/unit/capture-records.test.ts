import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { route } from '../../src/background/router';
import { closeDatabase } from '../../src/background/inventory/db';
import { RESTORE_WINDOW_MS } from '../../src/background/capture/reconcile';
import type { AppPasswordRecord } from '../../src/shared/record';
import { resetFakeBrowser } from '../fakes/browser';
import { CONTENT_SCRIPT, OWN } from '../support/senders';
import { call, raw } from '../support/background';

const records = async (): Promise<AppPasswordRecord[]> => call('records/list');
const live = async (account = 'ada@contoso.com') =>
  (await records()).filter((r) => r.account === account && r.deletedAt === null).map((r) => r.name).sort();
const ADA = 'ada@contoso.com';

beforeEach(async () => {
  await resetFakeBrowser();
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

describe('capture/created', () => {
  it('records name, account, time and source guided', async () => {
    const before = Date.now();
    const reply = await call('capture/created', { flowId: 'flow-0001', name: 'Outlook on laptop', account: ADA });
    expect(reply).toEqual({ id: 'flow-0001', isNew: true });
    const [record] = await records();
    expect(record).toMatchObject({ id: 'flow-0001', name: 'Outlook on laptop', account: ADA, source: 'guided', deletedAt: null });
    expect(record.createdAt).toBeGreaterThanOrEqual(before);
    expect(record.firstSeenAt).toBe(record.createdAt);
  });

  it('is idempotent: the same flow re-sent (worker restarted) makes no second record', async () => {
    const payload = { flowId: 'flow-0002', name: 'Scanner', account: ADA };
    const replies = await Promise.all([call('capture/created', payload), call('capture/created', payload)]);
    expect(replies.filter((r) => r.isNew)).toHaveLength(1);
    await closeDatabase(); // as if the worker was stopped
    expect(await call('capture/created', payload)).toEqual({ id: 'flow-0002', isNew: false });
    expect(await records()).toHaveLength(1);
  });

  it('then the list on return matches it instead of adding a list-found copy', async () => {
    await call('capture/created', { flowId: 'flow-0003', name: 'Outlook', account: ADA });
    expect(await call('capture/list', { account: ADA, names: ['Outlook'], legacy: false })).toEqual({ added: 0, markedDeleted: 0, restored: 0, skipped: 0, refused: 0 });
    expect(await records()).toHaveLength(1);
  });

  it('refuses a payload carrying anything but name, account and flow id', async () => {
    const reply = await raw('capture/created', { flowId: 'flow-0004', name: 'x', account: '', password: 'abcdabcdabcdabcd' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await records()).toEqual([]);
  });
});

describe('capture/list', () => {
  it('adds unknown rows as found on the list, with no creation time', async () => {
    expect(await call('capture/list', { account: ADA, names: ['Printer', 'Phone mail'], legacy: false })).toMatchObject({ added: 2 });
    const found = await records();
    expect(found.map((r) => [r.name, r.source, r.createdAt])).toEqual(
      expect.arrayContaining([
        ['Printer', 'list', null],
        ['Phone mail', 'list', null],
      ]),
    );
    expect(found.every((r) => typeof r.firstSeenAt === 'number')).toBe(true);
  });

  it('marks legacy-list as the source on the legacy page', async () => {
    await call('capture/list', { account: ADA, names: ['Old scanner'], legacy: true });
    expect((await records())[0].source).toBe('legacy-list');
  });

  it('notices a row deleted elsewhere, and changes nothing when seen again', async () => {
    await call('capture/list', { account: ADA, names: ['A', 'B'], legacy: false });
    expect(await call('capture/list', { account: ADA, names: ['B'], legacy: false })).toMatchObject({ added: 0, markedDeleted: 1 });
    const gone = (await records()).find((r) => r.name === 'A')!;
    expect(gone.deletedHow).toBe('elsewhere');
    expect(gone.deletedAt).toBeTypeOf('number');
    expect(await call('capture/list', { account: ADA, names: ['B'], legacy: false })).toEqual({ added: 0, markedDeleted: 0, restored: 0, skipped: 0, refused: 0 });
  });

  it('matches shared names by count', async () => {
    await call('capture/list', { account: ADA, names: ['Outlook', 'Outlook', 'Teams'], legacy: false });
    expect(await live()).toEqual(['Outlook', 'Outlook', 'Teams']);
    await call('capture/list', { account: ADA, names: ['Outlook', 'Teams'], legacy: false });
    expect(await live()).toEqual(['Outlook', 'Teams']);
    await call('capture/list', { account: ADA, names: ['Outlook', 'Outlook', 'Outlook', 'Teams'], legacy: false });
    expect(await live()).toEqual(['Outlook', 'Outlook', 'Outlook', 'Teams']);
    expect((await records()).filter((r) => r.name === 'Outlook')).toHaveLength(3);
  });

  it('keeps accounts apart', async () => {
    await call('capture/list', { account: ADA, names: ['Outlook'], legacy: false });
    // Another account is another page (one page speaks for one account: tab-trust.ts).
    const other = async (type: string, payload: unknown) => route({ type, payload }, { ...CONTENT_SCRIPT, tab: { ...CONTENT_SCRIPT.tab!, id: 8 } }, OWN);
    await other('capture/list', { account: 'ada@fabrikam.com', names: [], legacy: false });
    expect(await live()).toEqual(['Outlook']);
    await other('capture/list', { account: 'ada@fabrikam.com', names: ['Outlook'], legacy: false });
    expect(await live('ada@fabrikam.com')).toEqual(['Outlook']);
    expect(await records()).toHaveLength(2);
  });

  it('restores a record wrongly marked deleted moments ago instead of doubling it', async () => {
    await call('capture/list', { account: ADA, names: ['Outlook'], legacy: false });
    const [first] = await records();
    await call('capture/list', { account: ADA, names: [], legacy: false }); // a half-rendered list
    expect(await call('capture/list', { account: ADA, names: ['Outlook'], legacy: false })).toEqual({ added: 0, markedDeleted: 0, restored: 1, skipped: 0, refused: 0 });
    expect(await records()).toEqual([{ ...first, updatedAt: expect.any(Number) }]);
  });

  it('does not restore a deletion older than the window', async () => {
    await call('capture/list', { account: ADA, names: ['Outlook'], legacy: false });
    const { captureList } = await import('../../src/background/capture/apply-capture');
    const now = Date.now();
    await captureList({ account: ADA, names: [], legacy: false }, now);
    await captureList({ account: ADA, names: ['Outlook'], legacy: false }, now + RESTORE_WINDOW_MS + 1);
    expect((await records()).map((r) => r.deletedAt === null)).toEqual(expect.arrayContaining([true, false]));
  });

  it('loses nothing when two tabs report at once', async () => {
    await Promise.all([
      call('capture/created', { flowId: 'flow-tab-1', name: 'Outlook', account: ADA }),
      call('capture/list', { account: ADA, names: ['Teams'], legacy: false }),
      call('capture/list', { account: ADA, names: ['Teams'], legacy: false }),
    ]);
    const names = (await records()).map((r) => r.name).sort();
    expect(names.filter((n) => n === 'Teams')).toHaveLength(1);
    expect(names).toContain('Outlook');
  });
});

describe('capture/deleted', () => {
  it('marks the record deleted through the guide, at once', async () => {
    await call('capture/created', { flowId: 'flow-0010', name: 'Scanner', account: ADA });
    expect(await call('capture/deleted', { name: 'Scanner', account: ADA, remaining: 0 })).toEqual({ markedDeleted: 1 });
    const [record] = await records();
    expect(record.deletedHow).toBe('guided');
    expect(record.deletedAt).toBeTypeOf('number');
  });

  it('re-sent, or followed by the list, changes nothing more', async () => {
    await call('capture/list', { account: ADA, names: ['Outlook', 'Outlook'], legacy: false });
    expect(await call('capture/deleted', { name: 'Outlook', account: ADA, remaining: 1 })).toEqual({ markedDeleted: 1 });
    expect(await call('capture/deleted', { name: 'Outlook', account: ADA, remaining: 1 })).toEqual({ markedDeleted: 0 });
    expect(await call('capture/list', { account: ADA, names: ['Outlook'], legacy: false })).toEqual({ added: 0, markedDeleted: 0, restored: 0, skipped: 0, refused: 0 });
    expect(await live()).toEqual(['Outlook']);
  });

  it('of two with the same name marks the older one', async () => {
    const { captureCreated, captureDeleted } = await import('../../src/background/capture/apply-capture');
    const now = Date.now();
    await captureCreated({ flowId: 'old-outlook', name: 'Outlook', account: ADA }, now - 86_400_000);
    await captureCreated({ flowId: 'new-outlook', name: 'Outlook', account: ADA }, now);
    await captureDeleted({ name: 'Outlook', account: ADA, remaining: 1 }, now + 1);
    expect((await records()).find((r) => r.deletedAt !== null)?.id).toBe('old-outlook');
  });
});
