import type { Runtime } from 'webextension-polyfill';
import type { captureMessages } from '../../shared/messages/capture';
import { ExpectedError } from '../errors';
import type { Handlers } from '../handler';
import { captureCreated, captureDeleted, captureList } from './apply-capture';
import { loadFlow, saveFlow } from './flow-memory';
import { pageOf } from './tab-trust';
import { saveUsedWhere } from './used-where';

/** Flow memory is per tab: the sender's tab, as the browser vouches for it. */
function tabOf(sender: Runtime.MessageSender): number {
  const id = sender.tab?.id;
  if (typeof id !== 'number' || id < 0) throw new ExpectedError('invalid-input', 'Flow memory is kept per tab, and this message came from no tab.');
  return id;
}

export const captureHandlers: Handlers<keyof typeof captureMessages> = {
  'capture/created': ({ payload }, sender) => captureCreated(payload, Date.now(), pageOf(sender)),
  'capture/deleted': ({ payload }, sender) => captureDeleted(payload, Date.now(), pageOf(sender)),
  'capture/list': ({ payload }, sender) => captureList(payload, Date.now(), pageOf(sender)),
  async 'capture/flow-save'({ payload }, sender) {
    await saveFlow(tabOf(sender), payload.tenant, payload.account, payload.flow);
    return null;
  },
  'capture/flow-load': ({ payload }, sender) => loadFlow(tabOf(sender), payload.tenant),
  'capture/used-where': ({ payload }) => saveUsedWhere(payload),
};
