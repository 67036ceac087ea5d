/**
 * User settings in storage.local under one key. The background is their only writer, so the
 * read-merge-write below is serialised here and cannot lose a concurrent change from this worker.
 */
import browser from 'webextension-polyfill';
import { type EffectiveSettings, type Settings, resolveSettings, sanitiseSettings } from '../../shared/settings';
import { currentPolicy } from './policy';

export const SETTINGS_KEY = 'settings';

let writing: Promise<unknown> = Promise.resolve();

export async function readUserSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return sanitiseSettings(stored[SETTINGS_KEY]);
}

export async function effectiveSettings(): Promise<EffectiveSettings> {
  const [user, policy] = await Promise.all([readUserSettings(), currentPolicy()]);
  return resolveSettings(user, policy);
}

export function writeUserSettings(partial: Partial<Settings>): Promise<Settings> {
  const next = writing.then(async () => {
    const merged = sanitiseSettings({ ...(await readUserSettings()), ...partial });
    await browser.storage.local.set({ [SETTINGS_KEY]: merged });
    return merged;
  });
  writing = next.catch(() => undefined);
  return next;
}
