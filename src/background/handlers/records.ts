import type { RecordMessages } from '../../shared/messages/records';
import { addRecord, listRecords, markReviewed, removeRecord, updateRecord } from '../records/store';
import type { Handlers } from './types';

export const recordHandlers: Handlers<keyof RecordMessages> = {
  'records/list': () => listRecords(),
  'records/add': ({ payload }) => addRecord(payload, 'manual'),
  'records/update': ({ payload }) => updateRecord(payload),
  'records/review': ({ payload }) => markReviewed(payload.id),
  async 'records/remove'({ payload }) {
    await removeRecord(payload.id);
    return null;
  },
};
