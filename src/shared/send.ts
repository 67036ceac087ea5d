import { ext } from './ext';
import type { MessageMap, MessageType, ReplyOf } from './protocol';
import { isPlainObject } from './plain-object';
import { type Result, fail } from './result';

/**
 * Sends a typed message to the background and checks the reply's envelope. A worker that is not
 * there (being restarted, extension updated) becomes a Failure rather than an exception.
 * It imports only types from the protocol, so no schema is bundled into the content script.
 */
export async function send<T extends MessageType>(
  type: T,
  ...payload: MessageMap[T]['payload'] extends Record<string, never> ? [] : [MessageMap[T]['payload']]
): Promise<Result<ReplyOf<T>>> {
  let reply: unknown;
  try {
    reply = await ext().runtime.sendMessage({ type, payload: payload[0] ?? {} });
  } catch (error) {
    return fail('internal', `The extension's background did not answer: ${String((error as Error)?.message ?? error)}`);
  }
  if (!isPlainObject(reply) || typeof reply.ok !== 'boolean')
    return fail('internal', "The extension's background gave an unreadable answer.");
  return reply as unknown as Result<ReplyOf<T>>;
}
