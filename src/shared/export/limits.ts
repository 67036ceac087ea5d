/**
 * How big an import may be. Microsoft allows 40 app passwords per account, so even an IT audit of
 * many accounts is far below these; anything larger is a wrong file, and refusing it early keeps a
 * mistaken drop from stalling the popup or the worker.
 *
 * The size follows from the row count, so that anything we export up to the row limit imports back:
 * our JSON export takes about 400 characters for a record with only a name and an account, and about
 * 525 with a note, a place of use, a review and a deletion (test/unit/transfer.test.ts measures it),
 * so 600 a row leaves room. 30 M characters also stay well inside Chromium's 64 MiB message limit
 * once the message is serialised (quotes and line breaks escaped).
 */
export const MAX_IMPORT_ROWS = 50_000;
const IMPORT_CHARS_PER_ROW = 600;
export const MAX_IMPORT_CHARS = MAX_IMPORT_ROWS * IMPORT_CHARS_PER_ROW;
/**
 * A file read in the popup may take up to three bytes a character (UTF-8 of most scripts), so a
 * file is only refused unread when even that could not fit; the decoded text is then measured.
 */
export const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS * 3;

/** What the export and import formats are called in messages and file names. */
export const TRANSFER_FORMATS = ['json', 'csv'] as const;
export type TransferFormat = (typeof TRANSFER_FORMATS)[number];

/**
 * Parsing either format gives complete records, or one message naming the first problem found.
 * A hand-made sheet may leave columns out (they take a new record's defaults) and ids out (one is
 * made): `given` and `madeIds` say so, so that merging never mistakes a default for information.
 */
export type ParsedImport<T> =
  | {
      ok: true;
      records: T[];
      /** The fields the file gives; absent means every field (our JSON, or a CSV with every column). */
      given?: ReadonlyArray<keyof T>;
      /** Records whose id was made on import because the file had none for them. */
      madeIds?: ReadonlySet<string>;
    }
  | { ok: false; message: string };
