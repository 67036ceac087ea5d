/**
 * The policy the popup saw last time, in this extension's own localStorage (read synchronously).
 * Chromium's first read of managed storage after a browser start can take seconds; drawing with the
 * last known policy meanwhile means the settings IT locks are locked from the first frame, and the
 * view does not change when the read arrives (usually with the same policy). It is only what the
 * popup draws with: the background checks the real policy on every change.
 */
import { type Policy, sanitisePolicy } from '../../shared/settings';

const KEY = 'lastPolicy';

export function lastPolicy(): Policy | null {
  try {
    const text = localStorage.getItem(KEY);
    return text === null ? null : sanitisePolicy(JSON.parse(text));
  } catch {
    return null;
  }
}

export function rememberPolicy(policy: Policy): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(policy));
  } catch {
    // Only a head start for the next open; without it the policy still arrives.
  }
}
