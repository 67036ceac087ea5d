/** Errors cross context boundaries as data, never as thrown strings. */
export type ErrorCode =
  | 'invalid-message'
  | 'unknown-message'
  /** A message from a sender it is not meant for (e.g. an inventory change from Microsoft's page). */
  | 'wrong-sender'
  /** A capture for a second account from a page that showed another (issue #16 item 8). */
  | 'wrong-account'
  /** A capture that would add more records than one page or one account may (issue #16 item 8). */
  | 'capture-limit'
  | 'too-large'
  | 'not-found'
  | 'invalid-input'
  | 'locked-by-policy'
  | 'storage-full'
  | 'storage-blocked'
  | 'storage-newer'
  | 'storage-failed'
  | 'internal';

export interface Failure {
  ok: false;
  error: { code: ErrorCode; message: string };
}

export interface Success<T> {
  ok: true;
  value: T;
}

export type Result<T> = Success<T> | Failure;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string): Failure => ({
  ok: false,
  error: { code, message },
});
