/**
 * Names, places and notes with markup, script, quotes, a right-to-left override, zero-width
 * characters, emoji, 10,000 characters or nothing at all: the popup stores each exactly as typed
 * (less the surrounding spaces, which Microsoft's name field drops too) or refuses it with its
 * usual message, and shows it as text only, isolated from the sentence around it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addRecord, listRecords } from '../../src/background/inventory/records-store';
import { MAX_NAME_LENGTH } from '../../src/shared/record';
import { MAX_NOTES } from '../../src/popup/validation';
import { button, find, freshBackground, menuItem, renderPopup, type, unmount } from './popup-helpers';

let root: HTMLElement | undefined;

beforeEach(async () => {
  await freshBackground();
  delete (window as { __pwned?: unknown }).__pwned;
});
afterEach(() => root && unmount(root));

const PWN = 'window.__pwned=1';
const HOSTILE = [
  `<img src=x onerror="${PWN}">`,
  `<script>${PWN}</script>`,
  `"><svg onload=${PWN}>`,
  `'; DROP TABLE records; --`,
  `O'Brien's "quoted" & <b>bold</b> \`tick\``,
  '\u202Egnp.exe',
  'zero\u200Bwidth\u200Cjoin\u200Dchars\uFEFF',
  '🔑 Outlook 🧑🏽‍💻 on 📱',
  '=HYPERLINK("http://x","y")',
  'x'.repeat(MAX_NAME_LENGTH),
  '  spaced out  ',
];
const REFUSED: Array<[string, string]> = [
  ['x'.repeat(10_000), 'This is too long.'],
  ['x'.repeat(MAX_NAME_LENGTH + 1), 'This is too long.'],
  ['', 'Enter the name of the app password.'],
  ['   ', 'Enter the name of the app password.'],
  ['\n\t\u3000', 'Enter the name of the app password.'],
];

/** Nothing but the popup's own markup (its logo and icons): no element, attribute or handler came from a value. */
function expectInert(container: ParentNode): void {
  expect(container.querySelectorAll('img:not(.logo), script, svg:not(.icon), iframe, object, embed, b, style, link').length).toBe(0);
  const handlers = [...container.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on')));
  expect(handlers).toEqual([]);
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
}

async function addByHand(name: string): Promise<void> {
  button(root!, 'Add a record by hand').click();
  await type(await find<HTMLInputElement>(root!, '#add-name'), name);
  await type(root!.querySelector<HTMLInputElement>('#add-account')!, 'ada@contoso.com');
  button(root!, 'Add record').click();
}

describe('a name typed into the popup', () => {
  it.each(HOSTILE.map((n) => [JSON.stringify(n).slice(0, 50), n]))('%s is stored as typed and shown as text', async (_label, name) => {
    root = await renderPopup();
    await addByHand(name);
    const row = await find(root, '[data-testid="record"]');
    const stored = name.trim();
    expect((await listRecords()).map((r) => r.name)).toEqual([stored]);
    const shown = row.querySelector('.name')!;
    expect(shown.textContent).toBe(stored);
    // <bdi>: a right-to-left override in the name ends with the name.
    expect(shown.tagName).toBe('BDI');
    expect(root.querySelector('[data-testid="notice"]')?.textContent).toContain(`\u2068${stored}\u2069`);
    expect(row.querySelector('.menu-button')?.getAttribute('aria-label')).toBe(`Actions for "\u2068${stored}\u2069"`);
    await menuItem(row, 'Remove record');
    await vi.waitFor(() => expect(root!.querySelector('[data-testid="notice"]')?.textContent).toBe(`Removed "\u2068${stored}\u2069" from this list.`));
    expectInert(root);
  });

  it.each(REFUSED.map(([n, m]) => [JSON.stringify(n).slice(0, 30), m, n]))('%s is refused with "%s"', async (_label, message, name) => {
    root = await renderPopup();
    await addByHand(name);
    const field = root.querySelector('#add-name')!;
    await vi.waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    const described = field.getAttribute('aria-describedby')!.split(' ').map((id) => root!.querySelector(`#${id}`)?.textContent);
    expect(described).toContain(message);
    expect(await listRecords()).toEqual([]);
    expectInert(root);
  });
});

describe('where used and notes', () => {
  it('are saved as typed from the edit form, or refused when longer than the form allows', async () => {
    await addRecord({ name: 'Scanner', account: 'ada@contoso.com' }, 'manual');
    root = await renderPopup();
    for (const value of [...HOSTILE.slice(0, 9), 'n'.repeat(MAX_NOTES)]) {
      await menuItem(root.querySelector('[data-testid="record"]')!, 'Edit');
      const [where, notes] = [await find<HTMLInputElement>(root, 'form input'), root.querySelector<HTMLTextAreaElement>('form textarea')!];
      await type(where, value.slice(0, 200));
      await type(notes, value);
      button(root, 'Save').click();
      await vi.waitFor(() => expect(root!.querySelector('form')).toBeNull());
      const [record] = await listRecords();
      expect({ usedWhere: record.usedWhere, notes: record.notes }).toEqual({ usedWhere: value.slice(0, 200).trim(), notes: value.trim() });
      const row = root.querySelector('[data-testid="record"]')!;
      expect(row.querySelector('.notes')?.textContent).toBe(value.trim());
      expectInert(root);
    }
    await menuItem(root.querySelector('[data-testid="record"]')!, 'Edit');
    const notes = await find<HTMLTextAreaElement>(root, 'form textarea');
    await type(notes, 'n'.repeat(10_000));
    button(root, 'Save').click();
    await vi.waitFor(() => expect(notes.getAttribute('aria-invalid')).toBe('true'));
    expect((await listRecords())[0].notes).toBe('n'.repeat(MAX_NOTES));
  });

  it('arriving from elsewhere (capture, import) at the full 10,000 characters are shown as text', async () => {
    for (const [i, value] of HOSTILE.entries()) {
      await addRecord({ name: value.trim() || 'blank', account: 'ada@contoso.com', usedWhere: value, notes: `${value}\n`.repeat(Math.floor(10_000 / (value.length + 1))) }, i % 2 ? 'list' : 'import');
    }
    root = await renderPopup();
    const rows = [...root.querySelectorAll('[data-testid="record"]')];
    expect(rows).toHaveLength(HOSTILE.length);
    const stored = await listRecords();
    for (const row of rows) {
      const record = stored.find((r) => r.id === row.getAttribute('data-record-id'))!;
      expect(row.querySelector('.name')!.textContent).toBe(record.name);
      expect(row.querySelector('.notes')!.textContent).toBe(record.notes);
    }
    expectInert(root);
  });
});
