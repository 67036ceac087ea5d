import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addRecord, changeRecord, listRecords } from '../../src/background/inventory/records-store';
import { DAY_MS } from '../../src/shared/stale';
import { fakeBrowser } from '../fakes/browser';
import { button, find, freshBackground, menuItem, press, renderPopup, seed, type, unmount } from './popup-helpers';

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
    expect(groups[0].querySelector('[data-testid="limit"] .limit-count')?.textContent).toBe('2 of 40');
    expect(groups[0].querySelector('[data-testid="limit"] .sr-only')?.textContent).toBe('2 of 40 app passwords');
    const ada = [...groups[0].querySelectorAll('[data-testid="record"]')];
    expect(ada.map((r) => r.querySelector('.name')?.textContent)).toEqual(['Old', 'Fresh']);
    expect(ada.map((r) => r.querySelector('[data-testid="state"]')?.textContent)).toEqual(['Review due', 'OK']);
    expect(ada[0].textContent).toContain('Scanner');
    expect(ada[0].textContent).toContain('created 4 months ago');
    expect(ada[0].querySelector('.facts [aria-hidden="true"]')?.textContent).toBe('4mo ago'.replace('mo', ' mo.'));
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
    expect(text('match-count')).toBeUndefined();
    await type(search, 'scanner ROOM');
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    // How many match, in the field and for screen readers.
    expect(text('match-count')).toBe('1 of 12');
    expect(search.parentElement!.querySelector('[role="status"]')?.textContent).toBe('1 of 12 app passwords match your search.');
    await type(search, 'outlook');
    await vi.waitFor(() => expect(text('match-count')).toBe('11 of 12'));
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
    // Every account is full: the header's primary action is deleting one, not creating another.
    expect(() => button(root!, 'Create app password')).toThrow('No button "Create app password"');
    expect(button(root, 'Delete one first').className).toContain('primary');
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
  it('"Still needed" marks reviewed in place, announces it, and keeps the row where it was', async () => {
    await seed(1, () => ({ name: 'Old', createdAt: Date.now() - 200 * DAY_MS }));
    await seed(1, () => ({ name: 'Older', createdAt: Date.now() - 300 * DAY_MS }));
    await seed(1, () => ({ name: 'Fresh', createdAt: Date.now() - 3 * DAY_MS }));
    root = await renderPopup();
    const names = () => rows().map((r) => r.querySelector('.name')?.textContent);
    expect(names()).toEqual(['Older', 'Old', 'Fresh']);
    const older = rows()[0];
    const top = older.getBoundingClientRect().top;
    button(older, 'Still needed').click();
    await vi.waitFor(() => expect(older.querySelector('[data-testid="state"]')?.textContent).toBe('OK'));
    expect(text('notice')).toBe('Marked "\u2068Older\u2069" as still needed.');
    expect(root.querySelector('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
    // Not re-sorted below the other stale one, and nothing inserted above it.
    expect(names()).toEqual(['Older', 'Old', 'Fresh']);
    expect(older.getBoundingClientRect().top).toBe(top);
    expect(older.querySelector('.done')?.textContent).toBe('Reviewed');
    // The button is gone, so focus goes to the row's menu, not to the page.
    await vi.waitFor(() => expect(document.activeElement).toBe(older.querySelector('.menu-button')));
  });

  it('opens a row\'s menu from the keyboard; arrows move, Escape closes and gives focus back', async () => {
    await seed(1, () => ({ name: 'Scanner' }));
    root = await renderPopup();
    const opener = root.querySelector<HTMLButtonElement>('.menu-button')!;
    expect(opener.getAttribute('aria-label')).toBe('Actions for "\u2068Scanner\u2069"');
    expect(opener.getAttribute('aria-haspopup')).toBe('menu');
    opener.focus();
    press(opener, 'ArrowDown');
    const menu = await find(root, '[role="menu"]');
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    const items = [...menu.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent);
    expect(items).toEqual(['Still needed', 'Edit', 'Delete in Microsoft account', 'Remove record']);
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Still needed'));
    press(document.activeElement!, 'ArrowUp');
    expect(document.activeElement?.textContent).toBe('Remove record');
    press(document.activeElement!, 'Home');
    press(document.activeElement!, 'ArrowDown');
    expect(document.activeElement?.textContent).toBe('Edit');
    press(document.activeElement!, 'Escape');
    await vi.waitFor(() => expect(root!.querySelector('[role="menu"]')).toBeNull());
    expect(document.activeElement).toBe(opener);
    expect(opener.getAttribute('aria-expanded')).toBe('false');
    // Escape on the button itself (pressed before the menu took the focus) closes it too.
    press(opener, 'ArrowDown');
    await find(root, '[role="menu"]');
    press(opener, 'Escape');
    await vi.waitFor(() => expect(root!.querySelector('[role="menu"]')).toBeNull());
  });

  it('edits where used and notes inline, validating and closing on Escape', async () => {
    await seed(1);
    root = await renderPopup();
    await menuItem(rows()[0], 'Edit');
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

    await menuItem(rows()[0], 'Edit');
    const again = await find<HTMLInputElement>(root, 'form input');
    press(again, 'Escape');
    await vi.waitFor(() => expect(root!.querySelector('form')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(rows()[0].querySelector('.menu-button')));
  });

  it('removes at once, says Microsoft is untouched, and Undo brings the record back as it was', async () => {
    await seed(1, () => ({ name: 'Scanner', usedWhere: 'Room 2', notes: 'Ask IT' }));
    await seed(1, () => ({ name: 'Printer' }));
    const before = await listRecords();
    root = await renderPopup();
    const top = rows()[0].getBoundingClientRect().top;
    await menuItem(rows().find((r) => r.textContent?.includes('Scanner'))!, 'Remove record');
    await vi.waitFor(() => expect(rows()).toHaveLength(1));
    expect(await listRecords()).toHaveLength(1);
    expect(text('notice')).toBe('Removed "\u2068Scanner\u2069" from this list.');
    expect(root.querySelector('.toast-hint')?.textContent).toContain('still works at Microsoft');
    // The toast floats over the list: the remaining row did not move.
    expect(rows()[0].getBoundingClientRect().top).toBe(top);
    const undo = button(root, 'Undo');
    await vi.waitFor(() => expect(document.activeElement).toBe(undo));
    undo.click();
    await vi.waitFor(() => expect(rows()).toHaveLength(2));
    expect(text('notice')).toBe('Restored "\u2068Scanner\u2069".');
    const byId = (list: typeof before) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await listRecords())).toEqual(byId(before));
    expect(() => button(root!, 'Undo')).toThrow('No button "Undo"');
  });

  it('groups records without an account under "Account not known" and assigns one in a step', async () => {
    await seed(1, () => ({ name: 'Known', account: 'ada@contoso.com' }));
    await seed(2, (i) => ({ name: `Lost ${i}`, account: '' }));
    root = await renderPopup();
    const groups = () => [...root!.querySelectorAll('[data-testid="account-group"]')];
    expect(groups().map((g) => g.querySelector('h2')?.textContent)).toEqual(['ada@contoso.com', 'Account not known']);
    const form = groups()[1].querySelector('[data-testid="assign-account"]')!;
    // The only known account is offered already: one press assigns it.
    expect(form.querySelector<HTMLInputElement>('input')!.value).toBe('ada@contoso.com');
    button(form, 'Assign').click();
    await vi.waitFor(() => expect(groups()).toHaveLength(1));
    expect(groups()[0].querySelectorAll('[data-testid="record"]')).toHaveLength(3);
    expect((await listRecords()).map((r) => r.account)).toEqual(['ada@contoso.com', 'ada@contoso.com', 'ada@contoso.com']);
    expect(text('notice')).toBe('Account \u2068ada@contoso.com\u2069 assigned (2).');
  });

  it('refuses an account that is not an e-mail address, changing nothing', async () => {
    await seed(1, () => ({ name: 'Lost', account: '' }));
    root = await renderPopup();
    const form = root.querySelector('[data-testid="assign-account"]')!;
    const input = form.querySelector<HTMLInputElement>('input')!;
    expect(input.value).toBe('');
    await type(input, 'not an account');
    button(form, 'Assign').click();
    await vi.waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect((await listRecords())[0].account).toBe('');
  });

  it('"Delete in Microsoft account" sets the guide\'s delete task and opens Security info', async () => {
    await seed(1, () => ({ name: 'Scanner', account: 'ada@contoso.com' }));
    root = await renderPopup();
    await menuItem(rows()[0], 'Delete in Microsoft account');
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
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Add a record by hand'));
  });
});
