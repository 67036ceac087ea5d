import type { inventoryMessages } from '../../shared/messages/inventory';
import type { Handlers } from '../handler';
import { addRecord, listRecords, markReviewed, removeRecord, updateRecord } from './records-store';

export const inventoryHandlers: Handlers<keyof typeof inventoryMessages> = {
  'records/list': () => listRecords(),
  'records/add': ({ payload }) => addRecord(payload, 'manual'),
  'records/update': ({ payload }) => updateRecord(payload),
  'records/review': ({ payload }) => markReviewed(payload.id),
  async 'records/remove'({ payload }) {
    await removeRecord(payload.id);
    return null;
  },
};
