/**
 * Who sent a message, as far as the browser vouches for it. The router lets each kind send only the
 * messages declared for it (src/shared/messages/define.ts); anything else is refused.
 */
import type { Runtime } from 'webextension-polyfill';
import type { SenderKind } from '../shared/protocol';
import { SUPPORTED_HOSTS } from '../shared/microsoft';

export interface OwnExtension {
  id: string;
  /** `runtime.getURL('')`: chrome-extension://<id>/ or moz-extension://<uuid>/. */
  baseUrl: string;
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.host : null;
  } catch {
    return null;
  }
}

/**
 * - an extension page: one of our own pages (the popup, or the popup page in a tab), told by its
 *   URL, which the browser sets and no page can fake;
 * - a content script: ours (same extension id), in a tab, on one of Microsoft's pages the manifest
 *   injects it into;
 * - anything else (another extension, a web page, our script somewhere it is never injected): null.
 */
export function senderKind(sender: Runtime.MessageSender, own: OwnExtension): SenderKind | null {
  if (sender.id !== own.id || typeof sender.url !== 'string') return null;
  if (sender.url.startsWith(own.baseUrl)) return 'extension-page';
  const host = sender.tab ? hostOf(sender.url) : null;
  if (host && (SUPPORTED_HOSTS as readonly string[]).includes(host)) return 'content-script';
  return null;
}
