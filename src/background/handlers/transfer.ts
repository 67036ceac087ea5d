import type { TransferMessages } from '../../shared/messages/transfer';
import { exportInventory, importInventory } from '../records/transfer';
import type { Handlers } from './types';

export const transferHandlers: Handlers<keyof TransferMessages> = {
  'records/export': ({ payload }) => exportInventory(payload.format),
  'records/import': ({ payload }) => importInventory(payload.format, payload.text),
};
