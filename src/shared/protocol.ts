/**
 * The one message protocol between content script, background and popup. Each feature declares its
 * messages in src/shared/messages/<feature>.ts: who may send each one, the schema of its payload
 * (the payload's type is inferred from it) and the type of its reply. This file joins them.
 *
 * Every message is checked where it is received (the background's router): an unknown or malformed
 * message, or one from a sender it is not meant for, gets a typed error and changes nothing.
 * Senders import only types from here; the schemas (valibot) stay out of the content script.
 */
import * as v from 'valibot';
import { type Failure, fail } from './result';
import { isPlainObject } from './plain-object';
import { check } from './schema';
import type { MessageDefinition, SenderKind } from './messages/define';
import { type CaptureReplies, captureMessages } from './messages/capture';
import { type GuideReplies, guideMessages } from './messages/guide';
import { type InventoryReplies, inventoryMessages } from './messages/inventory';
import { type ReportsReplies, reportsMessages } from './messages/reports';
import { type SettingsReplies, settingsMessages } from './messages/settings';
import { type StatusReplies, statusMessages } from './messages/status';
import { type TransferReplies, transferMessageLimits, transferMessages } from './messages/transfer';

export type { PageSeen, Status } from './messages/status';
export type { SenderKind } from './messages/define';

const definitions = {
  ...captureMessages,
  ...guideMessages,
  ...inventoryMessages,
  ...reportsMessages,
  ...settingsMessages,
  ...statusMessages,
  ...transferMessages,
} satisfies Record<string, MessageDefinition>;

type Definitions = typeof definitions;
export type MessageType = keyof Definitions;

/** What a successful reply holds, per message: declared beside each feature's messages. */
interface Replies extends CaptureReplies, GuideReplies, InventoryReplies, ReportsReplies, SettingsReplies, StatusReplies, TransferReplies {}

/** Fails to compile when a message has no reply type, or a reply type no message. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const everyMessageHasAReply: Same<MessageType, keyof Replies> = true;
void everyMessageHasAReply;

export type PayloadOf<T extends MessageType> = v.InferOutput<Definitions[T]['payload']>;
export type ReplyOf<T extends MessageType> = Replies[T];

/** What each message carries and what its successful reply holds. */
export type MessageMap = { [T in MessageType]: { payload: PayloadOf<T>; reply: ReplyOf<T> } };

export type Message<T extends MessageType = MessageType> = T extends MessageType ? { type: T; payload: PayloadOf<T> } : never;

export const MESSAGE_TYPES = Object.keys(definitions) as MessageType[];

/** Large enough for any real message; anything bigger is hostile or a bug. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/** The few message types that legitimately carry more (an import file); each says why where declared. */
const MESSAGE_LIMITS: Partial<Record<MessageType, number>> = {
  ...transferMessageLimits,
};
const LARGEST_MESSAGE = Math.max(MAX_MESSAGE_BYTES, ...Object.values(MESSAGE_LIMITS));

function messageLimit(type: MessageType): number {
  return MESSAGE_LIMITS[type] ?? MAX_MESSAGE_BYTES;
}

/** Whether this kind of sender may send this message at all. */
export function maySend(sender: SenderKind, type: MessageType): boolean {
  return (definitions[type].from as readonly SenderKind[]).includes(sender);
}

export function parseMessage(raw: unknown): { ok: true; value: Message } | Failure {
  let size: number;
  try {
    size = JSON.stringify(raw)?.length ?? 0;
  } catch {
    return fail('invalid-message', 'The message could not be read.');
  }
  if (size > LARGEST_MESSAGE) return fail('too-large', `The message is larger than ${LARGEST_MESSAGE} bytes.`);
  if (!isPlainObject(raw) || typeof raw.type !== 'string')
    return fail('invalid-message', 'A message must be an object with a type.');
  const type = raw.type;
  if (!Object.hasOwn(definitions, type)) return fail('unknown-message', `Unknown message type "${type.slice(0, 60)}".`);
  const limit = messageLimit(type as MessageType);
  if (size > limit) return fail('too-large', `The message is larger than ${limit} bytes.`);
  for (const key of Object.keys(raw)) {
    if (key !== 'type' && key !== 'payload') return fail('invalid-message', `Unexpected field "${key.slice(0, 60)}".`);
  }
  const checked = check(definitions[type as MessageType].payload, raw.payload ?? {}, 'payload');
  if (!checked.ok) return fail('invalid-message', checked.message);
  return { ok: true, value: { type, payload: checked.value } as Message };
}
