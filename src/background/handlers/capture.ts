import type { CaptureMessages } from '../../shared/messages/capture';
import { captureCreated, captureDeleted, captureList } from '../records/capture';
import type { Handlers } from './types';

export const captureHandlers: Handlers<keyof CaptureMessages> = {
  'capture/created': ({ payload }) => captureCreated(payload),
  'capture/deleted': ({ payload }) => captureDeleted(payload),
  'capture/list': ({ payload }) => captureList(payload),
};
