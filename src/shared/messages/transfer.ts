/** Export and import of the inventory (the popup asks; the background owns the records). */
import type { ExportFile } from '../export/file';
import { MAX_IMPORT_CHARS, TRANSFER_FORMATS } from '../export/limits';
import { oneOf, shape, text } from '../schema';
import { fromExtensionPages } from './define';

const format = oneOf(TRANSFER_FORMATS);

export const transferMessages = {
  'records/export': fromExtensionPages(shape({ format })),
  /** All or nothing: a file with any problem is refused with a message naming it, and changes nothing. */
  'records/import': fromExtensionPages(shape({ format, text: text({ max: MAX_IMPORT_CHARS }) })),
};

/**
 * An import file is the one message that is legitimately large, so it alone may exceed the
 * protocol's general limit: its text, with room for JSON escaping of quotes and line breaks.
 */
export const transferMessageLimits = {
  'records/import': MAX_IMPORT_CHARS * 2 + 1024,
} as const;

export interface ImportSummary {
  /** Records that were not known before. */
  added: number;
  /** Known records that the file added something to (a note, a review, a deletion). */
  merged: number;
  /** Records in the file that were already known exactly. */
  unchanged: number;
}

export interface TransferReplies {
  'records/export': ExportFile;
  'records/import': ImportSummary;
}
