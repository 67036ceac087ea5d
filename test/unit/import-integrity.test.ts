/**
 * Issue #16 items 4–7: import and export agree at any size we allow, a spreadsheet's encoding is
 * detected, rows without ids merge instead of doubling, "merged" counts real changes only, and
 * dates are calendar dates.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { closeDatabase } from '../../src/background/inventory/db';
import { decodeFile } from '../../src/shared/export/encoding';
import { formatCsv, parseCsv } from '../../src/shared/export/csv-syntax';
import { calendarTime, fromCsv } from '../../src/shared/export/csv';
import { exportRecords, parseImport } from '../../src/shared/export/file';
import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS } from '../../src/shared/export/limits';
import { planImport } from '../../src/background/transfer/import-plan';
import type { AppPasswordRecord } from '../../src/shared/record';
import { call, raw } from '../support/background';
import { T, rec } from '../fixtures/records';

const list = (): Promise<AppPasswordRecord[]> => call('records/list');
const byId = (records: AppPasswordRecord[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

/** A record as a real inventory holds one: a name, an account, a note, a place, a review and a deletion. */
function full(i: number): AppPasswordRecord {
  return rec({
    id: `c0ffee00-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `Outlook on the office scanner ${i}`,
    account: `firstname.lastname${i % 500}@contoso.com`,
    createdAt: T + i,
    deletedAt: i % 3 ? null : T + 2 * i + 1,
    deletedHow: i % 3 ? null : 'guided',
    lastReviewedAt: T + 7,
    usedWhere: 'Outlook 2016 on the front desk PC',
    notes: i % 7 ? 'Ask IT before deleting; used by the night shift.' : 'Zweigstelle Büro – 東京 "night", shift',
    source: 'guided',
  });
}

describe('item 4: anything we export up to the row limit imports back', () => {
  it('derives the size limit from the row limit, with room for our own export of full records', () => {
    const sample = Array.from({ length: 1000 }, (_, i) => full(i));
    for (const format of ['json', 'csv'] as const) {
      const perRecord = exportRecords(sample, format, T).text.length / sample.length;
      expect(perRecord * MAX_IMPORT_ROWS, format).toBeLessThan(MAX_IMPORT_CHARS);
    }
  });

  it.each(['json', 'csv'] as const)('%s: 50,000 records export and import back exactly', async (format) => {
    const records = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => full(i));
    const file = exportRecords(records, format, T);
    // Before, 15,000 such records already passed the 5 M limit.
    expect(file.text.length).toBeGreaterThan(5_000_000);
    expect(file.text.length).toBeLessThan(MAX_IMPORT_CHARS);
    const parsed = parseImport(file.text, format, T, () => 'unused');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.records).toHaveLength(MAX_IMPORT_ROWS);
    expect(byId(parsed.records)).toEqual(byId(records));
    // Into an inventory holding all of them, nothing is added or changed.
    expect(planImport(records, parsed.records, parsed, T)).toEqual({ add: [], merge: [], unchanged: MAX_IMPORT_ROWS });
  }, 60_000);

  it('the import message carries such a file through the router', async () => {
    const records = Array.from({ length: 15_000 }, (_, i) => full(i));
    const file = exportRecords(records, 'json', T);
    expect(file.text.length).toBeGreaterThan(5_000_000);
    expect(await call('records/import', { format: 'json', text: file.text })).toEqual({ added: 15_000, merged: 0, unchanged: 0 });
    expect(await list()).toHaveLength(15_000);
  }, 60_000);
});

describe('item 5: a file is read in the encoding it was saved in', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const utf16 = (text: string, littleEndian: boolean) => {
    const bytes: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      bytes.push(...(littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
    }
    return new Uint8Array(bytes);
  };
  const text = 'name,account\r\nDrucker im Büro – 東京 📠,ada@contoso.com\r\n';

  it.each([
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), 'utf-8', true],
    ['UTF-8 without a BOM', utf8(text), 'utf-8', false],
    ['UTF-16 LE with a BOM', new Uint8Array([0xff, 0xfe, ...utf16(text, true)]), 'utf-16le', true],
    ['UTF-16 BE with a BOM', new Uint8Array([0xfe, 0xff, ...utf16(text, false)]), 'utf-16be', true],
    ['UTF-16 LE without a BOM', utf16(text, true), 'utf-16le', false],
    ['UTF-16 BE without a BOM', utf16(text, false), 'utf-16be', false],
  ])('%s', (_, bytes, encoding, bom) => {
    expect(decodeFile(bytes)).toEqual({ text, encoding, bom });
  });

  it('Windows-1252 (what Excel writes in many locales): bytes that are not UTF-8', () => {
    // "Büro – Café €" in Windows-1252: ü FC, – 96, é E9, € 80.
    const bytes = new Uint8Array([...utf8('name,account\r\nB'), 0xfc, ...utf8('ro '), 0x96, ...utf8(' Caf'), 0xe9, 0x20, 0x80, ...utf8(',a@b.c\r\n')]);
    const decoded = decodeFile(bytes);
    expect(decoded).toEqual({ text: 'name,account\r\nBüro – Café €,a@b.c\r\n', encoding: 'windows-1252', bom: false });
    expect(decoded.text).not.toContain('\uFFFD');
  });

  it('a BOM decides even when the rest would also be valid otherwise, and is not part of the text', () => {
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text).toBe('a');
    expect(decodeFile(new Uint8Array([])).text).toBe('');
  });
});

describe('item 6: rows without ids merge by account, name and creation time', () => {
  const sheet = 'name,account,createdAt,notes\r\nPrinter,ada@contoso.com,,Room 4\r\nPrinter,ada@contoso.com,,Room 5\r\nScanner,bo@contoso.com,2026-04-01T09:30:00.123Z,\r\n';

  it('the same spreadsheet imported twice changes nothing the second time', async () => {
    expect(await call('records/import', { format: 'csv', text: sheet })).toEqual({ added: 3, merged: 0, unchanged: 0 });
    const first = byId(await list());
    expect(await call('records/import', { format: 'csv', text: sheet })).toEqual({ added: 0, merged: 0, unchanged: 3 });
    expect(byId(await list())).toEqual(first);
  });

  it('a row without id matches a record found on the list (no creation time) and keeps what the sheet leaves out', async () => {
    await call('records/import', { format: 'json', text: exportRecords([rec({ id: 'known', name: 'Printer', createdAt: null, usedWhere: 'Room 4', lastReviewedAt: T })], 'json', T).text });
    const before = await list();
    expect(await call('records/import', { format: 'csv', text: 'name,account\r\nPrinter,ada@contoso.com\r\n' })).toEqual({ added: 0, merged: 0, unchanged: 1 });
    expect(await list()).toEqual(before);
    // A sheet that does say something new merges it, and only that.
    expect(await call('records/import', { format: 'csv', text: 'name,account,notes\r\nPrinter,ada@contoso.com,Ask Bo\r\n' })).toEqual({ added: 0, merged: 1, unchanged: 0 });
    const [after] = await list();
    expect(after).toEqual({ ...before[0], notes: 'Ask Bo', updatedAt: after.updatedAt });
    expect(after.updatedAt).toBeGreaterThan(before[0].updatedAt);
  });

  it('a re-import of our own CSV with ids, or of the same sheet with some columns, counts nothing as merged', async () => {
    const records = Array.from({ length: 30 }, (_, i) => full(i));
    await call('records/import', { format: 'json', text: exportRecords(records, 'json', T).text });
    const csv = exportRecords(records, 'csv', T).text;
    expect(await call('records/import', { format: 'csv', text: csv })).toEqual({ added: 0, merged: 0, unchanged: 30 });
    // The same export with its updatedAt and usedWhere columns cut off (a sheet trimmed for an audit).
    const keep = ['id', 'name', 'account', 'createdAt', 'deletedAt', 'deletedHow', 'notes'];
    const rows = parseCsv(csv.replace(/^\uFEFF/, '')).map((row) => row.cells);
    const trimmed = formatCsv(rows.map((cells) => keep.map((column) => cells[rows[0].indexOf(column)])));
    expect(await call('records/import', { format: 'csv', text: trimmed })).toEqual({ added: 0, merged: 0, unchanged: 30 });
    expect(byId(await list())).toEqual(byId(records));
  });

  it('two identical rows are two app passwords, matched one to one', () => {
    const stored = [rec({ id: 's1', name: 'Phone', createdAt: null })];
    const incoming = [rec({ id: 'n1', name: 'Phone', createdAt: null }), rec({ id: 'n2', name: 'Phone', createdAt: null })];
    const plan = planImport(stored, incoming, { given: ['name', 'account'], madeIds: new Set(['n1', 'n2']) }, T);
    expect(plan.add.map((r) => r.id)).toEqual(['n2']);
    expect(plan).toMatchObject({ merge: [], unchanged: 1 });
  });

  it('an empty id cell gets a new id like a sheet without ids', () => {
    const parsed = fromCsv('id,name,account\r\n,Phone,\r\nkept,Tablet,\r\n', T, () => 'made');
    expect(parsed).toMatchObject({ ok: true, records: [{ id: 'made' }, { id: 'kept' }], madeIds: new Set(['made']) });
  });
});

describe('item 7: dates are calendar dates', () => {
  it.each(['2023-02-29T00:00:00Z', '2024-04-31T10:00:00.000Z', '2026-01-01T24:00:00Z', '2026-01-01T12:60:00Z', '2026-00-10T12:00:00Z'])(
    'refuses %s with a message naming the row and column, changing nothing',
    async (when) => {
      await call('records/add', { name: 'Kept', account: '' });
      const before = await list();
      const reply = await raw('records/import', { format: 'csv', text: `name,account,createdAt\r\nFine,,2024-02-29T00:00:00Z\r\nShifted,,${when}\r\n` });
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: `Line 3, column "createdAt": ${when} is not a date and time on the calendar.` } });
      expect(await list()).toEqual(before);
    },
  );

  it('accepts real dates, leap days included, to the millisecond', () => {
    expect(calendarTime('2024-02-29T23:59:59.999Z')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59, 999));
    expect(calendarTime('2026-04-01T09:30:00.1Z')).toBe(Date.UTC(2026, 3, 1, 9, 30, 0, 100));
    expect(calendarTime('2023-02-29T00:00:00Z')).toBeNull();
  });
});
