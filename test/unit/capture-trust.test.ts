/**
 * Issue #16 items 1, 8 and 9 at the background's boundary, through the router with the senders
 * the browser would describe: a late account never doubles records, a page cannot flood the store
 * or touch another account's records, and two tabs converge on one live record.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { Runtime } from 'webextension-polyfill';
import { route } from '../../src/background/router';
import { closeDatabase } from '../../src/background/inventory/db';
import { PAGE_ADDS_PER_MINUTE } from '../../src/background/capture/tab-trust';
import { APP_PASSWORD_LIMIT } from '../../src/shared/microsoft';
import type { AppPasswordRecord } from '../../src/shared/record';
import { fakeBrowser, resetFakeBrowser } from '../fakes/browser';
import { CONTENT_SCRIPT, OWN, POPUP } from '../support/senders';

const ADA = 'ada@contoso.com';
const BO = 'bo@contoso.com';

/** Our content script in tab `tab`, in the document `doc` (a reload is a new document). */
const page = (tab: number, doc = `doc-${tab}`): Runtime.MessageSender =>
  ({ ...CONTENT_SCRIPT, tab: { ...CONTENT_SCRIPT.tab!, id: tab }, documentId: doc }) as Runtime.MessageSender;

const send = (from: Runtime.MessageSender, type: string, payload: unknown) => route({ type, payload }, from, OWN) as Promise<any>;
const list = (from: Runtime.MessageSender, account: string, names: string[]) => send(from, 'capture/list', { account, names, legacy: false });
const records = async (): Promise<AppPasswordRecord[]> => ((await route({ type: 'records/list', payload: {} }, POPUP, OWN)) as any).value;
const liveOf = async (account: string) =>
  (await records())
    .filter((r) => r.account === account && r.deletedAt === null)
    .map((r) => r.name)
    .sort();

beforeEach(async () => {
  await resetFakeBrowser();
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

describe('item 1: the account shown late', () => {
  it('a list read before the account appeared is moved to the account, not doubled', async () => {
    const tab = page(1);
    expect(await list(tab, '', ['Outlook', 'Phone'])).toMatchObject({ ok: true, value: { added: 2 } });
    expect(await list(tab, ADA, ['Outlook', 'Phone'])).toMatchObject({ ok: true, value: { added: 0, markedDeleted: 0 } });
    const all = await records();
    expect(all).toHaveLength(2);
    expect(all.every((r) => r.account === ADA && r.deletedAt === null)).toBe(true);
  });

  it('a second visit with the account late again merges its copies into the records the account has', async () => {
    await list(page(1), ADA, ['Outlook', 'Phone']);
    const tab = page(2);
    await list(tab, '', ['Outlook', 'Phone']);
    // The user noted something on a copy in the moment before the account appeared: it is kept.
    const copy = (await records()).find((r) => r.account === '' && r.name === 'Phone')!;
    await route({ type: 'records/update', payload: { id: copy.id, notes: 'Front desk' } }, POPUP, OWN);
    await list(tab, ADA, ['Outlook', 'Phone']);
    const all = await records();
    expect(all.map((r) => [r.account, r.name, r.deletedAt]).sort()).toEqual([
      [ADA, 'Outlook', null],
      [ADA, 'Phone', null],
    ]);
    expect(all.find((r) => r.name === 'Phone')!.notes).toBe('Front desk');
  });

  it('a creation reported before the account appeared is the one record once the list shows it', async () => {
    const tab = page(1);
    expect(await send(tab, 'capture/created', { flowId: 'flow-late-1', name: 'Scanner', account: '' })).toMatchObject({ ok: true });
    await list(tab, ADA, ['Scanner']);
    expect(await records()).toEqual([expect.objectContaining({ id: 'flow-late-1', account: ADA, source: 'guided', deletedAt: null })]);
  });

  it('a page that showed its account takes a capture without it as that account', async () => {
    const tab = page(1);
    await list(tab, ADA, ['Outlook']);
    await list(tab, '', ['Outlook', 'Phone']);
    expect(await liveOf(ADA)).toEqual(['Outlook', 'Phone']);
    expect(await liveOf('')).toEqual([]);
  });

  it('records found without an account on an earlier visit are claimed by the account whose list shows them', async () => {
    await list(page(1), '', ['Outlook', 'Legacy mail']);
    await list(page(2), ADA, ['Outlook']);
    expect(await liveOf(ADA)).toEqual(['Outlook']);
    expect(await liveOf('')).toEqual(['Legacy mail']);
    expect(await records()).toHaveLength(2);
  });
});

describe('item 8: one page, one account, a bounded number of new records', () => {
  it('refuses a capture for another account from a page that showed one, and touches nothing of it', async () => {
    await list(page(2), BO, ['Bo phone', 'Bo laptop']);
    const before = await records();
    const tab = page(1);
    await list(tab, ADA, ['Outlook']);
    // The page now claims to be Bo's, with an empty list: Bo's records must not be marked deleted.
    expect(await list(tab, BO, [])).toMatchObject({ ok: false, error: { code: 'wrong-account' } });
    expect(await send(tab, 'capture/deleted', { name: 'Bo phone', account: BO, remaining: 0 })).toMatchObject({ ok: false, error: { code: 'wrong-account' } });
    expect(await send(tab, 'capture/created', { flowId: 'flow-bo-0001', name: 'Sneaky', account: BO })).toMatchObject({ ok: false, error: { code: 'wrong-account' } });
    expect((await records()).filter((r) => r.account === BO)).toEqual(before);
  });

  it('a new document in the same tab (signed in as someone else) may show another account', async () => {
    await list(page(1, 'first'), ADA, ['Outlook']);
    expect(await list(page(1, 'second'), BO, ['Phone'])).toMatchObject({ ok: true, value: { added: 1 } });
  });

  it('never records more live app passwords for an account than Microsoft allows', async () => {
    const names = Array.from({ length: APP_PASSWORD_LIMIT + 5 }, (_, i) => `App ${i}`);
    expect(await list(page(1), ADA, names)).toMatchObject({ ok: true, value: { added: APP_PASSWORD_LIMIT, refused: 5 } });
    expect(await send(page(2), 'capture/created', { flowId: 'flow-41-0001', name: 'One more', account: ADA })).toMatchObject({
      ok: false,
      error: { code: 'capture-limit' },
    });
    expect(await liveOf(ADA)).toHaveLength(APP_PASSWORD_LIMIT);
  });

  it('a page script flooding lists over many accounts and reloads adds at most a minute\'s budget, and deletes nothing of others', async () => {
    await list(page(99), BO, ['Bo phone']);
    let accepted = 0;
    // 133 accounts, each with a list of 40 made-up rows, reloading between them (a new document each).
    for (let i = 0; i < 133; i++) {
      const from = page(1, `reload-${i}`);
      const account = `victim${i}@contoso.com`;
      const names = Array.from({ length: 40 }, (_, j) => `Flood ${i}-${j}`);
      const reply = await list(from, account, names);
      if (reply.ok) accepted += reply.value.added;
      // And the same page then claims Bo's account to mark Bo's records gone.
      expect(await list(from, BO, [])).toMatchObject({ ok: false, error: { code: 'wrong-account' } });
    }
    expect(accepted).toBe(PAGE_ADDS_PER_MINUTE);
    expect((await records()).length).toBe(PAGE_ADDS_PER_MINUTE + 1);
    expect(await liveOf(BO)).toEqual(['Bo phone']);
  });

  it('one page cannot churn one account: replacing its whole list again and again stops at the page budget', async () => {
    const tab = page(1);
    let added = 0;
    for (let round = 0; round < 10; round++) {
      const reply = await list(tab, ADA, Array.from({ length: 10 }, (_, j) => `Round ${round}-${j}`));
      added += reply.ok ? reply.value.added : 0;
    }
    expect(added).toBe(PAGE_ADDS_PER_MINUTE);
  });
});

describe('what the background keeps per tab', () => {
  it('forgets a tab not heard from for half a day when a new tab first captures', async () => {
    const { captureList } = await import('../../src/background/capture/apply-capture');
    const now = Date.now();
    await captureList({ account: ADA, names: ['Outlook'], legacy: false }, now - 13 * 3_600_000, { tabId: 1, page: '0:a' });
    await captureList({ account: ADA, names: ['Outlook'], legacy: false }, now - 3_600_000, { tabId: 2, page: '0:b' });
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual(['captureTrust:1', 'captureTrust:2']);
    await captureList({ account: ADA, names: ['Outlook'], legacy: false }, now, { tabId: 3, page: '0:c' });
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual(['captureTrust:2', 'captureTrust:3']);
  });
});

describe('item 9: two tabs converge', () => {
  it('a row another tab found before the creating tab reported it becomes the created record, with no phantom copy', async () => {
    const lister = page(1);
    const creator = page(2);
    await list(lister, ADA, ['Outlook']);
    await list(lister, ADA, ['Outlook', 'New phone']);
    expect(await send(creator, 'capture/created', { flowId: 'flow-two-tabs', name: 'New phone', account: ADA })).toMatchObject({ ok: true, value: { id: 'flow-two-tabs', isNew: true } });
    // Re-sent after a worker restart, and both tabs' lists again: still one record.
    await send(creator, 'capture/created', { flowId: 'flow-two-tabs', name: 'New phone', account: ADA });
    await list(creator, ADA, ['Outlook', 'New phone']);
    await list(lister, ADA, ['Outlook', 'New phone']);
    const phones = (await records()).filter((r) => r.name === 'New phone');
    expect(phones).toEqual([expect.objectContaining({ id: 'flow-two-tabs', source: 'guided', deletedAt: null, createdAt: expect.any(Number) })]);
  });

  it('in the other order too', async () => {
    await send(page(2), 'capture/created', { flowId: 'flow-two-tabs', name: 'New phone', account: ADA });
    await list(page(1), ADA, ['New phone']);
    expect(await records()).toEqual([expect.objectContaining({ id: 'flow-two-tabs', deletedAt: null })]);
  });

  it('an app password found on the list long ago is not taken over by a new one of the same name', async () => {
    const { captureList, captureCreated } = await import('../../src/background/capture/apply-capture');
    const now = Date.now();
    await captureList({ account: ADA, names: ['Phone'], legacy: false }, now - 86_400_000);
    await captureCreated({ flowId: 'flow-new-phone', name: 'Phone', account: ADA }, now);
    expect(await records()).toHaveLength(2);
  });
});
