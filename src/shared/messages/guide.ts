import { type Check, object, string } from '../validate';
import type { GuideTask } from './guide-task';

/** What the content script needs to run the guide on one site, in one answer. */
export interface GuideConfig {
  /** Guide on, and not switched off for this site (policy wins over the user). */
  enabled: boolean;
  collapsed: boolean;
  extraLabels: Record<string, string[]>;
  organisationName?: string;
  helpDeskUrl?: string;
  helpDeskText?: string;
  task: GuideTask | null;
  /** Policy was still being read: ask again in a few seconds to pick it up. */
  policyPending: boolean;
}

/** The task itself is set and cleared with the guide/task-* messages (messages/guide-task.ts). */
export const guidePayloads = {
  'guide/config': object({ host: string({ max: 253 }) }),
} satisfies Record<string, Check<unknown>>;

export interface GuideMessages {
  'guide/config': { payload: { host: string }; reply: GuideConfig };
}
