import type { statusMessages } from '../../shared/messages/status';
import type { Handlers } from '../handler';
import { lastPageSeen, rememberPageSeen } from './page-seen';
import { dismissStorageProblem, storageProblem } from './storage-problem';

export const statusHandlers: Handlers<keyof typeof statusMessages> = {
  async 'page/seen'({ payload }) {
    await rememberPageSeen(payload.url, payload.step);
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
