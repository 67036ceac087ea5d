/**
 * Applies what the content script saw on Microsoft's page to the records. Each call is one
 * transaction that reads the account's records and writes the result, so two tabs reporting at
 * once, or a message re-sent after the worker restarted, neither lose nor double anything.
 */
import { looksLikeAppPassword } from '../../shared/app-password-shape';
import type { CapturedCreation, CapturedDeletion, CapturedList, ListReconciled } from '../../shared/messages/capture';
import { MAX_NAME_LENGTH, newRecord } from '../../shared/record';
import { recordsChanged } from '../inventory/records-changed';
import { newRecordId } from '../inventory/records-store';
import { writeEach, writeRecords } from '../inventory/transaction';
import { planGuidedDelete, planListReconcile } from './reconcile';

export async function captureCreated(input: CapturedCreation, now = Date.now()): Promise<{ id: string; isNew: boolean }> {
  const record = newRecord({ id: input.flowId, name: input.name, account: input.account, source: 'guided', createdAt: now }, now);
  const isNew = await writeRecords(async (store) => {
    // The flow id is the record id: the same creation reported twice finds its record and stops.
    if (await store.getKey(input.flowId)) return false;
    await store.add(record);
    return true;
  });
  if (isNew) recordsChanged();
  return { id: record.id, isNew };
}

export async function captureDeleted(input: CapturedDeletion, now = Date.now()): Promise<{ markedDeleted: number }> {
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

/** A row name a record may hold: not empty, not longer than a record's name, not shaped like an app password. */
function isRecordableName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_NAME_LENGTH && !looksLikeAppPassword(name);
}

/**
 * Rows whose name no record may hold are left out and counted, and the rest reconciled: one odd row
 * must not stop the whole list (it would be re-sent and refused on every page change). Such a row
 * matches no record, so leaving it out marks nothing deleted. The name itself is never logged.
 */
export async function captureList(input: CapturedList, now = Date.now()): Promise<ListReconciled> {
  const names = input.names.filter(isRecordableName);
  const skipped = input.names.length - names.length;
  if (skipped) console.warn(`App Password Guide: ${skipped} row(s) of Microsoft's list were left out: empty, too long or shaped like an app password.`);
  const plan = await writeRecords(async (store) => {
    const mine = await store.index('account').getAll(input.account);
    const planned = planListReconcile(mine, { ...input, names }, now, newRecordId);
    await writeEach(planned.add, (r) => store.add(r));
    await writeEach(planned.change, (r) => store.put(r));
    return planned;
  });
  if (plan.add.length || plan.change.length) recordsChanged();
  const markedDeleted = plan.change.filter((r) => r.deletedAt !== null).length;
  return { added: plan.add.length, markedDeleted, restored: plan.change.length - markedDeleted, skipped };
}
