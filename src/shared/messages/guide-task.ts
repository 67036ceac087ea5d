import { type Check, object, oneOf, optional, string } from '../validate';
import { MAX_NAME_LENGTH } from '../record';

/**
 * The popup asks the guide to lead one task on Microsoft's page: create an app password, or delete
 * the one with this name. Kept in storage.session (gone when the browser closes) by the background,
 * because content scripts cannot read storage.session themselves.
 */
export type GuideTaskKind = 'create' | 'delete';

export interface GuideTaskInput {
  kind: GuideTaskKind;
  name?: string;
  account?: string;
}

export interface GuideTask extends GuideTaskInput {
  setAt: number;
}

/** A task older than this is forgotten: the user has long since moved on. */
export const GUIDE_TASK_TTL_MS = 60 * 60 * 1000;

export const guideTaskPayloads = {
  'guide/task-set': object({
    kind: oneOf(['create', 'delete'] as const),
    name: optional(string({ min: 1, max: MAX_NAME_LENGTH })),
    account: optional(string({ max: 320 })),
  }),
  'guide/task-clear': object({}),
} satisfies Record<string, Check<unknown>>;

export interface GuideTaskMessages {
  /** A delete task needs the name of the app password to point at. */
  'guide/task-set': { payload: GuideTaskInput; reply: GuideTask };
  /** The guide calls this when the task is done or abandoned. */
  'guide/task-clear': { payload: Record<string, never>; reply: null };
}
