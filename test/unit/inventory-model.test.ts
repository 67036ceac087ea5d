import { describe, expect, it } from 'vitest';
import type { AppPasswordRecord } from '../../src/shared/record';
import { DAY_MS } from '../../src/shared/stale';
import { buildInventory, filterGroups } from '../../src/popup/inventory-model';

const NOW = Date.UTC(2026, 5, 1);
let n = 0;
function rec(over: Partial<AppPasswordRecord>): AppPasswordRecord {
  n++;
  return {
    id: `r${n}`, name: `R${n}`, account: 'a@x.com', createdAt: NOW - DAY_MS, deletedAt: null, firstSeenAt: NOW - DAY_MS,
    lastReviewedAt: null, usedWhere: '', notes: '', source: 'manual', deletedHow: null, updatedAt: NOW, ...over,
  };
}

describe('buildInventory', () => {
  it('groups by account, unknown account last, deleted apart, newest deletion first', () => {
    const inv = buildInventory(
      [
        rec({ account: '' }),
        rec({ account: 'b@x.com' }),
        rec({ account: 'a@x.com' }),
        rec({ name: 'gone1', deletedAt: NOW - 2 * DAY_MS }),
        rec({ name: 'gone2', deletedAt: NOW - DAY_MS }),
      ],
      90,
      NOW,
    );
    expect(inv.groups.map((g) => g.account)).toEqual(['a@x.com', 'b@x.com', '']);
    expect(inv.deleted.map((r) => r.name)).toEqual(['gone2', 'gone1']);
    expect(inv.activeCount).toBe(3);
  });

  it('puts stale first, then the longest unreviewed, and counts them', () => {
    const inv = buildInventory(
      [
        rec({ name: 'fresh', createdAt: NOW - 2 * DAY_MS }),
        rec({ name: 'older', createdAt: NOW - 20 * DAY_MS }),
        rec({ name: 'stale', createdAt: NOW - 100 * DAY_MS }),
        rec({ name: 'very stale', createdAt: NOW - 300 * DAY_MS }),
      ],
      90,
      NOW,
    );
    expect(inv.groups[0].active.map((v) => v.record.name)).toEqual(['very stale', 'stale', 'older', 'fresh']);
    expect([inv.staleCount, inv.groups[0].staleCount, inv.groups[0].total]).toEqual([2, 2, 4]);
  });

  it('filters on name, place, notes and account, keeping the limit count', () => {
    const inv = buildInventory([rec({ name: 'Outlook', usedWhere: 'Laptop' }), rec({ name: 'Scanner', notes: 'Room 2' })], 90, NOW);
    const [group] = filterGroups(inv.groups, 'room');
    expect(group.active.map((v) => v.record.name)).toEqual(['Scanner']);
    expect(group.total).toBe(2);
    expect(filterGroups(inv.groups, 'outlook LAPTOP')[0].active).toHaveLength(1);
    expect(filterGroups(inv.groups, 'nothing')).toEqual([]);
    expect(filterGroups(inv.groups, '  ')).toBe(inv.groups);
  });

  it('builds 10,000 records quickly', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => rec({ account: `u${i % 7}@x.com`, createdAt: NOW - (i % 400) * DAY_MS }));
    const start = performance.now();
    const inv = buildInventory(many, 90, NOW);
    // Generous: the machine is shared; a quadratic grouping would still take seconds.
    expect(performance.now() - start).toBeLessThan(1000);
    expect(inv.groups).toHaveLength(7);
  });
});

describe('buildInventory with the order first shown', () => {
  it('keeps a reviewed record where it was and shows a new one first', () => {
    const stale = rec({ id: 'a', name: 'Stale', createdAt: NOW - 200 * DAY_MS });
    const fresh = rec({ id: 'b', name: 'Fresh', createdAt: NOW - 2 * DAY_MS });
    const first = buildInventory([fresh, stale], 90, NOW);
    expect(first.groups[0].active.map((v) => v.record.id)).toEqual(['a', 'b']);
    const reviewed = { ...stale, lastReviewedAt: NOW };
    // Without the earlier order the reviewed one would now sort after "Fresh".
    expect(buildInventory([fresh, reviewed], 90, NOW).groups[0].active.map((v) => v.record.id)).toEqual(['b', 'a']);
    const kept = buildInventory([fresh, reviewed, rec({ id: 'c', name: 'New' })], 90, NOW, first.order);
    expect(kept.groups[0].active.map((v) => v.record.id)).toEqual(['c', 'a', 'b']);
    expect(kept.accounts).toEqual(['a@x.com']);
  });
});
