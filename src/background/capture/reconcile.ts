/**
 * Pure planning for capture: given the records of one account and what Microsoft's list shows,
 * which records to add, mark deleted or restore. The caller applies the plan in one transaction.
 *
 * Several app passwords may share a name, so names are matched by count: three "Outlook" rows on
 * the list and two live "Outlook" records means one more exists than we knew of.
 */
import { type AppPasswordRecord, type RecordSource, newRecord } from '../../shared/record';

/**
 * A record marked "deleted elsewhere" this recently whose name is back on the list was a misread
 * (a list caught half-rendered, say), not a deletion: it is restored rather than duplicated.
 */
export const RESTORE_WINDOW_MS = 60 * 60 * 1000;

export interface Plan {
  add: AppPasswordRecord[];
  change: AppPasswordRecord[];
  /** Records removed outright: a page's pending copies of app passwords the account already has. */
  remove: string[];
  /** Rows not added because the page or the account is over its limit. */
  refused: number;
}

export interface ListOptions {
  /**
   * Records without an account ("") that this list may claim: an app password seen before the
   * account was known is moved to it, not added again beside it. Live ones, and ones marked
   * "deleted elsewhere" within the restore window (a list read without its account marks the
   * others' rows gone).
   */
  unassigned?: readonly AppPasswordRecord[];
  /** Of those, the ones this page added itself: claimed first, and merged away when not needed. */
  pending?: ReadonlySet<string>;
  /** New records this list may add; rows past it are refused and counted. */
  maxAdds?: number;
  /** Live records the account may hold after this list (Microsoft's limit); none for "". */
  accountLimit?: number;
}

const isLive = (record: AppPasswordRecord) => record.deletedAt === null;

/** When it came into being, as best we know: created if known, else first seen. */
const age = (record: AppPasswordRecord) => record.createdAt ?? record.firstSeenAt;

/**
 * When fewer rows of a name remain than records, the oldest records go first: a name reused for a
 * fresh app password usually replaces an old one, and the newest record is the one just captured.
 */
function oldestFirst(a: AppPasswordRecord, b: AppPasswordRecord): number {
  return age(a) - age(b) || a.firstSeenAt - b.firstSeenAt || a.id.localeCompare(b.id);
}

function markDeleted(record: AppPasswordRecord, how: 'guided' | 'elsewhere', now: number): AppPasswordRecord {
  return { ...record, deletedAt: now, deletedHow: how, updatedAt: now };
}

function countNames(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

function groupByName(records: readonly AppPasswordRecord[]): Map<string, AppPasswordRecord[]> {
  const groups = new Map<string, AppPasswordRecord[]>();
  for (const record of records) {
    const group = groups.get(record.name) ?? [];
    group.push(record);
    groups.set(record.name, group);
  }
  return groups;
}

const recentlyMarkedElsewhere = (record: AppPasswordRecord, now: number) =>
  record.deletedHow === 'elsewhere' && record.deletedAt !== null && now - record.deletedAt <= RESTORE_WINDOW_MS;

/** The user's own words on a pending copy are kept on the record it duplicated. */
function absorb(into: AppPasswordRecord, copy: AppPasswordRecord, now: number): AppPasswordRecord | null {
  const usedWhere = into.usedWhere || copy.usedWhere;
  const notes = into.notes || copy.notes;
  const lastReviewedAt = Math.max(into.lastReviewedAt ?? 0, copy.lastReviewedAt ?? 0) || null;
  if (usedWhere === into.usedWhere && notes === into.notes && lastReviewedAt === into.lastReviewedAt) return null;
  return { ...into, usedWhere, notes, lastReviewedAt, updatedAt: now };
}

export function planListReconcile(
  records: readonly AppPasswordRecord[],
  list: { account: string; names: readonly string[]; legacy: boolean },
  now: number,
  newId: () => string,
  options: ListOptions = {},
): Plan {
  const plan: Plan = { add: [], change: [], remove: [], refused: 0 };
  const changed = new Map<string, AppPasswordRecord>();
  const change = (record: AppPasswordRecord) => changed.set(record.id, record);
  const mine = records.filter((record) => record.account === list.account);
  const live = groupByName(mine.filter(isLive));
  const restorable = groupByName(mine.filter((r) => recentlyMarkedElsewhere(r, now)));
  const pending = options.pending ?? new Set<string>();
  const claimable = groupByName(
    (options.unassigned ?? []).filter((r) => r.account === '' && list.account !== '' && (isLive(r) || recentlyMarkedElsewhere(r, now))),
  );
  const wanted = countNames(list.names);
  const source: RecordSource = list.legacy ? 'legacy-list' : 'list';

  // Rows gone from the list first, so that the account's limit counts what is left.
  let liveAfter = mine.filter(isLive).length;
  for (const [name, group] of live) {
    const extra = group.length - (wanted.get(name) ?? 0);
    if (extra <= 0) continue;
    for (const record of [...group].sort(oldestFirst).slice(0, extra)) {
      change(markDeleted(record, 'elsewhere', now));
      liveAfter--;
    }
  }

  let adds = options.maxAdds ?? Infinity;
  const accountRoom = () => (options.accountLimit ?? Infinity) - liveAfter;
  const claimed = new Set<string>();
  for (const [name, count] of wanted) {
    let missing = count - (live.get(name)?.length ?? 0);
    // Most recently marked first: that misread is the likeliest one to undo.
    const candidates = (restorable.get(name) ?? []).sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
    for (const record of candidates) {
      if (missing <= 0) break;
      change({ ...record, deletedAt: null, deletedHow: null, updatedAt: now });
      missing--;
      liveAfter++;
    }
    // Seen before the account was known: this page's own first, live before marked gone, newest first.
    const unassigned = (claimable.get(name) ?? []).sort(
      (a, b) => Number(pending.has(b.id)) - Number(pending.has(a.id)) || Number(isLive(b)) - Number(isLive(a)) || b.firstSeenAt - a.firstSeenAt,
    );
    for (const record of unassigned) {
      if (missing <= 0) break;
      change({ ...record, account: list.account, deletedAt: null, deletedHow: null, updatedAt: now });
      claimed.add(record.id);
      missing--;
      liveAfter++;
    }
    for (; missing > 0; missing--) {
      if (adds <= 0 || accountRoom() <= 0) {
        plan.refused++;
        continue;
      }
      plan.add.push(newRecord({ id: newId(), name, account: list.account, source }, now));
      adds--;
      liveAfter++;
    }
  }

  // This page's pending copies the account did not need duplicate records it already has: their
  // words are kept on the record they copy, and the copy goes, so "" and the account never both
  // hold one app password.
  for (const record of options.unassigned ?? []) {
    if (!pending.has(record.id) || claimed.has(record.id) || list.account === '' || record.account !== '') continue;
    const twin = (live.get(record.name) ?? []).find((r) => !changed.get(r.id)?.deletedAt);
    if (twin) {
      const merged = absorb(changed.get(twin.id) ?? twin, record, now);
      if (merged) change(merged);
      plan.remove.push(record.id);
    } else if (isLive(record)) {
      // Not on the account's list at all: gone since the page listed it without its account.
      change({ ...markDeleted(record, 'elsewhere', now), account: list.account });
    }
  }

  plan.change = [...changed.values()];
  return plan;
}

/** A guided deletion: leave `remaining` live records of that name, marking the oldest others deleted. */
export function planGuidedDelete(
  records: readonly AppPasswordRecord[],
  deletion: { account: string; name: string; remaining: number },
  now: number,
): AppPasswordRecord[] {
  const live = records.filter((r) => r.account === deletion.account && r.name === deletion.name && isLive(r));
  const extra = live.length - deletion.remaining;
  if (extra <= 0) return [];
  return live.sort(oldestFirst).slice(0, extra).map((record) => markDeleted(record, 'guided', now));
}
