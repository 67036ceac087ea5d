/**
 * IndexedDB failures as the user should hear of them. Each kind has its own error code, so the
 * popup can say in the user's language what happened and what still holds (nothing stored is lost).
 */
import type { ErrorCode } from '../../shared/result';
import { ExpectedError } from '../errors';

export type StorageProblemKind = 'full' | 'blocked' | 'newer' | 'failed';

const CODES: Record<StorageProblemKind, ErrorCode> = {
  full: 'storage-full',
  blocked: 'storage-blocked',
  newer: 'storage-newer',
  failed: 'storage-failed',
};

/** The English text is for logs and tests; the popup shows its own text for the code. */
const MESSAGES: Record<StorageProblemKind, string> = {
  full: 'The browser has no room left to save app password records. Nothing already saved was changed.',
  blocked: 'The records database is being upgraded while an older extension page still holds it open. Close other extension pages and try again.',
  newer: 'The records were saved by a newer version of the extension. Nothing was changed.',
  failed: 'The browser could not save or read the app password records. Nothing already saved was changed.',
};

export class StorageError extends ExpectedError {
  constructor(
    readonly kind: StorageProblemKind,
    detail?: string,
  ) {
    super(CODES[kind], detail ? `${MESSAGES[kind]} (${detail.slice(0, 200)})` : MESSAGES[kind]);
  }
}

function nameOf(error: unknown): string {
  return (error as { name?: unknown })?.name === undefined ? '' : String((error as { name: unknown }).name);
}

/** DOMExceptions from IndexedDB, by name; anything else is not a storage failure and passes through. */
export function classifyStorageError(error: unknown): unknown {
  if (error instanceof ExpectedError) return error;
  const name = nameOf(error);
  const detail = String((error as Error)?.message ?? '') || name;
  if (name === 'QuotaExceededError') return new StorageError('full', detail);
  if (name === 'VersionError') return new StorageError('newer', detail);
  if (['AbortError', 'InvalidStateError', 'TransactionInactiveError', 'UnknownError', 'NotFoundError'].includes(name))
    return new StorageError('failed', detail);
  return error;
}

/** Worth one more try on a fresh connection: the connection was closed or lost under us. */
export function isLostConnection(error: unknown): boolean {
  const name = nameOf(error);
  return name === 'InvalidStateError' || name === 'UnknownError' || name === 'AbortError' || name === 'NotFoundError';
}
