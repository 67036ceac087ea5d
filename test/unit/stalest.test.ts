/**
 * At Microsoft's limit the guide points at the stalest listed app password (shared/stale.ts
 * stalestOf, asked through guide/stalest): only names on the list, only this account's existing
 * records, only stale ones, the longest unreviewed first, and why (last review, creation, first seen).
 */
import { describe, expect, it } from 'vitest';
import { DAY_MS, stalestOf } from '../../src/shared/stale';
import type { AppPasswordRecord } from '../../src/shared/record';

const NOW = 1_800_000_000_000;
const ADA = 'ada@contoso.com';
const record = (name: string, fields: Partial<AppPasswordRecord>): AppPasswordRecord => ({
  id: name, name, account: ADA, createdAt: null, deletedAt: null, firstSeenAt: NOW, lastReviewedAt: null, usedWhere: '', notes: '',
  source: 'list', deletedHow: null, updatedAt: NOW, ...fields,
});
const daysAgo = (days: number) => NOW - days * DAY_MS;

describe('stalestOf', () => {
  const records = [
    record('Scanner', { createdAt: daysAgo(300), lastReviewedAt: daysAgo(120) }),
    record('Printer', { createdAt: daysAgo(200) }),
    record('Old phone', { firstSeenAt: daysAgo(400), deletedAt: daysAgo(1) }),
    record('Not listed', { createdAt: daysAgo(999) }),
    record('Grace\'s', { account: 'grace@contoso.com', createdAt: daysAgo(999) }),
    record('Fresh', { createdAt: daysAgo(10) }),
  ];
  const listed = ['Scanner', 'Printer', 'Old phone', 'Grace\'s', 'Fresh'];

  it('picks the listed, existing, stale record of this account that has gone longest without review, and says why', () => {
    expect(stalestOf(records, listed, ADA, 90, NOW)).toEqual({ name: 'Printer', since: 'created', days: 200 });
    expect(stalestOf(records, ['Scanner', 'Fresh'], ADA, 90, NOW)).toEqual({ name: 'Scanner', since: 'reviewed', days: 120 });
    expect(stalestOf([record('Found', { firstSeenAt: daysAgo(95) })], ['Found'], ADA, 90, NOW)).toEqual({ name: 'Found', since: 'seen', days: 95 });
  });

  it('answers null when none of the listed ones is stale', () => {
    expect(stalestOf(records, ['Fresh'], ADA, 90, NOW)).toBe(null);
    expect(stalestOf(records, listed, ADA, 365, NOW)).toBe(null);
  });
});
