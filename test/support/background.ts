/**
 * The background's router called as the browser would, each message from the sender it is meant
 * for (senders.ts), for unit tests of the background through its one entry point.
 */
import { route } from '../../src/background/router';
import { OWN, senderFor } from './senders';

/** The reply as the sender sees it: `{ ok: true, value }` or `{ ok: false, error }`. */
export const raw = (type: string, payload: unknown = {}) => route({ type, payload }, senderFor(type), OWN) as Promise<any>;

/** The reply's value; a refusal fails the test with its code and message. */
export async function call(type: string, payload: unknown = {}): Promise<any> {
  const reply = await raw(type, payload);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.code} ${reply.error.message}`);
  return reply.value;
}
