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

/** Why an app password is due: the review clock starts at its last review, else its creation, else when first seen. */
type StaleSince = 'reviewed' | 'created' | 'seen';

export interface Stalest {
  name: string;
  since: StaleSince;
  /** Whole days since that moment. */
  days: number;
}

/**
 * Of the names on Microsoft's list, the one whose existing record of `account` has gone longest
 * without review, if it is stale; null when none of them is. What the guide points at when the
 * account is at Microsoft's limit: the likeliest one to delete.
 */
export function stalestOf(records: readonly AppPasswordRecord[], names: readonly string[], account: string, intervalDays: number, now: number): Stalest | null {
  const listed = new Set(names);
  let best: AppPasswordRecord | null = null;
  for (const record of records) {
    if (record.account !== account || !listed.has(record.name) || !isStale(record, intervalDays, now)) continue;
    if (!best || reviewBase(record) < reviewBase(best)) best = record;
  }
  if (!best) return null;
  const since: StaleSince = best.lastReviewedAt !== null ? 'reviewed' : best.createdAt !== null ? 'created' : 'seen';
  return { name: best.name, since, days: Math.floor((now - reviewBase(best)) / DAY_MS) };
}
