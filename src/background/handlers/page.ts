import type { PageMessages } from '../../shared/messages/page';
import { lastPageSeen, rememberPageSeen } from '../page-seen';
import type { Handlers } from './types';

export const pageHandlers: Handlers<keyof PageMessages> = {
  async 'page/seen'({ payload }) {
    await rememberPageSeen(payload.url, payload.step);
    return null;
  },
  async 'status/get'() {
    return { lastPage: await lastPageSeen() };
  },
};
