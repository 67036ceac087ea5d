/**
 * Pure planning of an import against the records already stored. A record in the file that is
 * already known — by id, or by account, name and creation time — is merged into the known one
 * instead of doubling it. Merging keeps every fact either side holds.
 */
import type { AppPasswordRecord } from '../../shared/record';

export interface ImportPlan {
  add: AppPasswordRecord[];
  merge: AppPasswordRecord[];
  unchanged: number;
}

/**
 * Same app password when the account, name and creation time agree. A record only seen on the list
 * has no creation time, so its first sighting stands in (an exported copy keeps it exactly).
 */
function naturalKey(record: AppPasswordRecord): string {
  const when = record.createdAt !== null ? `c${record.createdAt}` : `s${record.firstSeenAt}`;
  return JSON.stringify([record.account, record.name, when]);
}

const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const latest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/**
 * Text the user edits comes from whichever side was changed last; times only ever gain
 * information (a deletion is never undone by an older file, a review never forgotten).
 */
function mergeRecords(known: AppPasswordRecord, incoming: AppPasswordRecord): AppPasswordRecord {
  const newer = incoming.updatedAt > known.updatedAt ? incoming : known;
  const deletedAt = earliest(known.deletedAt, incoming.deletedAt);
  return {
    id: known.id,
    name: newer.name,
    account: known.account,
    createdAt: known.createdAt ?? incoming.createdAt,
    deletedAt,
    firstSeenAt: Math.min(known.firstSeenAt, incoming.firstSeenAt),
    lastReviewedAt: latest(known.lastReviewedAt, incoming.lastReviewedAt),
    usedWhere: newer.usedWhere,
    notes: newer.notes,
    source: known.source,
    deletedHow: deletedAt === null ? null : deletedAt === known.deletedAt ? known.deletedHow : incoming.deletedHow,
    updatedAt: Math.max(known.updatedAt, incoming.updatedAt),
  };
}

function sameRecord(a: AppPasswordRecord, b: AppPasswordRecord): boolean {
  return (Object.keys(a) as Array<keyof AppPasswordRecord>).every((key) => a[key] === b[key]);
}

export function planImport(stored: readonly AppPasswordRecord[], incoming: readonly AppPasswordRecord[]): ImportPlan {
  const byId = new Map(stored.map((record) => [record.id, record]));
  const byKey = new Map(stored.map((record) => [naturalKey(record), record.id]));
  const original = new Map(byId);
  const added = new Set<string>();
  let unchanged = 0;

  for (const record of incoming) {
    const knownId = byId.has(record.id) ? record.id : byKey.get(naturalKey(record));
    const known = knownId === undefined ? undefined : byId.get(knownId);
    if (!known) {
      byId.set(record.id, record);
      byKey.set(naturalKey(record), record.id);
      added.add(record.id);
      continue;
    }
    const merged = mergeRecords(known, record);
    if (sameRecord(merged, known)) unchanged++;
    byId.set(known.id, merged);
  }

  const add: AppPasswordRecord[] = [];
  const merge: AppPasswordRecord[] = [];
  for (const [id, record] of byId) {
    if (added.has(id)) add.push(record);
    else if (!sameRecord(record, original.get(id)!)) merge.push(record);
  }
  return { add, merge, unchanged };
}
