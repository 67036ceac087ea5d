/**
 * One reminder pass: count stale records, show the count on the badge, and notify at most once a
 * local day. Everything it needs is read from storage each time, so it works the same after a
 * browser restart or a stopped worker.
 */
import browser from 'webextension-polyfill';
import { countStale, localDay } from '../../shared/stale';
import { listRecords } from '../inventory/records-store';
import { effectiveSettings } from '../settings/settings-store';
import { showStaleBadge } from './badge';
import { clearReminder, showReminder } from './notification';

export const LAST_NOTIFIED_KEY = 'reminderLastNotifiedDay';

/**
 * 'daily' (the alarm, browser start, install) may notify; 'change' (records, settings or policy
 * changed) only updates the badge, so editing the list in the popup never pops a notification.
 */
export type PassTrigger = 'daily' | 'change';

export interface PassResult {
  stale: number;
  notified: boolean;
}

// Passes run one after another so two triggers at once cannot both decide to notify.
let queue: Promise<unknown> = Promise.resolve();

export function runReminderPass(trigger: PassTrigger, now = Date.now()): Promise<PassResult> {
  const next = queue.then(() => pass(trigger, now));
  queue = next.catch(() => undefined);
  return next;
}

/**
 * The badge alone. It never notifies, so it runs outside the queue and delays no pass that may
 * (at install, the daily pass must count the records as they are then, not after this).
 */
export async function recountBadge(now = Date.now()): Promise<number> {
  const [{ settings }, records] = await Promise.all([effectiveSettings(), listRecords()]);
  const stale = settings.remindersEnabled ? countStale(records, settings.reviewIntervalDays, now) : 0;
  await showStaleBadge(stale);
  return stale;
}

async function pass(trigger: PassTrigger, now: number): Promise<PassResult> {
  const [{ settings, locked }, records] = await Promise.all([effectiveSettings(), listRecords()]);
  const stale = settings.remindersEnabled ? countStale(records, settings.reviewIntervalDays, now) : 0;
  // The badge stays during a snooze: it is quiet, and the user asked not to be interrupted, not to be lied to.
  await showStaleBadge(stale);
  if (stale === 0) {
    await clearReminder();
    return { stale, notified: false };
  }
  if (trigger !== 'daily' || settings.snoozedUntil > now) return { stale, notified: false };
  const today = localDay(now);
  const stored = await browser.storage.local.get(LAST_NOTIFIED_KEY);
  if (stored[LAST_NOTIFIED_KEY] === today) return { stale, notified: false };
  await showReminder(stale, !locked.includes('snoozedUntil'));
  await browser.storage.local.set({ [LAST_NOTIFIED_KEY]: today });
  return { stale, notified: true };
}
