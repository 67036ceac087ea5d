import browser from 'webextension-polyfill';
import type { PageSeen } from '../../shared/protocol';
import type { StepId } from '../../shared/steps';

const KEY = 'lastPage';

/** Kept in storage.session so the popup can say where the guide last ran, across worker restarts. */
export async function rememberPageSeen(url: string, step: StepId, now = Date.now()): Promise<void> {
  const seen: PageSeen = { host: new URL(url).host, step, at: now };
  await browser.storage.session.set({ [KEY]: seen });
}

export async function lastPageSeen(): Promise<PageSeen | null> {
  const stored = await browser.storage.session.get(KEY);
  return (stored[KEY] as PageSeen | undefined) ?? null;
}
