import type { Runtime } from 'webextension-polyfill';
import { type MessageType, maySend, parseMessage } from '../shared/protocol';
import { type Result, fail, ok } from '../shared/result';
import { ExpectedError } from './errors';
import type { Handler, Handlers } from './handler';
import { type OwnExtension, senderKind } from './senders';
import { captureHandlers } from './capture/handlers';
import { guideHandlers } from './guide/handlers';
import { inventoryHandlers } from './inventory/handlers';
import { reportsHandlers } from './reports/handlers';
import { settingsHandlers } from './settings/handlers';
import { statusHandlers } from './status/handlers';
import { transferHandlers } from './transfer/handlers';

/** Every message type has exactly one handler; the compiler checks none is missing. */
const handlers: Handlers<MessageType> = {
  ...captureHandlers,
  ...guideHandlers,
  ...inventoryHandlers,
  ...reportsHandlers,
  ...settingsHandlers,
  ...statusHandlers,
  ...transferHandlers,
};

/**
 * Checks who sent the message, then the message, then that this sender may send it, and only then
 * runs its handler. Web pages can never reach this (no externally_connectable).
 */
export async function route(raw: unknown, sender: Runtime.MessageSender, own: OwnExtension): Promise<Result<unknown>> {
  const from = senderKind(sender, own);
  if (!from) return fail('wrong-sender', "Messages are only accepted from this extension's own pages and its guide on Microsoft's pages.");
  const parsed = parseMessage(raw);
  if (!parsed.ok) return parsed;
  const message = parsed.value;
  if (!maySend(from, message.type)) {
    const who = from === 'content-script' ? "the guide on Microsoft's page" : 'an extension page';
    return fail('wrong-sender', `"${message.type}" cannot be sent from ${who}.`);
  }
  try {
    const handler = handlers[message.type] as Handler<MessageType>;
    return ok(await handler(message, sender));
  } catch (error) {
    if (error instanceof ExpectedError) return fail(error.code, error.message);
    console.error(`App Password Guide: ${message.type} failed`, error);
    return fail('internal', `Could not complete "${message.type}": ${String((error as Error)?.message ?? error)}`);
  }
}
