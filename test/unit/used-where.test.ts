/**
 * "Where will you use it?" after a guided creation: the background changes only the record the
 * page's own creation made, never to text shaped like an app password; the panel's offer appears
 * on the list after the creation, prefilled with the typed name, refuses a password-shaped answer
 * without sending it, and does not come back once saved or dismissed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { route } from '../../src/background/router';
import { closeDatabase } from '../../src/background/inventory/db';
import type { AppPasswordRecord } from '../../src/shared/record';
import type { StepId } from '../../src/shared/steps';
import { CONTENT_SCRIPT, OWN, POPUP } from '../support/senders';

const sent = vi.hoisted(() => [] as Array<{ type: string; payload: unknown }>);
const answer = vi.hoisted(() => ({ ok: true as boolean }));
vi.mock('../../src/shared/send', () => ({
  send: async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    return answer.ok ? { ok: true, value: null } : { ok: false, error: { code: 'not-found', message: 'gone' } };
  },
}));

const { createUsedWhereOffer } = await import('../../src/content/used-where/offer');
const { createReporter } = await import('../../src/content/capture/report');

const ADA = 'ada@contoso.com';
const PASSWORD = 'abcdefghijklmnop';

const call = (type: string, payload: unknown, sender = CONTENT_SCRIPT) => route({ type, payload }, sender, OWN) as Promise<any>;
const records = async (): Promise<AppPasswordRecord[]> => (await call('records/list', {}, POPUP)).value;

describe('capture/used-where in the background', () => {
  beforeEach(async () => {
    await closeDatabase();
    globalThis.indexedDB = new IDBFactory();
    await call('capture/created', { flowId: 'flow-used-1', name: 'Outlook on laptop', account: ADA });
  });

  it('saves usedWhere on the record the guided creation made', async () => {
    expect(await call('capture/used-where', { flowId: 'flow-used-1', usedWhere: 'Outlook 2016 at my desk' })).toEqual({ ok: true, value: null });
    expect(await records()).toMatchObject([{ id: 'flow-used-1', name: 'Outlook on laptop', usedWhere: 'Outlook 2016 at my desk' }]);
  });

  it.each([PASSWORD, `Mail: ${PASSWORD}`, 'abcd efgh ijkl mnop'])('refuses text shaped like an app password (%s) and keeps the record', async (usedWhere) => {
    const reply = await call('capture/used-where', { flowId: 'flow-used-1', usedWhere });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(reply.error.message).toContain('looks like an app password');
    expect((await records())[0].usedWhere).toBe('');
  });

  it('refuses empty text and unknown fields', async () => {
    expect(await call('capture/used-where', { flowId: 'flow-used-1', usedWhere: '' })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await call('capture/used-where', { flowId: 'flow-used-1', usedWhere: 'Desk', name: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('cannot reach a record the page did not create through the guide, nor a deleted one', async () => {
    const manual = (await call('records/add', { name: 'By hand', account: ADA }, POPUP)).value as AppPasswordRecord;
    expect(await call('capture/used-where', { flowId: manual.id, usedWhere: 'Planted' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('capture/used-where', { flowId: 'flow-unknown', usedWhere: 'Planted' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await call('capture/list', { account: ADA, names: [], legacy: false });
    expect(await call('capture/used-where', { flowId: 'flow-used-1', usedWhere: 'Planted' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await records()).map((r) => r.usedWhere)).toEqual(['', '']);
  });

  it('is not for the popup, which has records/update', async () => {
    expect(await call('capture/used-where', { flowId: 'flow-used-1', usedWhere: 'Desk' }, POPUP)).toMatchObject({ ok: false, error: { code: 'wrong-sender' } });
  });
});

describe('the reporter', () => {
  it('hands the panel the flow id and name of the creation it reported, on that look only', () => {
    const reporter = createReporter(async () => ({ ok: true }), () => 'flow-reported-1');
    const at = (step: StepId, more: object = {}) =>
      reporter.report({ step, url: 'https://mysignins.microsoft.com/security-info', account: ADA, appPasswordNames: null, typedName: null, ...more });
    expect(at('name', { typedName: 'Outlook on laptop' }).created).toBeUndefined();
    expect(at('copy-password').created).toEqual({ flowId: 'flow-reported-1', name: 'Outlook on laptop' });
    expect(at('created', { appPasswordNames: ['Outlook on laptop'] }).created).toBeUndefined();
  });
});

describe('the panel’s offer', () => {
  const creation = { flowId: 'flow-offer-1', name: 'Outlook on laptop' };
  let changed = 0;
  let offer: ReturnType<typeof createUsedWhereOffer>;

  beforeEach(() => {
    sent.length = 0;
    answer.ok = true;
    changed = 0;
    offer = createUsedWhereOffer(async () => {}, () => changed++);
  });

  const field = (box: HTMLElement) => box.querySelector('input')!;
  const status = (box: HTMLElement) => box.querySelector('[aria-live="polite"]')!.textContent;
  /** The offer as the list shows it right after `creation` was reported. */
  const offered = () => {
    offer.update('copy-password', creation);
    return offer.update('created', undefined)!;
  };
  const submit = async (box: HTMLElement) => {
    box.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await vi.waitFor(() => expect(changed).toBeGreaterThan(0));
  };

  it('appears on the list after the creation, prefilled with the typed name, labelled from the locales', () => {
    expect(offer.update('copy-password', creation)).toBeNull();
    const box = offer.update('created', undefined)!;
    expect(box).not.toBeNull();
    expect(field(box).value).toBe('Outlook on laptop');
    expect(box.querySelector('label')!.textContent).toBe('Where will you use it?');
    expect(box.querySelector('label')!.htmlFor).toBe(field(box).id);
    expect(box.querySelector('button[type="submit"]')!.textContent).toBe('Save');
    expect(box.textContent).toContain('inventory');
    // An interrupt hides it without ending it; a new task ends it.
    expect(offer.update('reauth', undefined)).toBeNull();
    expect(offer.update('legacy-app-passwords', undefined)).toBe(box);
    expect(offer.update('choose-method', undefined)).toBeNull();
    expect(offer.update('security-info', undefined)).toBeNull();
  });

  it('saves the typed text for the creation’s flow id and says so', async () => {
    const box = offered();
    field(box).value = '  Outlook 2016 at my desk ';
    await submit(box);
    expect(sent).toEqual([{ type: 'capture/used-where', payload: { flowId: 'flow-offer-1', usedWhere: 'Outlook 2016 at my desk' } }]);
    expect(status(box)).toBe('Saved to your inventory. Open it with the extension\'s button in the toolbar.');
    expect(box.querySelector('input')).toBeNull();
    // Saved: it says so while the list is on screen, and asks no more.
    expect(offer.update('created', undefined)).toBe(box);
    expect(offer.update('name', undefined)).toBeNull();
    expect(offer.update('created', undefined)).toBeNull();
  });

  it('refuses a password-shaped answer without sending it', async () => {
    const box = offered();
    field(box).value = `abcd efgh ijkl mnop`;
    await submit(box);
    expect(sent).toEqual([]);
    expect(status(box)).toContain('looks like an app password');
    expect(field(box).getAttribute('aria-invalid')).toBe('true');
  });

  it('says when the background could not save, and keeps the field to try again', async () => {
    answer.ok = false;
    const box = offered();
    await submit(box);
    expect(status(box)).toContain('could not be saved');
    expect(field(box).value).toBe('Outlook on laptop');
  });

  it('once dismissed, does not come back for that record; a later creation asks again', () => {
    const box = offered();
    (box.querySelector('button.x') as HTMLButtonElement).click();
    expect(changed).toBe(1);
    expect(offer.update('created', undefined)).toBeNull();
    expect(offer.update('reauth', undefined)).toBeNull();
    expect(offer.update('created', undefined)).toBeNull();
    const next = offer.update('copy-password', { flowId: 'flow-offer-2', name: 'Scanner' });
    expect(next).toBeNull();
    expect(field(offer.update('created', undefined)!).value).toBe('Scanner');
  });

  it('asks again, with its field, for a later creation after one was saved', async () => {
    offer.update('copy-password', creation);
    await submit(offer.update('created', undefined)!);
    offer.update('copy-password', { flowId: 'flow-offer-3', name: 'Printer' });
    const box = offer.update('created', undefined)!;
    expect(field(box).value).toBe('Printer');
    expect(status(box)).toBe('');
  });

  it('keeps the keys typed into it from Microsoft’s page', () => {
    const box = offered();
    document.body.append(box);
    const heard: string[] = [];
    document.addEventListener('keydown', (e) => heard.push(e.key));
    field(box).dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true, composed: true }));
    expect(heard).toEqual([]);
    box.remove();
  });
});
