/**
 * How big an import may be. Microsoft allows 40 app passwords per account, so even an IT audit of
 * many accounts is far below these; anything larger is a wrong file, and refusing it early keeps a
 * mistaken drop from stalling the popup or the worker.
 */
export const MAX_IMPORT_CHARS = 5_000_000;
export const MAX_IMPORT_ROWS = 50_000;

/** What the export and import formats are called in messages and file names. */
export const TRANSFER_FORMATS = ['json', 'csv'] as const;
export type TransferFormat = (typeof TRANSFER_FORMATS)[number];

/** Parsing either format gives complete records, or one message naming the first problem found. */
export type ParsedImport<T> = { ok: true; records: T[] } | { ok: false; message: string };
