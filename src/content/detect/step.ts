import type { StepId } from '../../shared/steps';
import type { Task, View } from './view';

/**
 * What the rest of the extension does with a step, declared by the step instead of kept in lists
 * of step ids elsewhere:
 * - `naming`: the name field is on screen (capture keeps what is typed there);
 * - `showing-password`: the new password is on screen (capture records the creation; nothing reads it);
 * - `confirming-delete`: the user is asked to confirm a deletion;
 * - `list`: the list of app passwords itself is what the user looks at;
 * - `passing`: an interrupt or an unknown frame that does not end a flow;
 * - `other`: any other screen of a flow (starting another task ends the one before).
 */
type CaptureRole = 'naming' | 'showing-password' | 'confirming-delete' | 'list' | 'passing' | 'other';

export interface StepRole {
  capture: CaptureRole;
  /** The popup's task of this kind is done once the guide sees this step. */
  finishes?: Task['kind'];
}

/** What the panel adds under the facts on this step; `quiet`: no panel at all, only data-step on the host. */
export type PanelExtra = 'written-steps' | 'help-desk' | 'quiet';

/** An instruction: an i18n key of locales/<lang>/guide.json and its substitutions. */
export interface StepMessage {
  key: string;
  subs?: string[];
}

/** One screen of a flow, as data: how to recognise it, what to point at, what to say, what it means. */
export interface Step {
  id: StepId;
  /** i18n key of the step's short name (the panel's title, the popup's "last seen"). */
  title: string;
  role: StepRole;
  /** True when this is the screen, from several independent signals. */
  recognise(v: View): boolean;
  /**
   * The element the user must use now, found afresh on every look; null when there is none.
   * `account` is the signed-in account the page shows ("" when unknown).
   */
  target(v: View, task: Task | null, account: string): Element | null;
  message(v: View, task: Task | null, account: string): StepMessage;
  /** i18n keys of the facts that matter at this moment. */
  facts(task: Task | null): string[];
  extras?: readonly PanelExtra[];
}
