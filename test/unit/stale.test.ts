import { describe, expect, it } from 'vitest';
import type { AppPasswordRecord } from '../../src/shared/record';
import { DAY_MS, countStale, dueAt, isStale, localDay, reviewBase } from '../../src/shared/stale';

const NOW = new Date(2026, 5, 15, 12, 0, 0).getTime();

function record(over: Partial<AppPasswordRecord> = {}): AppPasswordRecord {
  return {
    id: 'r',
    name: 'Outlook',
    account: '',
    createdAt: null,
    deletedAt: null,
    firstSeenAt: NOW,
    lastReviewedAt: null,
    usedWhere: '',
    notes: '',
    source: 'manual',
    deletedHow: null,
    updatedAt: NOW,
    ...over,
  };
}

describe('stale computation', () => {
  it('starts the clock at the last review, else creation, else first seen', () => {
    expect(reviewBase(record({ firstSeenAt: 1, createdAt: 2, lastReviewedAt: 3 }))).toBe(3);
    expect(reviewBase(record({ firstSeenAt: 1, createdAt: 2 }))).toBe(2);
    expect(reviewBase(record({ firstSeenAt: 1 }))).toBe(1);
  });

  it('is not stale at exactly the interval, and stale one millisecond later', () => {
    const created = NOW - 90 * DAY_MS;
    expect(isStale(record({ createdAt: created }), 90, NOW)).toBe(false);
    expect(isStale(record({ createdAt: created - 1 }), 90, NOW)).toBe(true);
    expect(dueAt(record({ createdAt: created }), 90)).toBe(NOW);
  });

  it('is reset by a review even when the creation is long ago', () => {
    const old = NOW - 400 * DAY_MS;
    expect(isStale(record({ createdAt: old }), 90, NOW)).toBe(true);
    expect(isStale(record({ createdAt: old, lastReviewedAt: NOW - DAY_MS }), 90, NOW)).toBe(false);
  });

  it('uses first seen when creation is unknown (seen only on Microsoft\'s list)', () => {
    expect(isStale(record({ firstSeenAt: NOW - 91 * DAY_MS }), 90, NOW)).toBe(true);
    expect(isStale(record({ firstSeenAt: NOW - 89 * DAY_MS }), 90, NOW)).toBe(false);
  });

  it('never counts deleted records or clocks in the future', () => {
    expect(isStale(record({ createdAt: NOW - 999 * DAY_MS, deletedAt: NOW }), 90, NOW)).toBe(false);
    expect(isStale(record({ createdAt: NOW + 30 * DAY_MS }), 7, NOW)).toBe(false);
  });

  it('follows the interval', () => {
    const r = record({ createdAt: NOW - 31 * DAY_MS });
    expect(isStale(r, 30, NOW)).toBe(true);
    expect(isStale(r, 90, NOW)).toBe(false);
  });

  it('counts only the stale ones', () => {
    const records = [
      record({ id: 'a', createdAt: NOW - 100 * DAY_MS }),
      record({ id: 'b', createdAt: NOW - 10 * DAY_MS }),
      record({ id: 'c', createdAt: NOW - 200 * DAY_MS, deletedAt: NOW - DAY_MS }),
      record({ id: 'd', createdAt: NOW - 200 * DAY_MS, lastReviewedAt: NOW - 91 * DAY_MS }),
    ];
    expect(countStale(records, 90, NOW)).toBe(2);
    expect(countStale([], 90, NOW)).toBe(0);
  });
});

describe('localDay', () => {
  it('names the local calendar day, changing at local midnight', () => {
    const beforeMidnight = new Date(2026, 0, 31, 23, 59, 59, 999).getTime();
    expect(localDay(beforeMidnight)).toBe('2026-01-31');
    expect(localDay(beforeMidnight + 1)).toBe('2026-02-01');
  });

  it('handles a leap day and the year end', () => {
    expect(localDay(new Date(2028, 1, 29, 8).getTime())).toBe('2028-02-29');
    expect(localDay(new Date(2026, 11, 31, 23).getTime())).toBe('2026-12-31');
    expect(localDay(new Date(2027, 0, 1, 0).getTime())).toBe('2027-01-01');
  });
});
