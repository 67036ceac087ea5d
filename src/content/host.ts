import { HOST_ID } from './detect/host-id';

export { HOST_ID };

/**
 * Our one element on Microsoft's page. Everything we show lives in its open shadow root, so the
 * page's styles cannot reach our UI and ours cannot reach the page.
 */
export function mountHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const existing = doc.getElementById(HOST_ID);
  if (existing?.shadowRoot) return { host: existing, root: existing.shadowRoot };
  existing?.remove();
  const host = doc.createElement('div');
  host.id = HOST_ID;
  // Inline so no page stylesheet can hide, move or resize the host itself.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('inset', '0', 'important');
  host.style.setProperty('pointer-events', 'none', 'important');
  host.style.setProperty('z-index', '2147483647', 'important');
  const root = host.attachShadow({ mode: 'open' });
  (doc.body ?? doc.documentElement).append(host);
  return { host, root };
}

/**
 * A single-page app may wipe body's children, or copy a part of the page that our host had been moved
 * into: put the host back if it went, and drop copies of it, so `#app-password-guide` is always the
 * one live host (a copy has no shadow root and a stale data-step).
 */
export function ensureAttached(doc: Document, host: HTMLElement): void {
  if (!host.isConnected) (doc.body ?? doc.documentElement).append(host);
  // By id, so the browser answers from its id map instead of walking the page on every look.
  const all = doc.querySelectorAll(`#${HOST_ID}`);
  if (all.length > 1) for (const copy of all) if (copy !== host) copy.remove();
}
