/**
 * The guide on Microsoft's page: what it needs to run on one site (guide/config), and the task the
 * popup hands it (create an app password, or delete the one with this name). The task is kept in
 * storage.session by the background (gone when the browser closes), because content scripts cannot
 * read storage.session themselves.
 */
import { LIMIT_PER_ACCOUNT, MAX_NAME_LENGTH } from '../record';
import { type Output, list, oneOf, optional, shape, text } from '../schema';
import type { Stalest } from '../stale';
import { fromContentScript, fromEither, fromExtensionPages } from './define';

const taskInput = shape({
  kind: oneOf(['create', 'delete']),
  name: optional(text({ min: 1, max: MAX_NAME_LENGTH })),
  account: optional(text({ max: 320 })),
});

export const guideMessages = {
  /** Read-only, so the popup may ask too (it is how a test or the popup sees what the guide is told). */
  'guide/config': fromEither(shape({ host: text({ max: 253 }) })),
  /** A delete task needs the name of the app password to point at. */
  'guide/task-set': fromExtensionPages(taskInput),
  /** The guide calls this when the task is done; the popup may call it to abandon one. */
  'guide/task-clear': fromEither(shape({})),
  /**
   * At Microsoft's limit: which of the names on the list is the stalest for this account (the only
   * record fact it answers, and only about names the page already shows).
   */
  'guide/stalest': fromContentScript(
    shape({ account: text({ max: 320 }), names: list(text({ min: 1, max: MAX_NAME_LENGTH }), { max: LIMIT_PER_ACCOUNT * 5 }) }),
  ),
};

export type GuideTaskInput = Output<typeof taskInput>;

export interface GuideTask extends GuideTaskInput {
  setAt: number;
}

/** A task older than this is forgotten: the user has long since moved on. */
export const GUIDE_TASK_TTL_MS = 60 * 60 * 1000;

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
  /** Page reports allowed (IT can turn them off with policy pageReports: false). */
  reports: boolean;
  /** Policy was still being read: ask again in a few seconds to pick it up. */
  policyPending: boolean;
}

export interface GuideReplies {
  'guide/config': GuideConfig;
  'guide/task-set': GuideTask;
  'guide/task-clear': null;
  'guide/stalest': Stalest | null;
}
