/**
 * IT policy from storage.managed. Read at each worker start and again whenever the managed area
 * changes; the promise is only a per-worker cache of what storage holds, so a stopped worker loses
 * nothing.
 */
import browser from 'webextension-polyfill';
import { type Policy, sanitisePolicy } from '../../shared/settings';

let cached: Promise<Policy> | undefined;

const warn = (message: string) => console.warn(`App Password Guide: ${message}`);

export async function readPolicy(): Promise<Policy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    // Firefox rejects storage.managed.get() when no policy is installed: that simply means none.
    return {};
  }
  return sanitisePolicy(raw, warn);
}

export function currentPolicy(): Promise<Policy> {
  cached ??= readPolicy();
  return cached;
}

/** Drops the cache and reads again; called when the managed area changes (and by tests). */
export function reloadPolicy(): Promise<Policy> {
  cached = undefined;
  return currentPolicy();
}
