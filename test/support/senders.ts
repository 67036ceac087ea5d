/**
 * Message senders as the browser describes them to the background, for tests that call the router
 * directly: the popup (an extension page) and our content script on Microsoft's page.
 */
import type { Runtime, Tabs } from 'webextension-polyfill';
import { fakeBrowser } from '../fakes/browser';
import { MESSAGE_TYPES, type MessageType, maySend } from '../../src/shared/protocol';

export const OWN = { id: fakeBrowser.runtime.id, baseUrl: fakeBrowser.runtime.getURL('') };

export const POPUP: Runtime.MessageSender = { id: OWN.id, url: `${OWN.baseUrl}src/popup/index.html` };

const tab = { id: 7, index: 0, active: true, highlighted: true, pinned: false, incognito: false } as Tabs.Tab;

export const contentScriptOn = (url: string): Runtime.MessageSender => ({ id: OWN.id, url, tab: { ...tab, url }, frameId: 0 });

export const CONTENT_SCRIPT = contentScriptOn('https://mysignins.microsoft.com/security-info');

/** The sender a message is meant for: the guide on Microsoft's page for what only it sends, else the popup. */
export function senderFor(type: unknown): Runtime.MessageSender {
  const known = typeof type === 'string' && (MESSAGE_TYPES as string[]).includes(type);
  return known && !maySend('extension-page', type as MessageType) ? CONTENT_SCRIPT : POPUP;
}
