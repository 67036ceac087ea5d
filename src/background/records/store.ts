/**
 * The records store. Every change is one IndexedDB transaction that reads and writes together, so
 * two tabs and the popup changing records at once never lose an update.
 */
import type { AppPasswordRecord } from '../../shared/record';
import type { NewRecordInput, RecordChanges } from '../../shared/messages/records';
import { openDatabase } from '../db';
import { ExpectedError } from '../errors';
import { recordsChanged } from './changed';

export class RecordNotFound extends ExpectedError {
  constructor(id: string) {
    super('not-found', `No app password record with id "${id.slice(0, 100)}".`);
  }
}

export function newRecordId(): string {
  return crypto.randomUUID();
}

export async function listRecords(): Promise<AppPasswordRecord[]> {
  const db = await openDatabase();
  return db.getAll('records');
}

export async function addRecord(
  input: NewRecordInput,
  source: AppPasswordRecord['source'],
  now = Date.now(),
): Promise<AppPasswordRecord> {
  const record: AppPasswordRecord = {
    id: newRecordId(),
    name: input.name,
    account: input.account,
    createdAt: input.createdAt ?? null,
    deletedAt: null,
    firstSeenAt: now,
    lastReviewedAt: null,
    usedWhere: input.usedWhere ?? '',
    notes: input.notes ?? '',
    source,
    deletedHow: null,
    updatedAt: now,
  };
  const db = await openDatabase();
  await db.add('records', record);
  recordsChanged();
  return record;
}

/** Reads and writes one record inside a single transaction. */
export async function changeRecord(
  id: string,
  change: (record: AppPasswordRecord) => AppPasswordRecord,
): Promise<AppPasswordRecord> {
  const db = await openDatabase();
  const tx = db.transaction('records', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new RecordNotFound(id);
  }
  const next = change(current);
  await tx.store.put(next);
  await tx.done;
  recordsChanged();
  return next;
}

export function updateRecord(changes: RecordChanges, now = Date.now()): Promise<AppPasswordRecord> {
  return changeRecord(changes.id, (record) => ({
    ...record,
    ...(changes.name !== undefined && { name: changes.name }),
    ...(changes.usedWhere !== undefined && { usedWhere: changes.usedWhere }),
    ...(changes.notes !== undefined && { notes: changes.notes }),
    updatedAt: now,
  }));
}

export function markReviewed(id: string, now = Date.now()): Promise<AppPasswordRecord> {
  return changeRecord(id, (record) => ({ ...record, lastReviewedAt: now, updatedAt: now }));
}

export async function removeRecord(id: string): Promise<void> {
  const db = await openDatabase();
  const tx = db.transaction('records', 'readwrite');
  if (!(await tx.store.getKey(id))) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new RecordNotFound(id);
  }
  await tx.store.delete(id);
  await tx.done;
  recordsChanged();
}
