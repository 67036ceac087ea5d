/**
 * Guide health: per step, how often the guide saw it and how often a flow ended there. Counters
 * only (no URL, no time but when counting began), kept in storage.local and included in exports.
 */
import browser from 'webextension-polyfill';
import type { GuideHealth } from '../../shared/messages/reports';
import { REPORT_KEYS } from '../../shared/page-report';
import type { StepId } from '../../shared/steps';

const KEY = REPORT_KEYS.health;

export async function readHealth(): Promise<GuideHealth> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as GuideHealth | undefined;
  return stored && typeof stored === 'object' && stored.steps ? stored : { since: null, steps: {} };
}

let queue: Promise<unknown> = Promise.resolve();

/** Counts one arrival at `seen` (if given) and one flow ended at `ended` (if any). */
export function count(seen: StepId | null, ended: StepId | null, now = Date.now()): Promise<void> {
  const run = queue.then(async () => {
    const health = await readHealth();
    const bump = (step: StepId, field: 'seen' | 'ended') => {
      const entry = (health.steps[step] ??= { seen: 0, ended: 0 });
      entry[field]++;
    };
    if (seen) bump(seen, 'seen');
    if (ended) bump(ended, 'ended');
    health.since ??= now;
    await browser.storage.local.set({ [KEY]: health });
  });
  queue = run.catch(() => {});
  return run;
}

export async function clearHealth(): Promise<void> {
  await browser.storage.local.remove(KEY);
}
