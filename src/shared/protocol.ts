/**
 * The one message protocol between content script, background and popup. Every message is
 * validated where it is received; unknown or malformed messages get a typed error and change nothing.
 * Each feature area declares its messages in src/shared/messages/<area>.ts; this file joins them.
 */
import { type Check, attempt, isPlainObject } from './validate';
import { type Failure, fail } from './result';
import { type PageMessages, pagePayloads } from './messages/page';
import { type RecordMessages, recordPayloads } from './messages/records';
import { type CaptureMessages, capturePayloads } from './messages/capture';
import { type TransferMessages, transferMessageLimits, transferPayloads } from './messages/transfer';
import { type SettingsMessages, settingsPayloads } from './messages/settings';
import { type GuideTaskMessages, guideTaskPayloads } from './messages/guide-task';
import { type GuideMessages, guidePayloads } from './messages/guide';

export type { PageSeen, Status } from './messages/page';

/** Large enough for any real message; anything bigger is hostile or a bug. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/** The few message types that legitimately carry more (an import file); each says why where declared. */
const MESSAGE_LIMITS: Partial<Record<MessageType, number>> = {
  ...transferMessageLimits,
};
const LARGEST_MESSAGE = Math.max(MAX_MESSAGE_BYTES, ...Object.values(MESSAGE_LIMITS));

export function messageLimit(type: MessageType): number {
  return MESSAGE_LIMITS[type] ?? MAX_MESSAGE_BYTES;
}

const payloads: Record<MessageType, Check<unknown>> = {
  ...pagePayloads,
  ...recordPayloads,
  ...capturePayloads,
  ...transferPayloads,
  ...settingsPayloads,
  ...guideTaskPayloads,
  ...guidePayloads,
};

/** What each message carries and what its successful reply holds. */
export interface MessageMap
  extends PageMessages,
    RecordMessages,
    CaptureMessages,
    TransferMessages,
    SettingsMessages,
    GuideTaskMessages,
    GuideMessages {}

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = T extends MessageType
  ? { type: T; payload: MessageMap[T]['payload'] }
  : never;
export type ReplyOf<T extends MessageType> = MessageMap[T]['reply'];

export const MESSAGE_TYPES = Object.keys(payloads) as MessageType[];

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
  if (!Object.hasOwn(payloads, type)) return fail('unknown-message', `Unknown message type "${type.slice(0, 60)}".`);
  const limit = messageLimit(type as MessageType);
  if (size > limit) return fail('too-large', `The message is larger than ${limit} bytes.`);
  for (const key of Object.keys(raw)) {
    if (key !== 'type' && key !== 'payload') return fail('invalid-message', `Unexpected field "${key.slice(0, 60)}".`);
  }
  const checked = attempt(payloads[type as MessageType], raw.payload ?? {}, 'payload');
  if (!checked.ok) return fail('invalid-message', checked.message);
  return { ok: true, value: { type, payload: checked.value } as Message };
}
