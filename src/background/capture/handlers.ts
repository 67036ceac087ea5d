import type { captureMessages } from '../../shared/messages/capture';
import type { Handlers } from '../handler';
import { captureCreated, captureDeleted, captureList } from './apply-capture';
import { saveUsedWhere } from './used-where';

export const captureHandlers: Handlers<keyof typeof captureMessages> = {
  'capture/created': ({ payload }) => captureCreated(payload),
  'capture/deleted': ({ payload }) => captureDeleted(payload),
  'capture/list': ({ payload }) => captureList(payload),
  'capture/used-where': ({ payload }) => saveUsedWhere(payload),
};
