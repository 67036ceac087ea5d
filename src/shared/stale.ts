/**
 * When an app password is due for review. Shared because the background (badge, notification) and
 * the popup (stale/ok on each row) must agree exactly on which records are stale.
 */
import type { AppPasswordRecord } from './record';

export const DAY_MS = 86_400_000;

/** The moment the review clock starts: the last review, else creation, else when we first saw it. */
export function reviewBase(record: Pick<AppPasswordRecord, 'lastReviewedAt' | 'createdAt' | 'firstSeenAt'>): number {
  return record.lastReviewedAt ?? record.createdAt ?? record.firstSeenAt;
}

/** Epoch ms from which the record counts as stale. */
export function dueAt(record: Pick<AppPasswordRecord, 'lastReviewedAt' | 'createdAt' | 'firstSeenAt'>, intervalDays: number): number {
  return reviewBase(record) + intervalDays * DAY_MS;
}

/**
 * Stale = still exists and its review clock is older than the interval. Exactly the interval is not
 * yet stale ("older than 90 days"); a clock in the future (a skewed or corrected system clock) is not
 * stale either, because the subtraction is then negative.
 */
export function isStale(record: AppPasswordRecord, intervalDays: number, now: number): boolean {
  return record.deletedAt === null && now > dueAt(record, intervalDays);
}

export function countStale(records: readonly AppPasswordRecord[], intervalDays: number, now: number): number {
  let count = 0;
  for (const record of records) if (isStale(record, intervalDays, now)) count++;
  return count;
}

/**
 * The local calendar day as YYYY-MM-DD, used to allow one notification per day. Local, not UTC, so
 * "once a day" matches the user's day even across midnight UTC and DST changes.
 */
export function localDay(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
