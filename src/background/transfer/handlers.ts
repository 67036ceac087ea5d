import type { transferMessages } from '../../shared/messages/transfer';
import type { Handlers } from '../handler';
import { exportInventory, importInventory } from './import-export';

export const transferHandlers: Handlers<keyof typeof transferMessages> = {
  'records/export': ({ payload }) => exportInventory(payload.format),
  'records/import': ({ payload }) => importInventory(payload.format, payload.text),
};
