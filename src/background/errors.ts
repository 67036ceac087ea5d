import type { ErrorCode } from '../shared/result';

/** An expected failure whose message is meant for the user; the router sends its code as data. */
export class ExpectedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
