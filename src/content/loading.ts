/**
 * A page still being drawn (the `loading` step) keeps the panel quiet, but not for ever: a page that
 * shows nothing of its own for LOADING_MS is one the guide does not know, and it says so.
 */
import type { View } from './detect/view';

/** Microsoft's own scripts wait 30–90 s for Security info; a user should hear from us well before. */
export const LOADING_MS = 8000;

/**
 * What ends the loading, checked on every change of the page in O(1): the spinner or busy region is
 * gone, hidden or no longer busy, or the app's empty frame has gained content.
 */
export function loadingEnded({ doc, busy }: View): () => boolean {
  const el = busy ?? doc.querySelector('main, [role="main"]') ?? doc.body;
  const count = el.childElementCount;
  const wasBusy = el.getAttribute('aria-busy') === 'true';
  return () =>
    !el.isConnected || el.hasAttribute('hidden') || (wasBusy && el.getAttribute('aria-busy') !== 'true') || (!busy && el.childElementCount > count);
}
