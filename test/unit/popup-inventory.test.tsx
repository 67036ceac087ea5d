import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addRecord, changeRecord } from '../../src/background/inventory/records-store';
import { DAY_MS } from '../../src/shared/stale';
import { fakeBrowser } from '../fakes/browser';
import { button, find, freshBackground, press, renderPopup, seed, type, unmount } from './popup-helpers';

let root: HTMLElement | undefined;

beforeEach(freshBackground);
afterEach(() => root && unmount(root));

const rows = () => [...root!.querySelectorAll('[data-testid="record"]')];
const text = (testId: string) => root!.querySelector(`[data-testid="${testId}"]`)?.textContent;

describe('popup inventory', () => {
  it('explains app passwords when there are none', async () => {
    root = await renderPopup();
    expect(text('empty-state')).toContain('never expires');
    expect(text('empty-state')).toContain('passkey');
    expect(root.querySelector('input[type="search"]')).toBeNull();
  });

  it('groups by account with "N of 40", stale first, and marks stale ones', async () => {
    await seed(1, () => ({ name: 'Fresh', account: 'ada@contoso.com', createdAt: Date.now() - 5 * DAY_MS }));
    await seed(1, () => ({ name: 'Old', account: 'ada@contoso.com', createdAt: Date.now() - 120 * DAY_MS, usedWhere: 'Scanner' }));
    await seed(1, () => ({ name: 'Other', account: 'bob@contoso.com' }));
    root = await renderPopup();
    const groups = [...root.querySelectorAll('[data-testid="account-group"]')];
    expect(groups.map((g) => g.querySelector('h2')?.textContent)).toEqual(['ada@contoso.com', 'bob@contoso.com']);
    expect(groups[0].querySelector('[data-testid="limit"]')?.textContent).toBe('2 of 40 app passwords');
    const ada = [...groups[0].querySelectorAll('[data-testid="record"]')];
    expect(ada.map((r) => r.querySelector('.name')?.textContent)).toEqual(['Old', 'Fresh']);
    expect(ada.map((r) => r.querySelector('[data-testid="state"]')?.textContent)).toEqual(['Review due', 'OK']);
    expect(ada[0].textContent).toContain('Scanner');
    expect(ada[0].textContent).toContain('4 months ago');
    expect(text('summary')).toBe('Recorded: 3 · Due for review: 1');
  });

  it('warns as the limit of 40 nears', async () => {
    await seed(35);
    root = await renderPopup();
    expect(root.querySelector('[data-testid="limit"]')?.className).toContain('warn');
    expect(text('limit')).toContain('close to Microsoft');
  });

  it('shows search once the list is long, and filters on every word', async () => {
    await seed(12, (i) => ({ usedWhere: i === 7 ? 'Scanner room 2' : 'Outlook' }));
    root = await renderPopup();
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(root.querySelector('label[for="search"]')?.textContent).toBe('Search app passwords');
    await type(search, 'scanner ROOM');
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    press(search, 'Escape');
    await vi.waitFor(() => expect(rows()).toHaveLength(12));
  });

  it('renders a capped number of rows from thousands, with "show more"', async () => {
    await seed(130);
    root = await renderPopup();
    // The first screenful first (popup-first-read.test.tsx), the rest right after the first paint.
    await vi.waitFor(() => expect(rows()).toHaveLength(50));
    button(root, 'Show 50 more (of 80 not shown)').click();
    await vi.waitFor(() => expect(rows()).toHaveLength(100));
  });

  it('draws a capped number of rows across many accounts; later accounts start at "show more"', async () => {
    await seed(200, (i) => ({ account: `user${String(Math.floor(i / 40)).padStart(2, '0')}@contoso.com` }));
    root = await renderPopup();
    // The first accounts and the first screenful first (popup-first-read.test.tsx), the rest right after.
    const groups = () => [...root!.querySelectorAll('[data-testid="account-group"]')];
    await vi.waitFor(() => expect(groups().map((g) => g.querySelectorAll('[data-testid="record"]').length)).toEqual([40, 40, 40, 0, 0]));
    expect(groups()[3].querySelector('[data-testid="limit"]')?.textContent).toContain('40 of 40 app passwords');
    button(groups()[3] as HTMLElement, 'Show 40 more (of 40 not shown)').click();
    await vi.waitFor(() => expect(groups()[3].querySelectorAll('[data-testid="record"]')).toHaveLength(40));
  });

  it('keeps deleted ones in a collapsed history', async () => {
    const gone = await addRecord({ name: 'Old phone', account: '' }, 'manual');
    await changeRecord(gone.id, (r) => ({ ...r, deletedAt: Date.now() - DAY_MS, deletedHow: 'guided' }));
    await seed(1);
    root = await renderPopup();
    const history = root.querySelector<HTMLDetailsElement>('[data-testid="history"]')!;
    expect(history.open).toBe(false);
    expect(history.querySelector('summary')?.textContent).toBe('Deleted app passwords (1)');
    expect(rows()).toHaveLength(1);
    history.open = true;
    history.dispatchEvent(new Event('toggle'));
    await vi.waitFor(() => expect(history.textContent).toContain('Old phone'));
  });
});

describe('record actions', () => {
  it('"Still needed" marks reviewed, clears the stale state and announces it', async () => {
    await seed(1, () => ({ name: 'Old', createdAt: Date.now() - 200 * DAY_MS }));
    root = await renderPopup();
    button(root, 'Still needed').click();
    await vi.waitFor(() => expect(text('state')).toBe('OK'));
    expect(text('notice')).toBe('Marked "\u2068Old\u2069" as still needed.');
    expect(root.querySelector('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Still needed'));
  });

  it('edits where used and notes inline, validating and closing on Escape', async () => {
    await seed(1);
    root = await renderPopup();
    button(root, 'Edit').click();
    const where = await find<HTMLInputElement>(root, 'form input');
    await vi.waitFor(() => expect(document.activeElement).toBe(where));
    await type(where, 'x'.repeat(201));
    button(root, 'Save').click();
    await vi.waitFor(() => expect(where.getAttribute('aria-invalid')).toBe('true'));
    expect(root.querySelector(`#${where.getAttribute('aria-describedby')!.split(' ')[1]}`)?.textContent).toBe('This is too long.');
    await type(where, 'Scanner');
    button(root, 'Save').click();
    await vi.waitFor(() => expect(root!.querySelector('form')).toBeNull());
    expect(rows()[0].textContent).toContain('Scanner');

    button(root, 'Edit').click();
    const again = await find<HTMLInputElement>(root, 'form input');
    press(again, 'Escape');
    await vi.waitFor(() => expect(root!.querySelector('form')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Edit'));
  });

  it('asks before removing, says Microsoft is untouched, and Escape keeps the record', async () => {
    await seed(1, () => ({ name: 'Scanner' }));
    root = await renderPopup();
    button(root, 'Remove record').click();
    const dialog = await find(root, '[role="alertdialog"]');
    expect(dialog.textContent).toContain('does not delete the app password at Microsoft');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    press(dialog, 'Escape');
    await vi.waitFor(() => expect(root!.querySelector('[role="alertdialog"]')).toBeNull());
    expect(rows()).toHaveLength(1);
    button(root, 'Remove record').click();
    button(await find(root, '[role="alertdialog"]'), 'Remove record').click();
    await vi.waitFor(() => expect(rows()).toHaveLength(0));
    expect(text('notice')).toBe('Removed "\u2068Scanner\u2069" from this list.');
  });

  it('"Delete in Microsoft account" sets the guide\'s delete task and opens Security info', async () => {
    await seed(1, () => ({ name: 'Scanner', account: 'ada@contoso.com' }));
    root = await renderPopup();
    button(root, 'Delete in Microsoft account').click();
    await vi.waitFor(() => expect(fakeBrowser.tabs._opened).toEqual(['https://mysignins.microsoft.com/security-info']));
    expect((await fakeBrowser.storage.session.get('guideTask')).guideTask).toMatchObject({
      kind: 'delete',
      name: 'Scanner',
      account: 'ada@contoso.com',
    });
  });

  it('"Create app password" sets the create task and opens Security info', async () => {
    root = await renderPopup();
    button(root, 'Create app password').click();
    await vi.waitFor(() => expect(fakeBrowser.tabs._opened).toHaveLength(1));
    expect((await fakeBrowser.storage.session.get('guideTask')).guideTask).toMatchObject({ kind: 'create' });
  });

  it('adds a record by hand after validating it', async () => {
    root = await renderPopup();
    button(root, 'Add a record by hand').click();
    const name = await find<HTMLInputElement>(root, '#add-name');
    await vi.waitFor(() => expect(document.activeElement).toBe(name));
    await type(root.querySelector<HTMLInputElement>('#add-account')!, 'not an account');
    button(root, 'Add record').click();
    await vi.waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(root.querySelector('#add-account')!.getAttribute('aria-invalid')).toBe('true');
    await vi.waitFor(() => expect(document.activeElement).toBe(name));
    await type(name, 'Printer');
    await type(root.querySelector<HTMLInputElement>('#add-account')!, 'ada@contoso.com');
    await type(root.querySelector<HTMLInputElement>('#add-createdOn')!, '2025-01-10');
    await type(root.querySelector<HTMLTextAreaElement>('#add-notes')!, 'Room 4, HP LaserJet');
    button(root, 'Add record').click();
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(text('state')).toBe('Review due');
    expect(rows()[0].textContent).toContain('Room 4, HP LaserJet');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Add a record by hand'));
  });
});
