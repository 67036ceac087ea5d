import type { Runtime } from 'webextension-polyfill';
import { type MessageType, parseMessage } from '../shared/protocol';
import { type Result, fail, ok } from '../shared/result';
import { pageHandlers } from './handlers/page';
import { recordHandlers } from './handlers/records';
import { captureHandlers } from './handlers/capture';
import { transferHandlers } from './handlers/transfer';
import { settingsHandlers } from './handlers/settings';
import { guideTaskHandlers } from './handlers/guide-task';
import { guideHandlers } from './handlers/guide';
import type { Handler, Handlers } from './handlers/types';
import { ExpectedError } from './errors';

/** Every message type has exactly one handler; the compiler checks none is missing. */
const handlers: Handlers<MessageType> = {
  ...pageHandlers,
  ...recordHandlers,
  ...captureHandlers,
  ...transferHandlers,
  ...settingsHandlers,
  ...guideTaskHandlers,
  ...guideHandlers,
};

/** Only our own contexts may talk to the background; web pages never can (no externally_connectable). */
function fromThisExtension(sender: Runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

export async function route(raw: unknown, sender: Runtime.MessageSender, ownId: string): Promise<Result<unknown>> {
  if (!fromThisExtension(sender, ownId)) return fail('invalid-message', 'Messages are only accepted from this extension.');
  const parsed = parseMessage(raw);
  if (!parsed.ok) return parsed;
  const message = parsed.value;
  try {
    const handler = handlers[message.type] as Handler<MessageType>;
    return ok(await handler(message, sender));
  } catch (error) {
    if (error instanceof ExpectedError) return fail(error.code, error.message);
    console.error(`App Password Guide: ${message.type} failed`, error);
    return fail('internal', `Could not complete "${message.type}": ${String((error as Error)?.message ?? error)}`);
  }
}
