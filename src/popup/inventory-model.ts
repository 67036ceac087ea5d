/**
 * Turns the flat record list into what the inventory shows: groups by account, stale state, sort
 * order and a search key. Pure and computed once per change of records or interval (useMemo), so
 * typing in the search box or expanding a group never re-sorts thousands of records.
 */
import type { AppPasswordRecord } from '../shared/record';
import { isStale, reviewBase } from '../shared/stale';

export interface RecordView {
  record: AppPasswordRecord;
  stale: boolean;
  /** Lower-cased name, place, notes and account, for search. */
  haystack: string;
}

export interface AccountGroup {
  account: string;
  /** Existing app passwords: what counts against Microsoft's limit of 40. */
  active: RecordView[];
  staleCount: number;
  /** Existing app passwords in this account before any search filter: what the limit applies to. */
  total: number;
}

export interface Inventory {
  groups: AccountGroup[];
  deleted: AppPasswordRecord[];
  activeCount: number;
  staleCount: number;
  /** The known accounts, for assigning one to records found without it. */
  accounts: string[];
  /** Each shown record's place in this order; pass it back to keep rows where they are. */
  order: ReadonlyMap<string, number>;
}

/**
 * `keep`: the order of an earlier build. Records it knows keep their place (a review or an edit
 * changes a row in place instead of moving it while the user looks at it); records it does not
 * know (just added) come first in their group.
 */
export function buildInventory(
  records: readonly AppPasswordRecord[],
  intervalDays: number,
  now: number,
  keep?: ReadonlyMap<string, number>,
): Inventory {
  const byAccount = new Map<string, AccountGroup>();
  const deleted: AppPasswordRecord[] = [];
  const bases = new Map<string, number>();
  let staleCount = 0;
  for (const record of records) {
    if (record.deletedAt !== null) {
      deleted.push(record);
      continue;
    }
    let group = byAccount.get(record.account);
    if (!group) byAccount.set(record.account, (group = { account: record.account, active: [], staleCount: 0, total: 0 }));
    const stale = isStale(record, intervalDays, now);
    if (stale) {
      group.staleCount++;
      staleCount++;
    }
    bases.set(record.id, reviewBase(record));
    group.active.push({
      record,
      stale,
      haystack: `${record.name}\n${record.usedWhere}\n${record.notes}\n${record.account}`.toLowerCase(),
    });
  }
  const groups = [...byAccount.values()];
  // Stale first (what needs doing), then the longest unreviewed, then by name for a stable order.
  for (const group of groups) {
    group.total = group.active.length;
    group.active.sort(
      (a, b) =>
        (keep ? rank(keep, a.record.id) - rank(keep, b.record.id) : 0) ||
        Number(b.stale) - Number(a.stale) ||
        bases.get(a.record.id)! - bases.get(b.record.id)! ||
        (a.record.name < b.record.name ? -1 : a.record.name > b.record.name ? 1 : 0),
    );
  }
  // Known accounts alphabetically; records whose account is unknown last.
  groups.sort((a, b) => (a.account === '') !== (b.account === '') ? (a.account === '' ? 1 : -1) : a.account.localeCompare(b.account));
  deleted.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
  const order = new Map<string, number>();
  for (const group of groups) for (const view of group.active) order.set(view.record.id, order.size);
  const accounts = groups.map((group) => group.account).filter(Boolean);
  return { groups, deleted, activeCount: records.length - deleted.length, staleCount, accounts, order };
}

/** Unknown records rank before every known one. */
const rank = (order: ReadonlyMap<string, number>, id: string) => order.get(id) ?? -1;

/** Keeps the groups (and their limit counts) but only the rows matching every word of the query. */
export function filterGroups(groups: AccountGroup[], query: string): AccountGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return groups;
  return groups
    .map((group) => ({ ...group, active: group.active.filter((view) => words.every((word) => view.haystack.includes(word))) }))
    .filter((group) => group.active.length > 0);
}
