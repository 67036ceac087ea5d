/**
 * The JSON export's envelope, apart from the checks that read it back (json.ts): the popup's Undo
 * puts a removed record back through the import path with this alone, so the popup loads no schema.
 */
import type { AppPasswordRecord } from '../record';

export const JSON_FORMAT = 'app-password-guide';
export const JSON_VERSION = 1;

interface JsonExport {
  format: typeof JSON_FORMAT;
  version: typeof JSON_VERSION;
  exportedAt: string;
  records: AppPasswordRecord[];
}

export function jsonFile(records: AppPasswordRecord[], now: number): string {
  const file: JsonExport = { format: JSON_FORMAT, version: JSON_VERSION, exportedAt: new Date(now).toISOString(), records };
  return JSON.stringify(file, null, 2) + '\n';
}
