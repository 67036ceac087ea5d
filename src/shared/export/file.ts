/** Export and import in either format, behind one entry point for the popup and the background. */
import type { AppPasswordRecord } from '../record';
import { t } from '../i18n';
import { fromCsv, toCsv } from './csv';
import { fromJson, toJson } from './json';
import { type ParsedImport, type TransferFormat, MAX_IMPORT_CHARS } from './limits';

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

/** Stable order (account, then age, then id) so two exports of the same records are identical. */
function exportOrder(a: AppPasswordRecord, b: AppPasswordRecord): number {
  return (
    (a.account < b.account ? -1 : a.account > b.account ? 1 : 0) ||
    (a.createdAt ?? a.firstSeenAt) - (b.createdAt ?? b.firstSeenAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function exportRecords(records: readonly AppPasswordRecord[], format: TransferFormat, now: number): ExportFile {
  const sorted = [...records].sort(exportOrder);
  const day = new Date(now).toISOString().slice(0, 10);
  if (format === 'csv') return { filename: `app-passwords-${day}.csv`, mime: 'text/csv;charset=utf-8', text: toCsv(sorted) };
  return { filename: `app-passwords-${day}.json`, mime: 'application/json', text: toJson(sorted, now) };
}

export function parseImport(
  text: string,
  format: TransferFormat,
  now: number,
  newId: () => string,
): ParsedImport<AppPasswordRecord> {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, message: t('importTooLarge', String(MAX_IMPORT_CHARS / 1_000_000)) };
  if (text.trim() === '') return { ok: false, message: t('importEmpty') };
  return format === 'csv' ? fromCsv(text, now, newId) : fromJson(text);
}
