import { HOST_ID } from './detect/host-id';

export { HOST_ID };

/**
 * Our one element on Microsoft's page. Everything we show lives in its open shadow root, so the
 * page's styles cannot reach our UI and ours cannot reach the page. It is a child of <html> after
 * <body>, so the page's own selectors (`body > div:last-of-type`, a loop over body's children) and a
 * transform on body never see or move it, and has a tag of its own, so no `div` selector or count
 * matches it. An element the page already has under our id is not ours (it may even carry a shadow
 * root of its own): it is replaced, not reused.
 */
export function mountHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(HOST_ID);
  host.id = HOST_ID;
  // Inline so no page stylesheet can hide, move or resize the host itself.
  host.style.cssText = 'all:initial!important;position:fixed!important;inset:0!important;pointer-events:none!important;z-index:2147483647!important';
  const root = host.attachShadow({ mode: 'open' });
  ensureAttached(doc, host);
  return { host, root };
}

/**
 * A single-page app may wipe the page, or copy a part of it our host had been moved into: put the
 * host back if it went, and drop every other `#app-password-guide`, so it is always the one live
 * host (a copy has no shadow root of ours and a stale data-step).
 */
export function ensureAttached(doc: Document, host: HTMLElement): void {
  // No <html> at all while an app swaps it: the next look puts the host into the new one.
  if (!host.isConnected) doc.documentElement?.append(host);
  // By id, so the browser answers from its id map instead of walking the page on every look.
  const all = doc.querySelectorAll(`#${HOST_ID}`);
  if (all.length > 1) for (const other of all) if (other !== host) other.remove();
}
