/**
 * CSV for a spreadsheet or an IT audit: one row per record, every field, times in ISO 8601 (UTC),
 * formula-like cells neutralised. Reading accepts exactly what writing produces, and also a
 * hand-made sheet with only the columns it needs (name and account), the rest taking defaults.
 */
import { type AppPasswordRecord, newRecord } from '../record';
import { t } from '../i18n';
import { CsvSyntaxError, formatCsv, parseCsv } from './csv-syntax';
import { type ParsedImport, MAX_IMPORT_ROWS } from './limits';
import { neutralise, restore } from './neutralise';
import { RECORD_FIELDS, checkField, checkRecord } from './record-check';

const TIME_FIELDS = new Set<keyof AppPasswordRecord>(['createdAt', 'deletedAt', 'firstSeenAt', 'lastReviewedAt', 'updatedAt']);
const NULLABLE_TEXT_FIELDS = new Set<keyof AppPasswordRecord>(['deletedHow']);
const REQUIRED_COLUMNS: Array<keyof AppPasswordRecord> = ['name', 'account'];
/** Excel only reads UTF-8 (names in any language) correctly when the file starts with a BOM. */
const BOM = '\uFEFF';
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;

/**
 * Epoch ms of a time written as we write times, or null when it names no moment on the calendar:
 * Date.parse would shift 2023-02-29 to 1 March and 24:00 to the next day, storing a date nobody wrote.
 */
export function calendarTime(cell: string): number | null {
  const parts = ISO_TIME.exec(cell);
  if (!parts) return null;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number);
  const ms = Number((parts[7] ?? '0').padEnd(3, '0'));
  const time = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const back = new Date(time);
  const same =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day &&
    back.getUTCHours() === hour &&
    back.getUTCMinutes() === minute &&
    back.getUTCSeconds() === second;
  return same ? time : null;
}

function cellOf(record: AppPasswordRecord, field: keyof AppPasswordRecord): string {
  const value = record[field];
  if (value === null) return '';
  if (TIME_FIELDS.has(field)) return new Date(value as number).toISOString();
  return neutralise(String(value));
}

export function toCsv(records: readonly AppPasswordRecord[]): string {
  return BOM + formatCsv([RECORD_FIELDS, ...records.map((record) => RECORD_FIELDS.map((field) => cellOf(record, field)))]);
}

/** The cell as the field's value, or a message when a time is not written as we write times. */
function valueOf(field: keyof AppPasswordRecord, cell: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (TIME_FIELDS.has(field)) {
    if (cell === '') return { ok: true, value: null };
    if (!ISO_TIME.test(cell)) return { ok: false, message: t('importBadTime') };
    const time = calendarTime(cell);
    if (time === null) return { ok: false, message: t('importNoSuchTime', cell.slice(0, 30)) };
    return { ok: true, value: time };
  }
  if (cell === '' && NULLABLE_TEXT_FIELDS.has(field)) return { ok: true, value: null };
  return { ok: true, value: restore(cell) };
}

function syntaxMessage(error: CsvSyntaxError): string {
  return t(error.problem === 'unclosed-quote' ? 'importCsvUnclosedQuote' : 'importCsvStrayQuote', String(error.line));
}

export function fromCsv(text: string, now: number, newId: () => string): ParsedImport<AppPasswordRecord> {
  let rows;
  try {
    rows = parseCsv(text.startsWith(BOM) ? text.slice(1) : text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, message: syntaxMessage(error) };
    throw error;
  }
  const [header, ...body] = rows;
  if (!header) return { ok: false, message: t('importEmpty') };
  if (body.length > MAX_IMPORT_ROWS) return { ok: false, message: t('importTooManyRows', String(MAX_IMPORT_ROWS)) };

  const columns = header.cells.map((cell) => cell.trim());
  for (const column of columns) {
    if (!(RECORD_FIELDS as string[]).includes(column)) return { ok: false, message: t('importCsvUnknownColumn', column.slice(0, 60)) };
  }
  const repeated = columns.find((column, index) => columns.indexOf(column) !== index);
  if (repeated) return { ok: false, message: t('importCsvRepeatedColumn', repeated) };
  const missing = REQUIRED_COLUMNS.find((column) => !columns.includes(column));
  if (missing) return { ok: false, message: t('importCsvMissingColumn', missing) };

  const records: AppPasswordRecord[] = [];
  const madeIds = new Set<string>();
  const seenIds = new Map<string, number>();
  for (const row of body) {
    if (row.cells.length !== columns.length)
      return { ok: false, message: t('importCsvCellCount', [String(row.line), String(row.cells.length), String(columns.length)]) };
    // Columns a hand-made sheet leaves out take the defaults of a record added now.
    const raw: Record<string, unknown> = { ...newRecord({ id: newId(), name: '', account: '', source: 'import' }, now) };
    for (const [index, cell] of row.cells.entries()) {
      const field = columns[index] as keyof AppPasswordRecord;
      // A row added by hand below exported ones may leave its id empty: it gets one, like a sheet without ids.
      if (field === 'id' && cell === '') continue;
      const value = valueOf(field, cell);
      const checked = value.ok ? checkField(field, value.value) : value;
      if (!checked.ok) return { ok: false, message: t('importCsvBadCell', [String(row.line), field, checked.message]) };
      raw[field] = checked.value;
    }
    const whole = checkRecord(raw);
    if (!whole.ok) return { ok: false, message: t('importCsvBadRow', [String(row.line), whole.message]) };
    records.push(whole.record);
    const id = records[records.length - 1].id;
    if (!columns.includes('id') || row.cells[columns.indexOf('id')] === '') madeIds.add(id);
    const earlier = seenIds.get(id);
    if (earlier !== undefined) return { ok: false, message: t('importCsvDuplicateId', [String(row.line), String(earlier)]) };
    seenIds.set(id, row.line);
  }
  const every = RECORD_FIELDS.every((field) => columns.includes(field));
  return { ok: true, records, ...(every ? {} : { given: columns as Array<keyof AppPasswordRecord> }), ...(madeIds.size ? { madeIds } : {}) };
}
