import type { guideMessages } from '../../shared/messages/guide';
import { ExpectedError } from '../errors';
import type { Handlers } from '../handler';
import { guideConfig } from './guide-config';
import { clearGuideTask, setGuideTask } from './guide-task-store';
import { stalestOf } from '../../shared/stale';
import { listRecords } from '../inventory/records-store';
import { effectiveSettings } from '../settings/settings-store';

export const guideHandlers: Handlers<keyof typeof guideMessages> = {
  'guide/config': ({ payload }) => guideConfig(payload.host),
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
  async 'guide/stalest'({ payload }) {
    const [{ settings }, records] = await Promise.all([effectiveSettings(), listRecords()]);
    return stalestOf(records, payload.names, payload.account, settings.reviewIntervalDays, Date.now());
  },
};
