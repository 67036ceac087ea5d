import type { Runtime } from 'webextension-polyfill';
import type { Message, MessageType, ReplyOf } from '../shared/protocol';

export type Handler<T extends MessageType> = (message: Message<T>, sender: Runtime.MessageSender) => Promise<ReplyOf<T>>;

/** A feature's handlers: one per message type it declares (the router checks none is missing). */
export type Handlers<K extends MessageType> = { [T in K]: Handler<T> };
