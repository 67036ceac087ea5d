import type { captureMessages } from '../../shared/messages/capture';
import type { Handlers } from '../handler';
import { captureCreated, captureDeleted, captureList } from './apply-capture';
import { pageOf } from './tab-trust';

export const captureHandlers: Handlers<keyof typeof captureMessages> = {
  'capture/created': ({ payload }, sender) => captureCreated(payload, Date.now(), pageOf(sender)),
  'capture/deleted': ({ payload }, sender) => captureDeleted(payload, Date.now(), pageOf(sender)),
  'capture/list': ({ payload }, sender) => captureList(payload, Date.now(), pageOf(sender)),
};
