/**
 * The complete, versioned export: every field of every record, readable by a later version of the
 * extension. A newer format version is refused with a message rather than half-read.
 */
import type { AppPasswordRecord } from '../record';
import { t } from '../i18n';
import { isPlainObject } from '../plain-object';
import { type ParsedImport, MAX_IMPORT_ROWS } from './limits';
import { RECORD_FIELDS, checkRecord } from './record-check';
import { JSON_FORMAT, JSON_VERSION, jsonFile } from './json-format';

/** Fields in one fixed order, whatever order the stored object has them in, so equal inventories export equal files. */
function ordered(record: AppPasswordRecord): AppPasswordRecord {
  return Object.fromEntries(RECORD_FIELDS.map((field) => [field, record[field]])) as unknown as AppPasswordRecord;
}

export function toJson(records: readonly AppPasswordRecord[], now: number): string {
  return jsonFile(records.map(ordered), now);
}

export function fromJson(text: string): ParsedImport<AppPasswordRecord> {
  let file: unknown;
  try {
    // Notepad and other Windows editors save UTF-8 with a BOM, which JSON.parse refuses.
    file = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, message: t('importNotJson', String((error as Error).message).slice(0, 200)) };
  }
  if (!isPlainObject(file) || file.format !== JSON_FORMAT) return { ok: false, message: t('importNotOurs') };
  if (typeof file.version === 'number' && Number.isInteger(file.version) && file.version > JSON_VERSION)
    return { ok: false, message: t('importNewerVersion', String(file.version)) };
  if (file.version !== JSON_VERSION) return { ok: false, message: t('importBadVersion') };
  if (!Array.isArray(file.records)) return { ok: false, message: t('importNoRecords') };
  if (file.records.length > MAX_IMPORT_ROWS) return { ok: false, message: t('importTooManyRows', String(MAX_IMPORT_ROWS)) };

  const records: AppPasswordRecord[] = [];
  const seenIds = new Map<string, number>();
  for (const [index, raw] of file.records.entries()) {
    const number = index + 1;
    const checked = checkRecord(raw);
    if (!checked.ok) return { ok: false, message: t('importJsonBadRecord', [String(number), checked.message]) };
    const record = checked.record;
    const earlier = seenIds.get(record.id);
    if (earlier !== undefined) return { ok: false, message: t('importJsonDuplicateId', [String(number), String(earlier)]) };
    seenIds.set(record.id, number);
    records.push(record);
  }
  return { ok: true, records };
}
