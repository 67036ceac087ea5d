import type { Runtime } from 'webextension-polyfill';
import { type Message, type MessageType, type ReplyOf, parseMessage } from '../shared/protocol';
import { type Result, fail, ok } from '../shared/result';
import { lastPageSeen, rememberPageSeen } from './page-seen';
import { openDatabase } from './db';

type Handler<T extends MessageType> = (message: Message<T>, sender: Runtime.MessageSender) => Promise<ReplyOf<T>>;

/** One handler per message type; the compiler insists that every type has one. */
const handlers: { [T in MessageType]: Handler<T> } = {
  async 'page/seen'({ payload }) {
    await rememberPageSeen(payload.url, payload.step);
    return null;
  },
  async 'status/get'() {
    const db = await openDatabase();
    return { lastPage: await lastPageSeen(), recordCount: await db.count('records') };
  },
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
    console.error(`App Password Guide: ${message.type} failed`, error);
    return fail('internal', `Could not complete "${message.type}": ${String((error as Error)?.message ?? error)}`);
  }
}
