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

/** What a hand-made file says about a record: only its columns, and without ids. */
export interface ImportShape {
  /** The fields the file gives; absent means every field. */
  given?: ReadonlyArray<keyof AppPasswordRecord>;
  /** Records whose id the import made (the file had none). */
  madeIds?: ReadonlySet<string>;
}

/**
 * A row without an id is the same app password as a stored record with the same account, name and
 * creation time (none for both counts as the same): a spreadsheet imported twice then doubles
 * nothing. Rows are matched one to one, so two identical rows are still two app passwords.
 */
const rowKey = (record: AppPasswordRecord) => JSON.stringify([record.account, record.name, record.createdAt]);

/**
 * Fields the file leaves out are the known record's, not a new record's defaults. A file without
 * updatedAt is what the user hands us now, so its texts win; it changes updatedAt only when it
 * changes something, so that "merged" counts real changes only.
 */
function mergeFromFile(known: AppPasswordRecord, incoming: AppPasswordRecord, given: ReadonlySet<keyof AppPasswordRecord> | null, now: number): AppPasswordRecord {
  if (!given) return mergeRecords(known, incoming);
  const filled = { ...incoming } as Record<keyof AppPasswordRecord, unknown>;
  for (const field of Object.keys(known) as Array<keyof AppPasswordRecord>) if (!given.has(field)) filled[field] = known[field];
  const file = filled as unknown as AppPasswordRecord;
  if (given.has('updatedAt')) return mergeRecords(known, file);
  const merged = mergeRecords(known, { ...file, updatedAt: Number.MAX_SAFE_INTEGER });
  const changed = !sameRecord({ ...merged, updatedAt: known.updatedAt }, known);
  return { ...merged, updatedAt: changed ? Math.max(now, known.updatedAt) : known.updatedAt };
}

export function planImport(
  stored: readonly AppPasswordRecord[],
  incoming: readonly AppPasswordRecord[],
  shape: ImportShape = {},
  now = Date.now(),
): ImportPlan {
  const byId = new Map(stored.map((record) => [record.id, record]));
  const byKey = new Map(stored.map((record) => [naturalKey(record), record.id]));
  // Stored records a row without id may still claim, live ones first.
  const unclaimed = new Map<string, string[]>();
  for (const record of [...stored].sort((a, b) => Number(a.deletedAt !== null) - Number(b.deletedAt !== null))) {
    const ids = unclaimed.get(rowKey(record)) ?? [];
    ids.push(record.id);
    unclaimed.set(rowKey(record), ids);
  }
  const given = shape.given ? new Set(shape.given) : null;
  const original = new Map(byId);
  const added = new Set<string>();
  let unchanged = 0;

  for (const record of incoming) {
    let knownId: string | undefined;
    if (shape.madeIds?.has(record.id)) {
      // Of several records with the same key (two "Printer" rows), the one this row already equals;
      // looked for among the first few only (an account holds 40), so a sheet of one repeated row stays linear.
      const ids = unclaimed.get(rowKey(record)) ?? [];
      const same = ids.slice(0, 64).findIndex((id) => sameRecord(mergeFromFile(byId.get(id)!, record, given, now), byId.get(id)!));
      knownId = ids.splice(same === -1 ? 0 : same, 1)[0];
    } else {
      knownId = byId.has(record.id) ? record.id : byKey.get(naturalKey(record));
      if (knownId !== undefined) {
        const ids = unclaimed.get(rowKey(byId.get(knownId)!));
        if (ids?.includes(knownId)) ids.splice(ids.indexOf(knownId), 1);
      }
    }
    const known = knownId === undefined ? undefined : byId.get(knownId);
    if (!known) {
      byId.set(record.id, record);
      byKey.set(naturalKey(record), record.id);
      added.add(record.id);
      continue;
    }
    const merged = mergeFromFile(known, record, given, now);
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
