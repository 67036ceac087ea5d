import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { route } from '../../src/background/router';
import { closeDatabase } from '../../src/background/inventory/db';
import { OWN, senderFor } from '../support/senders';

const call = (type: string, payload: unknown = {}) => route({ type, payload }, senderFor(type), OWN);

beforeEach(async () => {
  // A fresh, empty IndexedDB per test; the module caches its connection, so drop that first.
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

describe('records through the message router', () => {
  it('adds by hand, lists, edits, reviews and removes', async () => {
    const added = await call('records/add', { name: 'Outlook on laptop', account: 'ada@contoso.com', usedWhere: 'Outlook' });
    expect(added).toMatchObject({ ok: true, value: { name: 'Outlook on laptop', source: 'manual', createdAt: null, deletedAt: null } });
    const id = (added as any).value.id;

    const edited = await call('records/update', { id, notes: 'Ask IT before deleting' });
    expect(edited).toMatchObject({ ok: true, value: { notes: 'Ask IT before deleting', usedWhere: 'Outlook' } });

    const reviewed = await call('records/review', { id });
    expect((reviewed as any).value.lastReviewedAt).toBeTypeOf('number');

    expect(await call('records/list')).toMatchObject({ ok: true, value: [{ id }] });
    expect(await call('records/remove', { id })).toEqual({ ok: true, value: null });
    expect(await call('records/list')).toEqual({ ok: true, value: [] });
  });

  it('assigns an account to a record found without one, keeping its other fields', async () => {
    const added = await call('records/add', { name: 'Scanner', account: '', usedWhere: 'Room 2' });
    const id = (added as any).value.id;
    expect(await call('records/update', { id, account: 'ada@contoso.com' })).toMatchObject({
      ok: true,
      value: { id, name: 'Scanner', account: 'ada@contoso.com', usedWhere: 'Room 2' },
    });
    expect(await call('records/update', { id, account: 'x'.repeat(321) })).toMatchObject({ ok: false });
  });

  it('answers an unknown id with not-found and changes nothing', async () => {
    await call('records/add', { name: 'Scanner', account: '' });
    expect(await call('records/review', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('records/remove', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(((await call('records/list')) as any).value).toHaveLength(1);
  });

  it('loses no update when many changes race', async () => {
    const { value } = (await call('records/add', { name: 'Printer', account: '' })) as any;
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => call('records/update', { id: value.id, notes: `note ${i}` })),
      call('records/update', { id: value.id, usedWhere: 'Copier on floor 2' }),
      call('records/review', { id: value.id }),
    ]);
    const [record] = ((await call('records/list')) as any).value;
    expect(record.usedWhere).toBe('Copier on floor 2');
    expect(record.lastReviewedAt).toBeTypeOf('number');
    expect(record.notes).toMatch(/^note \d+$/);
  });

  it('refuses messages that do not come from this extension', async () => {
    expect(await route({ type: 'records/list', payload: {} }, { ...senderFor('records/list'), id: 'another-extension' }, OWN)).toMatchObject({
      ok: false,
    });
  });

  it('rejects a record carrying an unexpected field such as a password', async () => {
    const reply = await call('records/add', { name: 'x', account: '', password: 'abcdabcdabcdabcd' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(((await call('records/list')) as any).value).toEqual([]);
  });
});
