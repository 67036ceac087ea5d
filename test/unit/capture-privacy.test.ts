/**
 * The background's half of the privacy promise (#12): whatever the content script (or a page posing
 * as it) sends, and whatever a file holds, text shaped like an app password never becomes a record.
 * And one odd row never stops the list from being reconciled (#16, item 3).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { route } from '../../src/background/router';
import { closeDatabase } from '../../src/background/inventory/db';
import { fakeBrowser } from '../fakes/browser';
import { MAX_NAME_LENGTH } from '../../src/shared/record';
import { OWN, senderFor } from '../support/senders';
import { SAMPLE } from '../fixtures/records';

const raw = (type: string, payload: unknown) => route({ type, payload }, senderFor(type), OWN) as Promise<any>;
const records = async () => (await raw('records/list', {})).value as Array<{ name: string; account: string; deletedAt: number | null }>;
const ADA = 'ada@contoso.com';
/** Both shapes Microsoft is reported to show: one run, and four groups of four. */
const PASSWORDS = ['qwertyuiopasdfgh', 'qwer tyui opas dfgh', 'Your app password: qwertyuiopasdfgh', 'ｑｗｅｒｔｙｕｉｏｐａｓｄｆｇｈ'];

beforeEach(async () => {
  // Each test is a fresh page: what a page may capture is kept per tab in storage.session.
  await fakeBrowser.storage.session.clear();
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

describe('capture messages carrying text shaped like an app password', () => {
  it.each(PASSWORDS)('capture/created refuses the name %j and records nothing', async (password) => {
    const reply = await raw('capture/created', { flowId: 'flow-privacy-1', name: password, account: ADA });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message', message: expect.stringContaining('payload.name') } });
    expect(JSON.stringify(reply)).not.toContain('qwer');
    expect(await records()).toEqual([]);
  });

  it.each(PASSWORDS)('capture/created refuses the account %j', async (password) => {
    expect(await raw('capture/created', { flowId: 'flow-privacy-2', name: 'Outlook', account: password })).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(await records()).toEqual([]);
  });

  it('capture/deleted refuses a password-shaped name and marks nothing deleted', async () => {
    await raw('capture/created', { flowId: 'flow-privacy-3', name: 'Outlook', account: ADA });
    expect(await raw('capture/deleted', { name: PASSWORDS[0], account: ADA, remaining: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(await records()).toMatchObject([{ name: 'Outlook', deletedAt: null }]);
  });

  it('capture/list refuses a password-shaped account as a whole', async () => {
    expect(await raw('capture/list', { account: PASSWORDS[1], names: ['Outlook'], legacy: false })).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(await records()).toEqual([]);
  });
});

describe('capture/list with rows no record may hold', () => {
  it('skips a password-shaped, an over-long and an empty name, notes how many, and reconciles the rest', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await raw('capture/created', { flowId: 'flow-list-1', name: 'Scanner', account: ADA });
    await raw('capture/created', { flowId: 'flow-list-2', name: 'Old phone', account: ADA });
    const names = ['Scanner', PASSWORDS[0], 'x'.repeat(MAX_NAME_LENGTH + 1), '', PASSWORDS[1], 'New laptop'];
    const reply = await raw('capture/list', { account: ADA, names, legacy: false });
    expect(reply).toEqual({ ok: true, value: { added: 1, markedDeleted: 1, restored: 0, skipped: 4, refused: 0 } });
    const stored = await records();
    expect(stored.filter((r) => r.deletedAt === null).map((r) => r.name).sort()).toEqual(['New laptop', 'Scanner']);
    expect(stored.find((r) => r.name === 'Old phone')?.deletedAt).not.toBeNull();
    expect(JSON.stringify(stored)).not.toMatch(/qwer|xxxxxxxx/);
    // Noted without the text itself, which may be the password.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('4 row(s)'));
    expect(JSON.stringify(warn.mock.calls)).not.toContain('qwer');
    warn.mockRestore();
  });

  it('keeps a name of exactly the longest length a record may hold', async () => {
    const longest = 'y'.repeat(MAX_NAME_LENGTH - 1) + ' ';
    expect(await raw('capture/list', { account: ADA, names: [longest], legacy: false })).toMatchObject({
      ok: true,
      value: { added: 1, skipped: 0 },
    });
  });
});

describe('imported records with text shaped like an app password', () => {
  const file = (change: Record<string, unknown>) =>
    JSON.stringify({ format: 'app-password-guide', version: 1, exportedAt: '', records: [SAMPLE[0], { ...SAMPLE[1], ...change }] });

  it.each(['id', 'name', 'account', 'usedWhere', 'notes'])('are refused whole when the %s looks like one', async (field) => {
    const reply = await raw('records/import', { format: 'json', text: file({ [field]: PASSWORDS[0] }) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(`Record 2: ${field} looks like an app password`) } });
    expect(reply.error.message).not.toContain('qwer');
    expect(await records()).toEqual([]);
  });

  it('are refused from a CSV too, naming the line and column', async () => {
    const text = `name,account,notes\r\nOutlook,${ADA},\r\nScanner,${ADA},${PASSWORDS[1]}\r\n`;
    const reply = await raw('records/import', { format: 'csv', text });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/Line 3, column "notes": notes looks like an app password/) } });
    expect(await records()).toEqual([]);
  });
});
