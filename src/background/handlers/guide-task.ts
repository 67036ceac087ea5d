import type { GuideTaskMessages } from '../../shared/messages/guide-task';
import { ExpectedError } from '../errors';
import { clearGuideTask, setGuideTask } from '../guide-task';
import type { Handlers } from './types';

export const guideTaskHandlers: Handlers<keyof GuideTaskMessages> = {
  async 'guide/task-set'({ payload }) {
    if (payload.kind === 'delete' && !payload.name) {
      throw new ExpectedError('invalid-input', 'A delete task needs the name of the app password.');
    }
    return setGuideTask(payload);
  },
  async 'guide/task-clear'() {
    await clearGuideTask();
    return null;
  },
};
