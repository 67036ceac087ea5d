/**
 * The records store. Every change is one IndexedDB transaction that reads and writes together, so
 * two tabs and the popup changing records at once never lose an update.
 */
import { type AppPasswordRecord, newRecord } from '../../shared/record';
import type { NewRecordInput, RecordChanges } from '../../shared/messages/inventory';
import { writeRecords } from './transaction';
import { readRecords } from './with-database';
import { ExpectedError } from '../errors';
import { recordsChanged } from './records-changed';

export class RecordNotFound extends ExpectedError {
  constructor(id: string) {
    super('not-found', `No app password record with id "${id.slice(0, 100)}".`);
  }
}

export function newRecordId(): string {
  return crypto.randomUUID();
}

export async function listRecords(): Promise<AppPasswordRecord[]> {
  return readRecords((db) => db.getAll('records'));
}

export async function addRecord(
  input: NewRecordInput,
  source: AppPasswordRecord['source'],
  now = Date.now(),
): Promise<AppPasswordRecord> {
  const record = newRecord({ ...input, id: newRecordId(), source }, now);
  await writeRecords((store) => store.add(record));
  recordsChanged();
  return record;
}

/** Reads and writes one record inside a single transaction. */
export async function changeRecord(
  id: string,
  change: (record: AppPasswordRecord) => AppPasswordRecord,
): Promise<AppPasswordRecord> {
  const next = await writeRecords(async (store) => {
    const current = await store.get(id);
    // Thrown inside the transaction, which is then aborted: nothing changes.
    if (!current) throw new RecordNotFound(id);
    const changed = change(current);
    await store.put(changed);
    return changed;
  });
  recordsChanged();
  return next;
}

export function updateRecord(changes: RecordChanges, now = Date.now()): Promise<AppPasswordRecord> {
  return changeRecord(changes.id, (record) => ({
    ...record,
    ...(changes.name !== undefined && { name: changes.name }),
    ...(changes.account !== undefined && { account: changes.account }),
    ...(changes.usedWhere !== undefined && { usedWhere: changes.usedWhere }),
    ...(changes.notes !== undefined && { notes: changes.notes }),
    updatedAt: now,
  }));
}

export function markReviewed(id: string, now = Date.now()): Promise<AppPasswordRecord> {
  return changeRecord(id, (record) => ({ ...record, lastReviewedAt: now, updatedAt: now }));
}

export async function removeRecord(id: string): Promise<void> {
  await writeRecords(async (store) => {
    if (!(await store.getKey(id))) throw new RecordNotFound(id);
    await store.delete(id);
  });
  recordsChanged();
}
