/**
 * Saves the panel's "Where will you use it?" answer. The content script can name only records it
 * made itself: the flow id of its own `capture/created`, which became that record's id. Any other
 * record (added by hand, found on a list, imported, already deleted) is answered "not found" and
 * left as it is, so nothing on Microsoft's side of the extension can rewrite the inventory.
 */
import type { UsedWhereAnswer } from '../../shared/messages/capture';
import { RecordNotFound, changeRecord } from '../inventory/records-store';

export async function saveUsedWhere(input: UsedWhereAnswer, now = Date.now()): Promise<null> {
  await changeRecord(input.flowId, (record) => {
    if (record.source !== 'guided' || record.deletedAt !== null) throw new RecordNotFound(input.flowId);
    return { ...record, usedWhere: input.usedWhere, updatedAt: now };
  });
  return null;
}
