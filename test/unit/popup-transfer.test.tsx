/**
 * Export and import from the popup's settings, through the real router and records store: the
 * file goes out as a download and comes back in as a merge; a bad file changes nothing and says why.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listRecords } from '../../src/background/inventory/records-store';
import { formatOf } from '../../src/popup/transfer';
import { MAX_IMPORT_BYTES, MAX_IMPORT_CHARS } from '../../src/shared/export/limits';
import { fakeBrowser } from '../fakes/browser';
import { button, find, freshBackground, renderPopup, seed, unmount } from './popup-helpers';

let root: HTMLElement | undefined;
let saved: { name: string; blob: Blob }[] = [];

beforeEach(async () => {
  await freshBackground();
  saved = [];
  location.hash = '';
  let n = 0;
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! });
  });
});

afterEach(() => {
  if (root) unmount(root);
  vi.restoreAllMocks();
});

async function openSettings(): Promise<HTMLElement> {
  root = await renderPopup();
  button(root, 'Settings').click();
  await find(root, '.transfer');
  return root;
}

async function choose(input: HTMLInputElement, file: File): Promise<void> {
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const status = () => root!.querySelector('[role="status"]')?.textContent ?? '';
const alert = () => root!.querySelector('[role="alert"]')?.textContent ?? '';

describe('export and import in the popup', () => {
  it('exports JSON and CSV as downloads, and a JSON export imports back into an empty inventory exactly', async () => {
    await seed(3, (i) => ({ usedWhere: `Desk ${i}`, notes: i === 1 ? '=HYPERLINK("x")' : '' }));
    const before = await listRecords();
    root = await openSettings();
    button(root, 'Export (JSON)').click();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    button(root, 'Export (CSV, for a spreadsheet)').click();
    await vi.waitFor(() => expect(saved).toHaveLength(2));
    expect(saved.map((s) => s.name)).toEqual([expect.stringMatching(/^app-passwords-\d{4}-\d\d-\d\d\.json$/), expect.stringMatching(/\.csv$/)]);
    await vi.waitFor(() => expect(status()).toBe(`Saved ${saved[1].name}.`));
    const json = await saved[0].blob.text();
    unmount(root);

    await freshBackground();
    root = await openSettings();
    await choose(root.querySelector<HTMLInputElement>('#import-file')!, new File([json], saved[0].name, { type: 'application/json' }));
    await vi.waitFor(() => expect(status()).toBe('Imported: 3 new, 0 updated, 0 already here. The file was read as UTF-8.'));
    const sortById = (list: typeof before) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(await listRecords())).toEqual(sortById(before));
    // The inventory shows them without reopening the popup.
    button(root, 'App passwords').click();
    await vi.waitFor(() => expect(root!.querySelectorAll('[data-testid="record"]')).toHaveLength(3));
  });

  it('imports a CSV made in a spreadsheet, and merges rather than doubles on a second import', async () => {
    root = await openSettings();
    const csv = 'name,account,usedWhere\r\nPrinter,ada@contoso.com,Room 4\r\n';
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    // The browser's own file control is hidden; its label is the styled button that opens it.
    const picker = root.querySelector<HTMLLabelElement>('label[for="import-file"]')!;
    expect(picker.className).toContain('button');
    expect(picker.textContent).toBe('Import from a file…');
    expect(input.className).toContain('file-input');
    await choose(input, new File([csv], 'sheet.csv', { type: 'text/csv' }));
    await vi.waitFor(() => expect(status()).toBe('Imported: 1 new, 0 updated, 0 already here. The file was read as UTF-8.'));
    const first = await listRecords();
    await choose(input, new File([await (await exportCsv()).text()], 'again.csv'));
    await vi.waitFor(() => expect(status()).toBe('Imported: 0 new, 0 updated, 1 already here. The file was read as UTF-8.'));
    expect(await listRecords()).toEqual(first);
  });

  it.each([
    // What Excel writes as "CSV" in Western European locales: Windows-1252, no BOM.
    ['Windows-1252', new Uint8Array([...new TextEncoder().encode('name,account\r\nB'), 0xfc, ...new TextEncoder().encode('ro,ada@contoso.com\r\n')])],
    // Excel's "Unicode text": UTF-16 LE with a BOM.
    ['UTF-16 LE', new Uint8Array([0xff, 0xfe, ...[...'name,account\r\nBüro 東京,ada@contoso.com\r\n'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])],
  ])('imports a %s spreadsheet with its letters intact and says which encoding it read', async (encoding, bytes) => {
    root = await openSettings();
    await choose(root.querySelector<HTMLInputElement>('#import-file')!, new File([bytes], 'sheet.csv', { type: 'text/csv' }));
    await vi.waitFor(() => expect(status()).toBe(`Imported: 1 new, 0 updated, 0 already here. The file was read as ${encoding}.`));
    const [record] = await listRecords();
    expect(record.name).toBe(encoding === 'Windows-1252' ? 'Büro' : 'Büro 東京');
  });

  it('refuses a broken file with a message naming the problem, and changes nothing', async () => {
    await seed(2);
    const before = await listRecords();
    root = await openSettings();
    await choose(root.querySelector<HTMLInputElement>('#import-file')!, new File(['{"format":"app-password-guide","version":1,"records":[{"name":3}]}'], 'bad.json'));
    await vi.waitFor(() => expect(alert()).not.toBe(''));
    expect(alert()).toBe('Record 1: id is missing.');
    expect(await listRecords()).toEqual(before);
  });

  it('refuses a file over the size limit in the user\'s language before sending it', async () => {
    root = await openSettings();
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: MAX_IMPORT_BYTES + 1 });
    await choose(root.querySelector<HTMLInputElement>('#import-file')!, huge);
    await vi.waitFor(() => expect(alert()).toBe(`The file is larger than ${MAX_IMPORT_CHARS / 1_000_000} MB, too large to be an App Password Guide export.`));
  });

  it('in the toolbar popup, where a file dialog would close it, opens the same page in a tab to import', async () => {
    const views = vi.fn(() => [window]);
    (fakeBrowser as unknown as { extension: unknown }).extension = { getViews: views };
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    try {
      root = await openSettings();
      expect(root.querySelector('#import-file')).toBeNull();
      button(root, 'Import from a file…').click();
      await vi.waitFor(() => expect(fakeBrowser.tabs._opened).toHaveLength(1));
      expect(String(fakeBrowser.tabs._opened[0])).toMatch(/#import$/);
      await vi.waitFor(() => expect(close).toHaveBeenCalled());
    } finally {
      delete (fakeBrowser as unknown as { extension?: unknown }).extension;
    }
  });
});

describe('formatOf', () => {
  it('goes by the file name, else by the content', () => {
    expect(formatOf('a.CSV', '{')).toBe('csv');
    expect(formatOf('a.json', 'name,account')).toBe('json');
    expect(formatOf('export', '\uFEFF {"records":[]}')).toBe('json');
    expect(formatOf('export', 'name,account')).toBe('csv');
  });
});

/** The CSV the popup would export right now. */
async function exportCsv(): Promise<Blob> {
  const count = saved.length;
  button(root!, 'Export (CSV, for a spreadsheet)').click();
  await vi.waitFor(() => expect(saved.length).toBe(count + 1));
  return saved[count].blob;
}
