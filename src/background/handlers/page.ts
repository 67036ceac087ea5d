import type { PageMessages } from '../../shared/messages/page';
import { lastPageSeen, rememberPageSeen } from '../page-seen';
import { dismissStorageProblem, storageProblem } from '../storage-problem';
import type { Handlers } from './types';

export const pageHandlers: Handlers<keyof PageMessages> = {
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
