/**
 * Applies what the content script saw on Microsoft's page to the records. Each call is one
 * transaction that reads the account's records and writes the result, so two tabs reporting at
 * once, or a message re-sent after the worker restarted, neither lose nor double anything.
 */
import type { AppPasswordRecord } from '../../shared/record';
import type { ListReconciled } from '../../shared/messages/capture';
import { writeEach, writeRecords } from './transaction';
import { newRecordId } from './store';
import { recordsChanged } from './changed';
import { planGuidedDelete, planListReconcile } from './reconcile';

export async function captureCreated(
  input: { flowId: string; name: string; account: string },
  now = Date.now(),
): Promise<{ id: string; isNew: boolean }> {
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
  const isNew = await writeRecords(async (store) => {
    // The flow id is the record id: the same creation reported twice finds its record and stops.
    if (await store.getKey(input.flowId)) return false;
    await store.add(record);
    return true;
  });
  if (isNew) recordsChanged();
  return { id: record.id, isNew };
}

export async function captureDeleted(
  input: { name: string; account: string; remaining: number },
  now = Date.now(),
): Promise<{ markedDeleted: number }> {
  const changes = await writeRecords(async (store) => {
    const same = await store.index('account-name').getAll([input.account, input.name]);
    const planned = planGuidedDelete(same, input, now);
    await writeEach(planned, (record) => store.put(record));
    return planned;
  });
  // A deletion through the guide clears its stale count from the badge at once.
  if (changes.length) recordsChanged();
  return { markedDeleted: changes.length };
}

export async function captureList(
  input: { account: string; names: string[]; legacy: boolean },
  now = Date.now(),
): Promise<ListReconciled> {
  const plan = await writeRecords(async (store) => {
    const mine = await store.index('account').getAll(input.account);
    const planned = planListReconcile(mine, input, now, newRecordId);
    await writeEach(planned.add, (r) => store.add(r));
    await writeEach(planned.change, (r) => store.put(r));
    return planned;
  });
  if (plan.add.length || plan.change.length) recordsChanged();
  const markedDeleted = plan.change.filter((r) => r.deletedAt !== null).length;
  return { added: plan.add.length, markedDeleted, restored: plan.change.length - markedDeleted };
}
