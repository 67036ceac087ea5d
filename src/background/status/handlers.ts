import type { statusMessages } from '../../shared/messages/status';
import type { Handlers } from '../handler';
import { noteStep } from '../reports/auto';
import { lastPageSeen, rememberPageSeen } from './page-seen';
import { dismissStorageProblem, storageProblem } from './storage-problem';

export const statusHandlers: Handlers<keyof typeof statusMessages> = {
  async 'page/seen'({ payload }, sender) {
    await rememberPageSeen(payload.url, payload.step);
    // Health counters and automatic page reports follow the guide's steps per tab.
    if (sender.tab?.id !== undefined) await noteStep(sender.tab.id, sender.frameId ?? 0, payload.step, new URL(sender.url ?? payload.url).host);
    return null;
  },
  async 'status/get'() {
    const [lastPage, problem] = await Promise.all([lastPageSeen(), storageProblem()]);
    return { lastPage, storageProblem: problem };
  },
  async 'status/dismiss-storage-problem'() {
    await dismissStorageProblem();
    return null;
  },
};
