import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { closeDatabase } from '../../src/background/inventory/db';
import { parseCsv, formatCsv } from '../../src/shared/export/csv-syntax';
import { toCsv, fromCsv } from '../../src/shared/export/csv';
import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS } from '../../src/shared/export/limits';
import { parseImport } from '../../src/shared/export/file';
import type { AppPasswordRecord } from '../../src/shared/record';
import { call, raw } from '../support/background';
import { SAMPLE, T, rec } from '../fixtures/records';

const list = (): Promise<AppPasswordRecord[]> => call('records/list');
const byId = (records: AppPasswordRecord[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));

async function seed(records: AppPasswordRecord[]) {
  const { openDatabase } = await import('../../src/background/inventory/db');
  const db = await openDatabase();
  for (const record of records) await db.add('records', record);
}

beforeEach(async () => {
  await closeDatabase();
  globalThis.indexedDB = new IDBFactory();
});

describe('CSV syntax (RFC 4180)', () => {
  it('round-trips quotes, commas and line breaks', () => {
    const rows = [['a', 'b,c', 'say "hi"'], ['line\r\nbreak', '', 'x\ny']];
    expect(parseCsv(formatCsv(rows)).map((r) => r.cells)).toEqual(rows);
  });

  it('reports the starting line of each row, counting breaks inside quotes', () => {
    expect(parseCsv('h1,h2\n"a\nb",c\nd,e\n').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it.each([
    ['a,"b\n', /Line 1: a quoted value is never closed/],
    ['name,account\nab"c,d\n', /Line 2: a quote mark/],
    ['name,account\n"ab"c,d\n', /Line 2: a quote mark/],
  ])('names the line of a syntax error in %j', (text, message) => {
    const parsed = fromCsv(text, T, () => 'x');
    expect(parsed).toMatchObject({ ok: false, message: expect.stringMatching(message) });
  });
});

describe('CSV export', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const rows = parseCsv(toCsv(SAMPLE).slice(1)).map((r) => r.cells);
    const cells = rows.slice(1).flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(cells).toContain(`'@cmd`);
    expect(cells).toContain(`'\tTabbed`);
    expect(cells).toContain(`''quoted already`);
  });

  it('neutralises every risky first character in every text field, and reads each back exactly', () => {
    const RISKY = ['=', '+', '-', '@', '\t', '\r', "'"];
    const FIELDS = ['id', 'name', 'account', 'usedWhere', 'notes'] as const;
    const records = RISKY.flatMap((start, i) =>
      FIELDS.map((field, j) => rec({ id: `r${i}-${j}`, name: `n${i}-${j}`, [field]: `${start}cmd|' /C calc'!A0` })),
    );
    const text = toCsv(records);
    const cells = parseCsv(text.slice(1)).slice(1).flatMap((r) => r.cells);
    expect(cells.length).toBe(records.length * 12);
    for (const cell of cells) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r]/);
    for (const start of RISKY) expect(cells.filter((c) => c.startsWith(`'${start}cmd`))).toHaveLength(FIELDS.length);
    expect(fromCsv(text, 0, () => 'unused')).toEqual({ ok: true, records });
  });

  it('starts with a BOM and the header, ends rows with CRLF, writes times in ISO 8601', () => {
    const text = toCsv([SAMPLE[0]]);
    expect(text.startsWith('\uFEFFid,name,account,createdAt,deletedAt,firstSeenAt,lastReviewedAt,usedWhere,notes,source,deletedHow,updatedAt\r\n')).toBe(true);
    expect(text).toContain('2026-04-01T09:30:00.123Z');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('reads back exactly what it wrote', () => {
    expect(fromCsv(toCsv(SAMPLE), 0, () => 'unused')).toEqual({ ok: true, records: SAMPLE });
  });

  it('accepts a hand-made sheet with just name and account', () => {
    let n = 0;
    const parsed = fromCsv('name,account\r\nScanner,ada@contoso.com\r\n', T, () => `new-${++n}`);
    expect(parsed).toEqual({
      ok: true,
      records: [rec({ id: 'new-1', name: 'Scanner', createdAt: null, firstSeenAt: T, source: 'import', updatedAt: T })],
      // What merging needs to know: only these columns, and an id made here.
      given: ['name', 'account'],
      madeIds: new Set(['new-1']),
    });
  });
});

describe('records/export and records/import', () => {
  it.each(['json', 'csv'] as const)('%s: export → import into an empty inventory round-trips exactly', async (format) => {
    await seed(SAMPLE);
    const file = await call('records/export', { format });
    expect(file.filename).toMatch(new RegExp(`^app-passwords-\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
    await closeDatabase();
    globalThis.indexedDB = new IDBFactory();
    expect(await call('records/import', { format, text: file.text })).toEqual({ added: SAMPLE.length, merged: 0, unchanged: 0 });
    expect(byId(await list())).toEqual(byId(SAMPLE));
    // And again: the second export is the same file, and re-importing it doubles nothing.
    const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '');
    expect(withoutTime((await call('records/export', { format })).text)).toBe(withoutTime(file.text));
    expect(await call('records/import', { format, text: file.text })).toEqual({ added: 0, merged: 0, unchanged: SAMPLE.length });
    expect(await list()).toHaveLength(SAMPLE.length);
  });

  it('writes the versioned JSON envelope', async () => {
    await seed(SAMPLE.slice(0, 1));
    const file = await call('records/export', { format: 'json' });
    expect(file.mime).toBe('application/json');
    expect(JSON.parse(file.text)).toEqual({ format: 'app-password-guide', version: 1, exportedAt: expect.any(String), records: [SAMPLE[0]] });
  });

  it('merges a record known by account, name and creation time under another id', async () => {
    await seed([SAMPLE[0]]);
    const copy = { ...SAMPLE[0], id: 'other-id', notes: 'added later', updatedAt: T + 10 };
    const text = JSON.stringify({ format: 'app-password-guide', version: 1, exportedAt: '', records: [copy] });
    expect(await call('records/import', { format: 'json', text })).toEqual({ added: 0, merged: 1, unchanged: 0 });
    expect(await list()).toEqual([{ ...SAMPLE[0], notes: 'added later', updatedAt: T + 10 }]);
  });

  it('keeps a deletion and a review that only the stored record knows', async () => {
    const stored = { ...SAMPLE[0], deletedAt: T + 50, deletedHow: 'elsewhere' as const, lastReviewedAt: T + 40, updatedAt: T + 50 };
    await seed([stored]);
    const text = JSON.stringify({ format: 'app-password-guide', version: 1, exportedAt: '', records: [{ ...SAMPLE[0], usedWhere: 'new', updatedAt: T + 60 }] });
    await call('records/import', { format: 'json', text });
    expect(await list()).toEqual([{ ...stored, usedWhere: 'new', updatedAt: T + 60 }]);
  });

  const envelope = (records: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ format: 'app-password-guide', version: 1, exportedAt: '', records, ...extra });
  it.each([
    ['json', '{not json', /not valid JSON/],
    ['json', '{"records":[]}', /not exported by App Password Guide/],
    ['json', envelope([], { version: 2 }), /newer version.*format version 2/],
    ['json', envelope([], { version: '1' }), /format version is missing or not recognised/],
    ['json', envelope([SAMPLE[0], { ...SAMPLE[1], createdAt: 'yesterday' }]), /Record 2: createdAt must be a whole number/],
    ['json', envelope([{ ...SAMPLE[0], password: 'abcdabcdabcdabcd' }]), /Record 1: password is not a known field/],
    ['json', envelope([SAMPLE[0], SAMPLE[1], { ...SAMPLE[2], id: 'a1' }]), /Record 3 has the same id as record 1/],
    ['json', envelope([{ ...SAMPLE[0], deletedAt: T }]), /deletedAt and deletedHow/],
    ['json', envelope([{ ...SAMPLE[0], source: 'hacked' }]), /Record 1: source must be one of/],
    ['json', envelope([{ ...SAMPLE[0], name: '' }]), /Record 1: name is too short/],
    // Malformed and wrong-typed JSON: top level, envelope and every kind of field.
    ['json', '', /empty/],
    ['json', '[]', /not exported by App Password Guide/],
    ['json', 'null', /not exported by App Password Guide/],
    ['json', '"app-password-guide"', /not exported by App Password Guide/],
    ['json', '{"format":"app-password-guide","version":1,"records":[]', /not valid JSON/],
    ['json', '\uFEFF{"format":"app-password-guide","version":1,"records":[1]}', /Record 1: is not an object/],
    ['json', envelope([], { version: 0 }), /format version is missing or not recognised/],
    ['json', envelope([], { version: 1.5 }), /format version is missing or not recognised/],
    ['json', envelope([], { version: null }), /format version is missing or not recognised/],
    ['json', JSON.stringify({ format: 'app-password-guide', version: 1, exportedAt: '', records: {} }), /no list of records/],
    ['json', JSON.stringify({ format: 'app-password-guide', version: 1, exportedAt: '', records: 'a1' }), /no list of records/],
    ['json', envelope([null]), /Record 1: is not an object/],
    ['json', envelope([[SAMPLE[0]]]), /Record 1: is not an object/],
    ['json', envelope([{ ...SAMPLE[0], name: 42 }]), /Record 1: name must be/],
    ['json', envelope([{ ...SAMPLE[0], account: null }]), /Record 1: account must be/],
    ['json', envelope([{ ...SAMPLE[0], id: 7 }]), /Record 1: id must be/],
    ['json', envelope([{ ...SAMPLE[0], notes: ['x'] }]), /Record 1: notes must be/],
    ['json', envelope([{ ...SAMPLE[0], createdAt: -1 }]), /Record 1: createdAt/],
    ['json', envelope([{ ...SAMPLE[0], createdAt: 1e300 }]), /Record 1: createdAt/],
    ['json', envelope([{ ...SAMPLE[0], updatedAt: '2026-04-01T09:30:00.000Z' }]), /Record 1: updatedAt must be a whole number/],
    ['json', envelope([{ ...SAMPLE[0], deletedHow: 'guided' }]), /deletedAt and deletedHow/],
    ['json', envelope([{ ...SAMPLE[0], name: 'x'.repeat(1000) }]), /Record 1: name is longer than 256 characters/],
    ['json', envelope([(({ notes: _n, ...rest }) => rest)(SAMPLE[0])]), /Record 1: notes is missing/],
    ['json', envelope([JSON.parse('{"__proto__":{"x":1}}')]), /Record 1: __proto__ is not a known field/],
    // Malformed and wrong-typed CSV.
    ['csv', '\uFEFF', /empty/],
    ['csv', '\r\n\r\n', /empty/],
    ['csv', 'name,account\r\n"unclosed,x\r\n', /Line 2: a quoted value is never closed/],
    ['csv', 'name;account\r\nx;y\r\n', /column "name;account" is not one/],
    ['csv', '{"format":"app-password-guide","version":1,"records":[]}', /Line 1: a quote mark inside a value that is not quoted/],
    ['csv', 'name,account,createdAt\r\nx,,1712000000000\r\n', /Line 2, column "createdAt"/],
    ['csv', 'name,account,deletedAt,deletedHow\r\nx,,2026-04-01T09:30:00Z,sometimes\r\n', /Line 2, column "deletedHow"/],
    ['csv', 'name,account\r\n,ada@contoso.com\r\n', /Line 2, column "name": name is too short/],
    ['csv', 'name,account\r\nx,y,z\r\n', /Line 2 has 3 values/],
    ['csv', 'id,name,account\r\nsame,x,\r\nother,y,\r\nsame,x,\r\n', /Line 4 has the same id as line 2/],
    ['csv', '', /empty/],
    ['csv', 'name,password\r\nx,y\r\n', /column "password" is not one/],
    ['csv', 'id,name\r\n1,x\r\n', /no "account" column/],
    ['csv', 'name,account,name\r\n', /"name" appears twice/],
    ['csv', 'name,account\r\nx\r\n', /Line 2 has 1 values, but the first line names 2 columns/],
    ['csv', 'name,account,createdAt\r\nx,,2026-13-45\r\n', /Line 2, column "createdAt": must be a date and time/],
    ['csv', 'name,account,createdAt\r\nx,,yesterday\r\n', /Line 2, column "createdAt"/],
    ['csv', 'name,account,source\r\nx,,evil\r\n', /Line 2, column "source"/],
    ['csv', 'id,name,account\r\n1,x,\r\n2,y,\r\n1,z,\r\n', /Line 4 has the same id as line 2/],
    ['csv', 'name,account,deletedHow\r\nx,,guided\r\n', /Line 2: deletedAt and deletedHow/],
  ])('%s import refuses %j with a message naming the problem, changing nothing', async (format, text, message) => {
    await seed(SAMPLE);
    const reply = await raw('records/import', { format, text });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(message) } });
    expect(byId(await list())).toEqual(byId(SAMPLE));
  });

  it('refuses an oversized file and too many rows', async () => {
    const big = 'name,account\r\n' + 'x,\r\n'.repeat(MAX_IMPORT_ROWS + 1);
    expect(await raw('records/import', { format: 'csv', text: big })).toMatchObject({ ok: false, error: { message: /more than 50000 records/ } });
    const huge = 'x'.repeat(MAX_IMPORT_CHARS + 1);
    expect(await raw('records/import', { format: 'csv', text: huge })).toMatchObject({ ok: false });
    expect(await list()).toEqual([]);
  });

  it.each(['json', 'csv'] as const)('%s: refuses a file over the size limit, as a typed error naming the limit, changing nothing', async (format) => {
    await seed(SAMPLE);
    const over = format === 'csv' ? 'name,account\r\n' + 'x'.repeat(MAX_IMPORT_CHARS) : JSON.stringify({ pad: 'x'.repeat(MAX_IMPORT_CHARS) });
    const reply = await raw('records/import', { format, text: over });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message', message: expect.stringContaining(String(MAX_IMPORT_CHARS)) } });
    // And a message far past even the import's own message limit is refused before it is read.
    const far = await raw('records/import', { format, text: 'x'.repeat(MAX_IMPORT_CHARS * 3) });
    expect(far).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(byId(await list())).toEqual(byId(SAMPLE));
  });

  it('refuses a JSON file with more records than the limit, changing nothing', async () => {
    await seed(SAMPLE);
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => 0);
    const text = JSON.stringify({ format: 'app-password-guide', version: 1, exportedAt: '', records: many });
    expect(await raw('records/import', { format: 'json', text })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: /more than 50000 records/ } });
    expect(byId(await list())).toEqual(byId(SAMPLE));
  });

  it('reads a 50,000-row CSV whole, and refuses the same file with one bad row at the end without keeping any of it', async () => {
    await seed(SAMPLE);
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `Device ${i},user${i % 500}@contoso.com,`);
    rows[rows.length - 1] = 'Device last,,not-a-date';
    const refused = await raw('records/import', { format: 'csv', text: 'name,account,createdAt\r\n' + rows.join('\r\n') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/Line 50001, column "createdAt"/) } });
    expect(byId(await list())).toEqual(byId(SAMPLE));
    // At the limit the file is read whole (writing 50,000 rows is the database's job, tested below with fewer).
    rows[rows.length - 1] = 'Device last,,';
    const text = 'name,account,createdAt\r\n' + rows.join('\r\n');
    expect(text.length).toBeLessThan(MAX_IMPORT_CHARS);
    const parsed = parseImport(text, 'csv', T, () => `id-${Math.random()}`);
    expect(parsed.ok && parsed.records.length).toBe(MAX_IMPORT_ROWS);
  });

  it('imports the largest allowed file in one go', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `Device ${i},user${i % 50}@contoso.com`);
    const reply = await call('records/import', { format: 'csv', text: 'name,account\r\n' + rows.join('\r\n') });
    expect(reply).toEqual({ added: 2000, merged: 0, unchanged: 0 });
  });

  it('lets only the import message exceed the general message size limit', async () => {
    const text = 'name,account\r\n' + 'Printer,ada@contoso.com\r\n'.repeat(4000); // ≈ 100 KB
    expect(await raw('records/import', { format: 'csv', text })).toMatchObject({ ok: true });
    expect(await raw('records/add', { name: 'x', account: '', notes: 'x'.repeat(70_000) })).toMatchObject({ ok: false });
  });
});
