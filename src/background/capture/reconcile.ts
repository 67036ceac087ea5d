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

export function planListReconcile(
  records: readonly AppPasswordRecord[],
  list: { account: string; names: readonly string[]; legacy: boolean },
  now: number,
  newId: () => string,
): Plan {
  const plan: Plan = { add: [], change: [] };
  const mine = records.filter((record) => record.account === list.account);
  const live = groupByName(mine.filter(isLive));
  const restorable = groupByName(
    mine.filter((r) => r.deletedHow === 'elsewhere' && r.deletedAt !== null && now - r.deletedAt <= RESTORE_WINDOW_MS),
  );
  const wanted = countNames(list.names);
  const source: RecordSource = list.legacy ? 'legacy-list' : 'list';

  for (const [name, count] of wanted) {
    const known = live.get(name)?.length ?? 0;
    let missing = count - known;
    // Most recently marked first: that misread is the likeliest one to undo.
    const candidates = (restorable.get(name) ?? []).sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
    for (const record of candidates) {
      if (missing <= 0) break;
      plan.change.push({ ...record, deletedAt: null, deletedHow: null, updatedAt: now });
      missing--;
    }
    for (; missing > 0; missing--) {
      plan.add.push(newRecord({ id: newId(), name, account: list.account, source }, now));
    }
  }

  for (const [name, group] of live) {
    const extra = group.length - (wanted.get(name) ?? 0);
    if (extra <= 0) continue;
    for (const record of [...group].sort(oldestFirst).slice(0, extra)) plan.change.push(markDeleted(record, 'elsewhere', now));
  }
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
