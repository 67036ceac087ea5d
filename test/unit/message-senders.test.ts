/**
 * Messages by direction: Microsoft's page runs beside our content script, so what the content
 * script may send is limited to reporting what it saw and asking what the guide needs. It must not
 * be able to read, export, import, change or remove records, nor change settings other than the
 * panel's collapse; extension pages, for their part, cannot pose as the guide on Microsoft's page
 * (capture, page seen), since only a page that shows Microsoft's list can say what is on it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { Runtime } from 'webextension-polyfill';
import { route } from '../../src/background/router';
import { closeDatabase } from '../../src/background/inventory/db';
import { MESSAGE_TYPES, type MessageType, type PayloadOf, maySend } from '../../src/shared/protocol';
import type { AppPasswordRecord } from '../../src/shared/record';
import { fakeBrowser, resetFakeBrowser } from '../fakes/browser';
import { CONTENT_SCRIPT, OWN, POPUP, contentScriptOn } from '../support/senders';

const ADA = 'ada@contoso.com';
const KNOWN_ID = 'known-record';
const KNOWN_REPORT = 'known-report';

/** A valid payload for every message type (the compiler insists on each), so a refusal is the sender's doing. */
const VALID: { [T in MessageType]: PayloadOf<T> } = {
  'capture/created': { flowId: 'flow-senders-1', name: 'Planted by the page', account: ADA },
  'capture/deleted': { name: 'Outlook', account: ADA, remaining: 0 },
  'capture/list': { account: ADA, names: ['Planted by the page'], legacy: false },
  'capture/flow-save': { tenant: '', account: ADA, flow: { step: 'name', naming: { name: 'Planted by the page', account: ADA }, deleting: false, list: null } },
  'capture/flow-load': { tenant: '' },
  'capture/used-where': { flowId: KNOWN_ID, usedWhere: 'Office laptop' },
  'guide/config': { host: 'mysignins.microsoft.com' },
  'guide/task-set': { kind: 'delete', name: 'Outlook' },
  'guide/task-clear': {},
  'guide/stalest': { account: ADA, names: ['Outlook'] },
  'records/list': {},
  'records/add': { name: 'Planted by the page', account: ADA },
  'records/update': { id: KNOWN_ID, name: 'Renamed by the page' },
  'records/review': { id: KNOWN_ID },
  'records/remove': { id: KNOWN_ID },
  'records/export': { format: 'json' },
  'records/import': { format: 'csv', text: 'name,account\r\nPlanted by the page,ada@contoso.com\r\n' },
  'settings/get': {},
  'settings/set': { partial: { panelCollapsed: true, remindersEnabled: false } },
  'settings/panel-collapsed': { collapsed: true },
  'page/seen': { url: 'https://mysignins.microsoft.com/security-info', step: 'security-info' },
  'status/get': {},
  'status/dismiss-storage-problem': {},
  'report/make': {},
  'reports/list': {},
  'reports/get': { id: KNOWN_REPORT },
  'reports/export': {},
  'reports/clear': {},
  'reports/mark-seen': {},
};

const KNOWN: AppPasswordRecord = {
  id: KNOWN_ID,
  name: 'Outlook',
  account: ADA,
  createdAt: 1_775_000_000_000,
  deletedAt: null,
  firstSeenAt: 1_775_000_000_000,
  lastReviewedAt: null,
  usedWhere: '',
  notes: '',
  source: 'guided',
  deletedHow: null,
  updatedAt: 1_775_000_000_000,
};

const send = (type: MessageType, sender: Runtime.MessageSender) => route({ type, payload: VALID[type] }, sender, OWN) as Promise<any>;

/** Everything a message could change: the records and the extension's storage. */
async function snapshot() {
  const { openDatabase } = await import('../../src/background/inventory/db');
  const records = await (await openDatabase()).getAll('records');
  return JSON.stringify({ records, local: await fakeBrowser.storage.local.get(), session: await fakeBrowser.storage.session.get() });
}

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
  await resetFakeBrowser();
  const { openDatabase } = await import('../../src/background/inventory/db');
  await (await openDatabase()).add('records', KNOWN);
  await fakeBrowser.storage.local.set({ [`pageReport:${KNOWN_REPORT}`]: { id: KNOWN_REPORT } });
});

const pageOnly = MESSAGE_TYPES.filter((type) => !maySend('content-script', type));
const contentOnly = MESSAGE_TYPES.filter((type) => !maySend('extension-page', type));

describe('a content script on Microsoft’s page', () => {
  it('cannot import, export, list, add, change, review or remove records, nor change settings or tasks', () => {
    expect(pageOnly).toEqual(
      expect.arrayContaining([
        'records/import',
        'records/export',
        'records/list',
        'records/add',
        'records/update',
        'records/review',
        'records/remove',
        'settings/set',
        'settings/get',
        'guide/task-set',
        'status/get',
        'status/dismiss-storage-problem',
        'reports/list',
        'reports/get',
        'reports/export',
        'reports/clear',
      ]),
    );
  });

  it.each(pageOnly)('is refused %s with wrong-sender, and nothing changes', async (type) => {
    const before = await snapshot();
    const reply = await send(type, CONTENT_SCRIPT);
    expect(reply).toMatchObject({ ok: false, error: { code: 'wrong-sender' } });
    expect(reply.error.message).toContain(type);
    expect(await snapshot()).toBe(before);
  });

  it('is refused settings/set even when it only collapses the panel: that is settings/panel-collapsed', async () => {
    const reply = await route({ type: 'settings/set', payload: { partial: { panelCollapsed: true } } }, CONTENT_SCRIPT, OWN);
    expect(reply).toMatchObject({ ok: false, error: { code: 'wrong-sender' } });
  });

  it('may collapse the panel, which changes that setting alone', async () => {
    expect(await send('settings/panel-collapsed', CONTENT_SCRIPT)).toEqual({ ok: true, value: null });
    const { settings } = (await send('settings/get', POPUP)).value;
    expect(settings).toMatchObject({ panelCollapsed: true, remindersEnabled: true, guideEnabled: true });
  });

  it.each(MESSAGE_TYPES.filter((type) => maySend('content-script', type)))('may send %s', async (type) => {
    expect(await send(type, CONTENT_SCRIPT)).toMatchObject({ ok: true });
  });
});

describe('an extension page (the popup)', () => {
  it.each(contentOnly)('is refused %s with wrong-sender, and nothing changes', async (type) => {
    const before = await snapshot();
    expect(await send(type, POPUP)).toMatchObject({ ok: false, error: { code: 'wrong-sender' } });
    expect(await snapshot()).toBe(before);
  });

  it.each(pageOnly)('may send %s', async (type) => {
    expect(await send(type, POPUP)).toMatchObject({ ok: true });
  });

  it('is an extension page in a tab too (import from a file opens the popup page in a tab)', async () => {
    const inTab = { ...POPUP, url: `${OWN.baseUrl}src/popup/index.html#import`, tab: CONTENT_SCRIPT.tab };
    expect(await send('records/import', inTab)).toMatchObject({ ok: true, value: { added: 1 } });
  });
});

describe('an unexpected sender', () => {
  it.each([
    ['another extension', { ...POPUP, id: 'another-extension' }],
    ['another extension’s page that names our id', { id: OWN.id, url: 'chrome-extension://another-extension/popup.html' }],
    ['our id on a page we are never injected into', contentScriptOn('https://evil.example/security-info')],
    ['our id on a look-alike host', contentScriptOn('https://mysignins.microsoft.com.evil.example/')],
    ['our id on Microsoft’s host over http', contentScriptOn('http://mysignins.microsoft.com/security-info')],
    ['our id on Microsoft’s host but in no tab', { id: OWN.id, url: 'https://mysignins.microsoft.com/security-info' }],
    ['a sender with no URL', { id: OWN.id }],
  ] as Array<[string, Runtime.MessageSender]>)('is refused everything: %s', async (_label, sender) => {
    const before = await snapshot();
    for (const type of MESSAGE_TYPES) {
      expect(await send(type, sender), type).toMatchObject({ ok: false, error: { code: 'wrong-sender' } });
    }
    expect(await snapshot()).toBe(before);
  });

  it('accepts the content script on every host the guide runs on', async () => {
    for (const url of [
      'https://mysignins.microsoft.com/security-info',
      'https://myaccount.microsoft.com/',
      'https://account.activedirectory.windowsazure.com/Proofup.aspx',
    ]) {
      expect(await send('page/seen', contentScriptOn(url)), url).toMatchObject({ ok: true });
    }
  });
});
