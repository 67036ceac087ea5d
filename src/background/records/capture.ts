/**
 * Applies what the content script saw on Microsoft's page to the records. Each call is one
 * transaction that reads the account's records and writes the result, so two tabs reporting at
 * once, or a message re-sent after the worker restarted, neither lose nor double anything.
 */
import type { AppPasswordRecord } from '../../shared/record';
import type { ListReconciled } from '../../shared/messages/capture';
import { openDatabase } from '../db';
import { newRecordId } from './store';
import { recordsChanged } from './changed';
import { planGuidedDelete, planListReconcile } from './reconcile';

export async function captureCreated(
  input: { flowId: string; name: string; account: string },
  now = Date.now(),
): Promise<{ id: string; isNew: boolean }> {
  const db = await openDatabase();
  const tx = db.transaction('records', 'readwrite');
  // The flow id is the record id: the same creation reported twice finds its record and stops.
  if (await tx.store.getKey(input.flowId)) {
    await tx.done;
    return { id: input.flowId, isNew: false };
  }
  const record: AppPasswordRecord = {
    id: input.flowId,
    name: input.name,
    account: input.account,
    createdAt: now,
    deletedAt: null,
    firstSeenAt: now,
    lastReviewedAt: null,
    usedWhere: '',
    notes: '',
    source: 'guided',
    deletedHow: null,
    updatedAt: now,
  };
  await tx.store.add(record);
  await tx.done;
  recordsChanged();
  return { id: record.id, isNew: true };
}

export async function captureDeleted(
  input: { name: string; account: string; remaining: number },
  now = Date.now(),
): Promise<{ markedDeleted: number }> {
  const db = await openDatabase();
  const tx = db.transaction('records', 'readwrite');
  const same = await tx.store.index('account-name').getAll([input.account, input.name]);
  const changes = planGuidedDelete(same, input, now);
  await Promise.all(changes.map((record) => tx.store.put(record)));
  await tx.done;
  // A deletion through the guide clears its stale count from the badge at once.
  if (changes.length) recordsChanged();
  return { markedDeleted: changes.length };
}

export async function captureList(
  input: { account: string; names: string[]; legacy: boolean },
  now = Date.now(),
): Promise<ListReconciled> {
  const db = await openDatabase();
  const tx = db.transaction('records', 'readwrite');
  const mine = await tx.store.index('account').getAll(input.account);
  const plan = planListReconcile(mine, input, now, newRecordId);
  await Promise.all([...plan.add.map((r) => tx.store.add(r)), ...plan.change.map((r) => tx.store.put(r))]);
  await tx.done;
  if (plan.add.length || plan.change.length) recordsChanged();
  const markedDeleted = plan.change.filter((r) => r.deletedAt !== null).length;
  return { added: plan.add.length, markedDeleted, restored: plan.change.length - markedDeleted };
}
